/** Input fields the OSR's forms share, with messages in both languages. */
import { z } from 'zod'
import { tekst } from '@duo/server-kit'
import { DIENSTEN } from './diensten'

/** A short line of text (a name, a function), required. */
export const regel = (veld: { nl: string; en: string }, max = 120) =>
  z
    .string({ message: tekst(`Vul de ${veld.nl} in`, `Enter the ${veld.en}`) })
    .trim()
    .min(1, tekst(`Vul de ${veld.nl} in`, `Enter the ${veld.en}`))
    .max(
      max,
      tekst(
        `De ${veld.nl} is te lang (hoogstens ${max} tekens)`,
        `The ${veld.en} is too long (at most ${max} characters)`,
      ),
    )

export const email = z
  .string({ message: tekst('Vul het e-mailadres in', 'Enter the e-mail address') })
  .trim()
  .max(200, tekst('Het e-mailadres is te lang', 'The e-mail address is too long'))
  .pipe(
    z.email({
      message: tekst(
        'Vul een geldig e-mailadres in, zoals naam@bestuur.nl',
        'Enter a valid e-mail address, such as name@board.nl',
      ),
    }),
  )

/** An optional longer explanation. */
export const toelichting = z
  .string()
  .trim()
  .max(
    2000,
    tekst(
      'De toelichting is te lang (hoogstens 2.000 tekens)',
      'The explanation is too long (at most 2,000 characters)',
    ),
  )
  .optional()

export const dienst = z.enum(DIENSTEN, {
  message: tekst(
    'Kies een dienst: rod-po, verzuim, rio, doorstroomtoets of oso',
    'Choose a dienst (service): rod-po, verzuim, rio, doorstroomtoets or oso',
  ),
})

export const instellingscode = z
  .string({ message: tekst('Kies een school', 'Choose a school') })
  .trim()
  .toUpperCase()
  .regex(
    /^\d{2}[A-Z]{2}$/,
    tekst(
      'Een instellingscode heeft 2 cijfers en 2 letters, zoals 12AB',
      'An instellingscode (school code) has 2 digits and 2 letters, such as 12AB',
    ),
  )

export const id = (veld: { nl: string; en: string }) =>
  z
    .string({ message: tekst(`Kies een ${veld.nl}`, `Choose a ${veld.en}`) })
    .trim()
    .regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      tekst(`Kies een ${veld.nl}`, `Choose a ${veld.en}`),
    )
    .transform((s) => s.toLowerCase())
