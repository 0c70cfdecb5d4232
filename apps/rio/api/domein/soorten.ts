/**
 * The kinds of objects in the register, what each version of them holds (`gegevens`), which
 * kind is its parent, and how its code is made. Parents are fixed when an object is
 * registered (an aangeboden opleiding never moves to another aanbieder); everything in
 * `gegevens` may change from a date on, which makes a new version.
 */
import { z } from 'zod'
import { tekst } from '@duo/server-kit'
import {
  CONTEXTSOORTEN,
  DOELGROEPEN,
  ONDERWIJSCONCEPTEN,
  OPLEIDINGSEENHEDEN,
  codesVan,
} from './waardelijsten'

export const SOORTEN = [
  'onderwijsbestuur',
  'onderwijsaanbieder',
  'onderwijslocatie',
  'onderwijslocatiegebruik',
  'aangeboden-opleiding',
  'communicatiecontext',
] as const
export type Soort = (typeof SOORTEN)[number]

const naam = (veld: { nl: string; en: string }, verplicht: boolean) => {
  const s = z
    .string({ message: tekst(`Vul ${veld.nl} in`, `Enter ${veld.en}`) })
    .trim()
    .max(
      80,
      tekst(
        `${cap(veld.nl)} is te lang (hoogstens 80 tekens)`,
        `${cap(veld.en)} is too long (at most 80 characters)`,
      ),
    )
  return verplicht
    ? s.min(1, tekst(`Vul ${veld.nl} in`, `Enter ${veld.en}`))
    : s.optional().default('')
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** RSIN and BSN share the 11-proef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11. */
function elfproef(nummer: string): boolean {
  if (!/^\d{9}$/.test(nummer)) return false
  const d = [...nummer].map(Number)
  const som = d.slice(0, 8).reduce((s, c, i) => s + c * (9 - i), 0) - d[8]!
  return som % 11 === 0
}

const onderwijsbestuur = z.object({
  naam: naam({ nl: 'de naam', en: 'the name' }, true),
  internationaleNaam: naam({ nl: 'de internationale naam', en: 'the international name' }, false),
  kvkNummer: z
    .string({ message: tekst('Vul het KvK-nummer in', 'Enter the KvK number') })
    .trim()
    .regex(/^\d{8}$/, tekst('Een KvK-nummer heeft 8 cijfers', 'A KvK number has 8 digits')),
  rsin: z
    .string({ message: tekst('Vul het RSIN in', 'Enter the RSIN') })
    .trim()
    .refine(
      elfproef,
      tekst(
        'Een RSIN heeft 9 cijfers en voldoet aan de elfproef',
        'An RSIN has 9 digits and passes the 11-test',
      ),
    ),
})

const onderwijsaanbieder = z.object({
  naam: naam({ nl: 'de naam', en: 'the name' }, true),
  internationaleNaam: naam({ nl: 'de internationale naam', en: 'the international name' }, false),
  // The juridische relatie: the instellingserkenning (erkenningscode, formerly BRIN) it rests on.
  erkenningscode: z
    .string({ message: tekst('Kies een instellingserkenning', 'Choose an instellingserkenning') })
    .trim()
    .toUpperCase()
    .max(
      22,
      tekst(
        'Een erkenningscode heeft hoogstens 22 tekens',
        'An erkenningscode has at most 22 characters',
      ),
    )
    .optional()
    .default(''),
})

const onderwijslocatie = z.object({
  postcode: z
    .string({ message: tekst('Vul de postcode in', 'Enter the postcode') })
    .transform((s) => s.replace(/\s+/g, '').toUpperCase())
    .pipe(
      z
        .string()
        .regex(
          /^[1-9]\d{3}[A-Z]{2}$/,
          tekst('Vul de postcode in als 1234AB', 'Enter the postcode as 1234AB'),
        ),
    ),
  huisnummer: z.coerce
    .number({ message: tekst('Vul het huisnummer in', 'Enter the house number') })
    .int(tekst('Het huisnummer is een heel getal', 'The house number is a whole number'))
    .min(1, tekst('Het huisnummer is minstens 1', 'The house number is at least 1'))
    .max(99999, tekst('Het huisnummer is hoogstens 99999', 'The house number is at most 99999')),
  toevoeging: z
    .string()
    .trim()
    .toUpperCase()
    .regex(
      /^[A-Z0-9-]{0,6}$/,
      tekst(
        'De toevoeging heeft hoogstens 6 letters of cijfers',
        'The addition has at most 6 letters or digits',
      ),
    )
    .optional()
    .default(''),
  straatnaam: naam({ nl: 'de straatnaam', en: 'the street name' }, true),
  plaatsnaam: naam({ nl: 'de plaatsnaam', en: 'the town' }, true),
})

const onderwijslocatiegebruik = z.object({
  naam: naam({ nl: 'de naam van de locatie', en: 'the name of the location' }, true),
})

const aangebodenOpleiding = z.object({
  opleidingseenheidcode: z.enum(codesVan(OPLEIDINGSEENHEDEN), {
    message: tekst('Kies de opleiding', 'Choose the opleiding'),
  }),
  eigenNaam: naam({ nl: 'de eigen naam', en: 'the own name' }, true),
  doelgroep: z.enum(codesVan(DOELGROEPEN), {
    message: tekst('Kies de doelgroep', 'Choose the doelgroep (target group)'),
  }),
  onderwijsconcept: z.enum(codesVan(ONDERWIJSCONCEPTEN), {
    message: tekst('Kies het onderwijsconcept', 'Choose the onderwijsconcept'),
  }),
  bijzondereInrichting: z.boolean({
    message: tekst(
      'Geef aan of er een bijzondere inrichting is',
      'Say whether there is a bijzondere inrichting',
    ),
  }),
  onderwijslocatiecodes: z
    .array(z.string().trim().max(60), {
      message: tekst('Kies de onderwijslocaties', 'Choose the locations'),
    })
    .min(1, tekst('Kies minstens één onderwijslocatie', 'Choose at least one location'))
    .max(50, tekst('Kies hoogstens 50 onderwijslocaties', 'Choose at most 50 locations'))
    .transform((l) => [...new Set(l)].sort()),
})

const communicatiecontext = z.object({
  context: z.enum(codesVan(CONTEXTSOORTEN), {
    message: tekst(
      'Kies waarvoor deze contactgegevens zijn',
      'Choose what these contact details are for',
    ),
  }),
  email: z
    .string({ message: tekst('Vul het e-mailadres in', 'Enter the e-mail address') })
    .trim()
    .max(254, tekst('Het e-mailadres is te lang', 'The e-mail address is too long'))
    .pipe(z.email(tekst('Vul een geldig e-mailadres in', 'Enter a valid e-mail address'))),
  telefoon: z
    .string()
    .trim()
    .regex(
      /^(\+?[0-9][0-9 ()-]{8,18})?$/,
      tekst(
        'Vul een telefoonnummer van 10 tot 15 cijfers in',
        'Enter a phone number of 10 to 15 digits',
      ),
    )
    .optional()
    .default(''),
  website: z
    .string()
    .trim()
    .max(200, tekst('Het webadres is te lang', 'The web address is too long'))
    .regex(
      /^(https?:\/\/[^\s]+)?$/i,
      tekst(
        'Vul een webadres in dat begint met https://',
        'Enter a web address starting with https://',
      ),
    )
    .optional()
    .default(''),
})

/** What one version of each kind holds. */
export const GEGEVENS = {
  onderwijsbestuur,
  onderwijsaanbieder,
  onderwijslocatie,
  onderwijslocatiegebruik,
  'aangeboden-opleiding': aangebodenOpleiding,
  communicatiecontext,
} as const satisfies Record<Soort, z.ZodType>

/** The kind(s) an object's parent must be; none for top-level kinds. */
export const OUDER: Record<Soort, readonly Soort[]> = {
  onderwijsbestuur: [],
  onderwijsaanbieder: [],
  onderwijslocatie: [],
  onderwijslocatiegebruik: ['onderwijslocatie'],
  'aangeboden-opleiding': ['onderwijsaanbieder'],
  communicatiecontext: ['onderwijsbestuur', 'onderwijsaanbieder'],
}

/** How an object is called in lists and foutmeldingen. */
export function weergavenaam(soort: Soort, g: Record<string, unknown> | null): string {
  if (!g) return ''
  switch (soort) {
    case 'onderwijslocatie':
      return `${g.straatnaam} ${g.huisnummer}${g.toevoeging ? ` ${g.toevoeging}` : ''}, ${g.plaatsnaam}`
    case 'aangeboden-opleiding':
      return String(g.eigenNaam ?? '')
    case 'communicatiecontext': {
      const c = CONTEXTSOORTEN.find((w) => w.code === g.context)
      return c ? c.nl : String(g.context ?? '')
    }
    default:
      return String(g.naam ?? '')
  }
}
