/**
 * The shape of a concept's fields as the API accepts them: types and lengths only, because a
 * concept may be unfinished. Whether it may be submitted is for `regels/controle.ts`.
 */
import { z } from 'zod'
import { tekst } from '@duo/server-kit'
import { CATEGORIEEN } from '../../regels/categorieen'
import { MAX_LEERLINGEN } from '../../regels/categorieen'

const leeg = (v: unknown) => (v === '' || v === null ? undefined : v)
const dag = z.preprocess(
  leeg,
  z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}$/,
      tekst('Geef een datum als JJJJ-MM-DD', 'Give a date as YYYY-MM-DD'),
    )
    .optional(),
)
const kort = (max: number) =>
  z.preprocess(
    leeg,
    z
      .string()
      .trim()
      .max(max, tekst(`Hoogstens ${max} tekens`, `At most ${max} characters`))
      .optional(),
  )

const leerling = z.object({
  leerlingnummer: z
    .string()
    .trim()
    .max(
      20,
      tekst(
        'Een leerlingnummer heeft hoogstens 20 tekens',
        'A pupil number has at most 20 characters',
      ),
    ),
  inschrijfdatum: dag,
  uitschrijfdatum: dag,
  datumBinnenkomst: dag,
  datumToelating: dag,
})

const gegevensSchema = z.object({
  instellingscode: z.preprocess(
    leeg,
    z
      .string()
      .trim()
      .regex(
        /^\d{2}[A-Za-z]{2}$/,
        tekst('Kies een school van uw bestuur', 'Choose a school of your board'),
      )
      .transform((s) => s.toUpperCase())
      .optional(),
  ),
  schooljaar: z.preprocess(
    leeg,
    z
      .string()
      .regex(
        /^\d{4}-\d{4}$/,
        tekst('Kies een schooljaar zoals 2021-2022', 'Choose a school year such as 2021-2022'),
      )
      .optional(),
  ),
  peildatum: dag,
  periodeVan: dag,
  periodeTot: dag,
  aantalLeerlingen: z
    .number({ message: tekst('Vul een heel aantal in', 'Enter a whole number') })
    .int(tekst('Vul een heel aantal in', 'Enter a whole number'))
    .min(0, tekst('Vul een aantal van 0 of meer in', 'Enter a number of 0 or more'))
    .max(10_000, tekst('Hoogstens 10.000 leerlingen', 'At most 10,000 pupils'))
    .nullable()
    .optional(),
  locatie: kort(100),
  leerlingen: z
    .array(leerling)
    .max(
      MAX_LEERLINGEN,
      tekst(`Hoogstens ${MAX_LEERLINGEN} leerlingen`, `At most ${MAX_LEERLINGEN} pupils`),
    )
    .optional(),
})

const categorieSchema = z.enum(CATEGORIEEN, {
  message: tekst('Kies een categorie', 'Choose a category'),
})

export const nieuwConceptSchema = z.object({ categorie: categorieSchema, gegevens: gegevensSchema })
export const conceptSchema = z.object({ gegevens: gegevensSchema })
