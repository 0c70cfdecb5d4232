/**
 * The stappenplan's draft: what someone filled in so far for a first registration, in RIO's
 * steps (wie, waar, wat, met wie). Lenient on purpose (a half-filled step is saved as it
 * is, so nothing is lost); the whole is checked as a change at "controleren".
 */
import { z } from 'zod'
import { tekst } from '@duo/server-kit'
import { SLEUTEL } from '../domein/mutaties'

const STAPPEN = ['wie', 'waar', 'wat', 'met-wie', 'controle'] as const
export type StapNaam = (typeof STAPPEN)[number]

const veld = z.string().max(200, tekst('Hoogstens 200 tekens', 'At most 200 characters')).optional()

const conceptGegevens = z.object({
  /** Only when the bestuur is not in RIO yet: the onderwijsbestuur itself. */
  onderwijsbestuur: z
    .object({ naam: veld, internationaleNaam: veld, kvkNummer: veld, rsin: veld, begindatum: veld })
    .optional(),
  aanbieder: z
    .object({ naam: veld, internationaleNaam: veld, erkenningscode: veld, begindatum: veld })
    .optional(),
  locaties: z
    .array(
      z.object({
        sleutel: z.string().regex(SLEUTEL, tekst('Ongeldige sleutel', 'Invalid key')),
        postcode: veld,
        huisnummer: veld,
        toevoeging: veld,
        straatnaam: veld,
        plaatsnaam: veld,
        gebruiksnaam: veld,
        begindatum: veld,
      }),
    )
    .max(20, tekst('Hoogstens 20 nieuwe locaties', 'At most 20 new locations'))
    .optional(),
  opleidingen: z
    .array(
      z.object({
        opleidingseenheidcode: veld,
        eigenNaam: veld,
        doelgroep: veld,
        onderwijsconcept: veld,
        bijzondereInrichting: z.boolean().optional(),
        begindatum: veld,
        locaties: z.array(z.string().max(60)).max(50).optional(),
      }),
    )
    .max(20, tekst('Hoogstens 20 opleidingen', 'At most 20 opleidingen'))
    .optional(),
  contact: z.object({ context: veld, email: veld, telefoon: veld, website: veld }).optional(),
})
export type ConceptGegevens = z.output<typeof conceptGegevens>

export const conceptInvoer = z.object({
  stap: z.enum(STAPPEN, { message: tekst('Onbekende stap', 'Unknown step') }),
  gegevens: conceptGegevens,
})
