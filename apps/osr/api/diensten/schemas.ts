/**
 * The shapes of the diensten API, in zod with OpenAPI metadata: the same schemas validate the
 * requests and generate `/api/osr/diensten/openapi.json`.
 */
import { z } from '@hono/zod-openapi'
import { tekst } from '@duo/server-kit'
import { DIENSTEN } from '../shared/diensten'
import { isDag } from '../shared/datum'
import { MANDAAT_STATUSSEN } from '../tables'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const instellingscode = z
  .string()
  .regex(
    /^\d{2}[A-Z]{2}$/,
    tekst(
      'Instellingscode: 2 cijfers en 2 hoofdletters',
      'Instellingscode: 2 digits and 2 capitals',
    ),
  )
  .openapi({ example: '12AB', description: 'Instellingscode of the school (formerly BRIN).' })

const dienst = z
  .enum(DIENSTEN, { message: tekst('Onbekende dienst', 'Unknown dienst') })
  .openapi({ example: 'rod-po', description: 'The dienst (service) the messages belong to.' })

const datum = z.string().refine(isDag, tekst('Datum: jjjj-mm-dd', 'Date: yyyy-mm-dd')).openapi({
  example: '2022-06-01',
  description: 'Calendar day (Europe/Amsterdam) the question is about; default today.',
})

export const vraagQuery = z.object({
  systeem: z
    .string()
    .regex(UUID, tekst('Systeem: de id uit het register', 'Systeem: the id from the register'))
    .openapi({
      example: '3b8f2c4e-1d2a-4c5b-9e7f-0a1b2c3d4e5f',
      description: 'Id of the supplier system as the register issued it.',
    }),
  school: instellingscode,
  dienst,
  datum: datum.optional(),
})

export const lijstQuery = z.object({ datum: datum.optional() })
export const schoolParam = z.object({
  instellingscode: instellingscode.openapi({ param: { name: 'instellingscode', in: 'path' } }),
})

export const fout = z
  .object({
    code: z.string().openapi({ example: 'token-verlopen' }),
    nl: z.string(),
    en: z.string(),
    velden: z.array(z.object({ veld: z.string(), nl: z.string(), en: z.string() })).optional(),
  })
  .openapi('Fout', { description: 'Every error answer: a stable code and the text in nl and en.' })

export const antwoord = z
  .object({
    toegestaan: z.boolean().openapi({ description: 'May the system exchange messages?' }),
    vraag: z.object({
      systeem: z.string(),
      school: z.string(),
      dienst: dienst,
      datum: z.string(),
    }),
    reden: z.object({
      code: z.enum([
        'mandaat-actief',
        'geen-mandaat',
        'mandaat-nog-niet-geldig',
        'mandaat-beeindigd',
        'mandaat-ingetrokken',
        'systeem-niet-toegelaten',
        'geen-overeenkomst',
        'onbekende-school',
      ]),
      nl: z.string(),
      en: z.string(),
    }),
    mandaat: z
      .object({ id: z.string(), startdatum: z.string(), einddatum: z.string().nullable() })
      .nullable()
      .openapi({ description: 'The mandaat that decided the answer, if any.' }),
  })
  .openapi('Antwoord')

export const mandatenLijst = z
  .object({
    school: z.string(),
    dienst: dienst,
    datum: z.string(),
    overeenkomst: z
      .boolean()
      .openapi({ description: 'The school’s board signed the overeenkomst OSR.' }),
    mandaten: z.array(
      z.object({
        id: z.string(),
        systeem: z.object({
          id: z.string(),
          naam: z.string(),
          leverancier: z.string(),
          toegelaten: z.boolean(),
        }),
        startdatum: z.string(),
        einddatum: z.string().nullable().openapi({ description: 'Inclusive; null: open-ended.' }),
        ingetrokkenOp: z.string().nullable(),
        status: z.enum(MANDAAT_STATUSSEN),
      }),
    ),
  })
  .openapi('Mandaten')
