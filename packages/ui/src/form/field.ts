import type { Tekst } from '../taal'

/** What every form field takes: the id ties label, description, error and error summary together. */
export interface VeldProps {
  /** The control's id: the error summary links to `#id`; description and error get `id-uitleg`, `id-fout`. */
  id: string
  label: Tekst
  description?: Tekst | undefined
  /** The problem with this field; none when empty. */
  error?: Tekst | null | undefined
  required?: boolean | undefined
}

/** The ids derived from a field's id; every field uses the same ones. */
export const veldIds = (id: string) => ({
  label: `${id}-label`,
  uitleg: `${id}-uitleg`,
  fout: `${id}-fout`,
  hint: `${id}-hint`,
  teller: `${id}-teller`,
})

/** An `aria-describedby` value from the ids that apply, or nothing. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined
}

/** Whether an error (plain or in both languages) says anything. */
export const heeftFout = (error: Tekst | null | undefined): boolean =>
  typeof error === 'string' ? error !== '' : !!error && (error.nl !== '' || error.en !== '')

/** One choice in a check box or radio group. */
export interface KeuzeOptie {
  value: string
  label: Tekst
  /** A line under the choice, tied to its input. */
  description?: Tekst
  disabled?: boolean
}

/**
 * The id of the n-th choice of a group: the first one carries the group's own id, so an error
 * summary link `#id` lands on it (a fieldset cannot take focus).
 */
export const keuzeId = (id: string, index: number) => (index === 0 ? id : `${id}-${index + 1}`)
