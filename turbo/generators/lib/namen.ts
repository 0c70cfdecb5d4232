/** Names derived from a kebab-case id: one spelling per place it appears in the code. */

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/

export const isKebab = (s: string) => KEBAB.test(s)

const delen = (kebab: string) => kebab.split('-')
const hoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** `leerling-dossiers` → `leerlingDossiers` (variables, functions, i18n keys). */
export const camel = (kebab: string) =>
  delen(kebab)
    .map((d, i) => (i ? hoofdletter(d) : d))
    .join('')

/** `leerling-dossiers` → `LeerlingDossiers` (types, components). */
export const pascal = (kebab: string) => hoofdletter(camel(kebab))

/** `leerling-dossiers` → `leerling_dossiers` (tables and columns). */
export const snake = (kebab: string) => kebab.replace(/-/g, '_')

/** `leerling-dossiers` → `Leerling dossiers` (a first label; teams write the real one). */
export const label = (kebab: string) => hoofdletter(delen(kebab).join(' '))

/** How a typed Hono client reaches a path segment: `.aanvragen` or `['leerling-dossiers']`. */
export const toegang = (segment: string) =>
  /^[a-z][a-zA-Z0-9]*$/.test(segment) ? `.${segment}` : `['${segment}']`

const KLINKERS = 'aeiou'

/**
 * A first guess at the Dutch singular, only as a prompt's default: `aanvragen` → `aanvraag`,
 * `meldingen` → `melding`, `dossiers` → `dossier`. Irregular words (opgaven, kinderen) are
 * left to whoever answers the prompt.
 */
export function enkelvoud(meervoud: string): string {
  if (meervoud.endsWith('s')) return meervoud.slice(0, -1)
  if (!meervoud.endsWith('en') || meervoud.length < 4) return meervoud
  const stam = meervoud.slice(0, -2)
  const [a, b, c] = stam.slice(-3)
  // An open syllable lost its long vowel in writing: aanvra-gen → aanvraag, za-ken → zaak.
  const kort =
    a !== undefined &&
    !KLINKERS.includes(a) &&
    b !== undefined &&
    'aeou'.includes(b) &&
    c !== undefined &&
    !KLINKERS.includes(c)
  return kort ? `${stam.slice(0, -1)}${b}${c}` : stam
}

/** A string as a single-quoted TypeScript literal. */
export const tsTekst = (s: string) =>
  `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
