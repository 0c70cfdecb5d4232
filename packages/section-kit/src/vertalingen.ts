/**
 * The checks every section runs on its messages: the same keys in Dutch and English, none
 * empty, the same placeholders, and every key a page names literally present. The section's
 * test hands over its own sources (Vite's `import.meta.glob` works relative to the test file).
 * @example
 * const bronnen = import.meta.glob<string>(['../**\/*.{vue,ts}', '!../**\/*.test.ts'], { query: '?raw', import: 'default', eager: true })
 * expect(vertalingsProblemen({ sectie: 'rod', nl, en, bronnen })).toEqual(GEEN_PROBLEMEN)
 */
export type Boom = { [key: string]: string | Boom }

export interface Vertalingsproblemen {
  alleenNl: string[]
  alleenEn: string[]
  leeg: string[]
  /** Keys whose `{placeholders}` differ between the languages. */
  anderePlaatshouders: string[]
  /** Keys a page names (`'<sectie>.x.y'`) that do not exist. */
  ontbrekend: string[]
}

export const GEEN_PROBLEMEN: Vertalingsproblemen = {
  alleenNl: [],
  alleenEn: [],
  leeg: [],
  anderePlaatshouders: [],
  ontbrekend: [],
}

/** Every leaf key of a message tree, dotted. */
export const sleutels = (boom: Boom, pad = ''): string[] =>
  Object.entries(boom).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${pad}${k}`] : sleutels(v, `${pad}${k}.`),
  )

const waarde = (m: Boom, k: string): unknown =>
  k.split('.').reduce<unknown>((b, d) => (b as Boom | undefined)?.[d], m)

const plaatshouders = (s: unknown) =>
  typeof s === 'string' ? [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() : []

export function vertalingsProblemen(input: {
  sectie: string
  nl: Boom
  en: Boom
  bronnen?: Record<string, string>
  /** Literal strings that look like keys but are not (e.g. permission ids). */
  geenSleutel?: Iterable<string>
}): Vertalingsproblemen {
  const nl = new Set(sleutels(input.nl))
  const en = new Set(sleutels(input.en))
  const bekend = new Set(
    [...nl].flatMap((k) => k.split('.').map((_, i, d) => d.slice(0, i + 1).join('.'))),
  )
  const uitgezonderd = new Set(input.geenSleutel ?? [])
  const prefix = `${input.sectie}.`
  const patroon = new RegExp(`'(${input.sectie.replace(/-/g, '\\-')}\\.[\\w.-]+)'`, 'g')
  const genoemd = Object.values(input.bronnen ?? {}).flatMap((tekst) =>
    [...tekst.matchAll(patroon)]
      .map((m) => m[1]!)
      .filter((k) => !uitgezonderd.has(k))
      .map((k) => k.slice(prefix.length)),
  )
  return {
    alleenNl: [...nl].filter((k) => !en.has(k)),
    alleenEn: [...en].filter((k) => !nl.has(k)),
    leeg: [
      ...[...nl].filter((k) => !waarde(input.nl, k)),
      ...[...en].filter((k) => !waarde(input.en, k)),
    ],
    anderePlaatshouders: [...nl].filter(
      (k) =>
        en.has(k) &&
        JSON.stringify(plaatshouders(waarde(input.nl, k))) !==
          JSON.stringify(plaatshouders(waarde(input.en, k))),
    ),
    ontbrekend: [...new Set(genoemd.filter((k) => !bekend.has(k)))],
  }
}
