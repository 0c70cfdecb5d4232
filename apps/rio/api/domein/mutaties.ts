/**
 * A change (`wijziging`) as the API receives it: a list of mutaties that is accepted or
 * refused as a whole. New objects get a `sleutel` (`nieuw-…`) so other mutaties in the same
 * change can refer to them before RIO has given them a code.
 */
import { z } from 'zod'
import { tekst } from '@duo/server-kit'
import { isDag } from './datum'
import { SOORTEN } from './soorten'

const MAX_MUTATIES = 200
export const SLEUTEL = /^nieuw-[a-z0-9-]{1,40}$/

const dag = (nl: string, en: string) =>
  z
    .string({ message: tekst(`Vul ${nl} in als JJJJ-MM-DD`, `Enter ${en} as YYYY-MM-DD`) })
    .refine(
      isDag,
      tekst(
        `Vul ${nl} in als een bestaande datum (JJJJ-MM-DD)`,
        `Enter ${en} as an existing date (YYYY-MM-DD)`,
      ),
    )

const begindatum = dag('de ingangsdatum', 'the start date')
const einddatum = dag('de einddatum', 'the end date')
const code = z
  .string({ message: tekst('Geef de RIO-code van het object', 'Give the RIO code of the object') })
  .trim()
  .min(1, tekst('Geef de RIO-code van het object', 'Give the RIO code of the object'))
  .max(60, tekst('Deze RIO-code is te lang', 'This RIO code is too long'))
/** Gegevens are checked per kind once the object's kind is known (see `GEGEVENS`). */
const gegevens = z.record(z.string(), z.unknown(), {
  message: tekst('Geef de gegevens van het object', 'Give the data of the object'),
})

const registreer = z.object({
  actie: z.literal('registreer'),
  soort: z.enum(SOORTEN, { message: tekst('Onbekende soort object', 'Unknown kind of object') }),
  sleutel: z
    .string()
    .regex(
      SLEUTEL,
      tekst(
        'Een sleutel is nieuw-… (kleine letters, cijfers)',
        'A key is nieuw-… (lower case, digits)',
      ),
    )
    .optional(),
  /** The parent: a code of the register, or the sleutel of a new object in this change. */
  ouder: code.optional(),
  begindatum,
  einddatum: einddatum.nullish(),
  gegevens,
})

const wijzig = z.object({
  actie: z.literal('wijzig'),
  code,
  begindatum,
  einddatum: einddatum.nullish(),
  gegevens,
})

const beeindig = z.object({
  actie: z.literal('beeindig'),
  code,
  einddatum,
})

const mutatie = z.discriminatedUnion('actie', [registreer, wijzig, beeindig], {
  message: tekst('Kies registreer, wijzig of beeindig', 'Choose registreer, wijzig or beeindig'),
})

export const wijzigingSchema = z
  .object({
    omschrijving: z
      .string()
      .trim()
      .max(
        200,
        tekst(
          'De omschrijving is te lang (hoogstens 200 tekens)',
          'The description is too long (at most 200 characters)',
        ),
      )
      .optional(),
    mutaties: z
      .array(mutatie, {
        message: tekst('Geef de mutaties van de wijziging', 'Give the mutaties of the change'),
      })
      .min(
        1,
        tekst('Een wijziging heeft minstens één mutatie', 'A change has at least one mutatie'),
      )
      .max(
        MAX_MUTATIES,
        tekst(
          `Hoogstens ${MAX_MUTATIES} mutaties in één wijziging`,
          `At most ${MAX_MUTATIES} mutaties in one change`,
        ),
      ),
  })
  .superRefine((w, ctx) => {
    // A sleutel names one new object: twice would leave the first one unreachable.
    const gezien = new Set<string>()
    w.mutaties.forEach((m, i) => {
      if (m.actie !== 'registreer' || !m.sleutel) return
      if (gezien.has(m.sleutel))
        ctx.addIssue({
          code: 'custom',
          path: ['mutaties', i, 'sleutel'],
          message: tekst(
            `De sleutel ${m.sleutel} komt al eerder voor in deze wijziging`,
            `The key ${m.sleutel} is already used in this change`,
          ),
        })
      gezien.add(m.sleutel)
    })
  })

export type Mutatie = z.output<typeof mutatie>
export type Wijziging = z.output<typeof wijzigingSchema>
export type WijzigingInvoer = z.input<typeof wijzigingSchema>
