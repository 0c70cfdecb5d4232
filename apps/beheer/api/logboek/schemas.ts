/** The logboek's filter, checked before anything is read: a bad value is a 400 on its field. */
import { z } from 'zod'
import { tekst } from '@duo/server-kit'
import { isCalendarDay } from '../shared/dagen'

// An empty parameter (`?van=`) means no filter, as the form sends it.
const leegOf = (re: RegExp) => new RegExp(`^(?:${re.source})?$`)

const dag = (nl: string, en: string) =>
  z
    .string()
    .refine(
      (s) => s === '' || isCalendarDay(s),
      tekst(`Vul de datum ‘${nl}’ in als JJJJ-MM-DD.`, `Enter the date ‘${en}’ as YYYY-MM-DD.`),
    )
    .optional()

export const logboekQuery = z.object({
  actie: z
    .string()
    .regex(
      leegOf(/[a-z0-9.-]{1,60}/),
      tekst('Kies een actie uit de lijst.', 'Choose an action from the list.'),
    )
    .optional(),
  persoonId: z
    .string()
    .regex(
      leegOf(/[A-Za-z0-9-]{1,100}/),
      tekst('Kies een persoon uit de lijst.', 'Choose a person from the list.'),
    )
    .optional(),
  bestuursnummer: z
    .string()
    .regex(
      leegOf(/\d{5}/),
      tekst('Een bestuursnummer heeft 5 cijfers.', 'A bestuursnummer has 5 digits.'),
    )
    .optional(),
  van: dag('van', 'from'),
  tot: dag('tot en met', 'up to and including'),
  /** `ja`: logins and logouts too; by default they are left out. */
  logins: z
    .string()
    .regex(leegOf(/ja|nee/), tekst('Kies ja of nee.', 'Choose yes or no.'))
    .optional(),
  /** The language of an export's headings and labels. */
  taal: z.string().regex(leegOf(/nl|en/), tekst('Kies nl of en.', 'Choose nl or en.')).optional(),
  cursor: z
    .string()
    .regex(
      leegOf(/\d{1,12}/),
      tekst('Ongeldige positie in de lijst.', 'Invalid position in the list.'),
    )
    .optional(),
})

export type LogboekQuery = z.infer<typeof logboekQuery>
