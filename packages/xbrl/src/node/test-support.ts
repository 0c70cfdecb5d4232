/** Shared by the package's tests: the bundled taxonomy, and validating a string or bytes. */
import { TaxonomyCache } from '../taxonomy/dts'
import type { Limits } from '../types'
import { validateInstance, type ValidateOptions } from '../validate'
import { bundledTaxonomyPackage, taxonomyPackages } from '.'

let cache: Promise<TaxonomyCache> | null = null

/** One taxonomy cache for a test file: loading the DTS once is enough. */
export function taxonomies(): Promise<TaxonomyCache> {
  cache ??= taxonomyPackages([bundledTaxonomyPackage()]).then((s) => new TaxonomyCache(s))
  return cache
}

/** Splits bytes into chunks of `grootte`, as a stream would deliver them. */
export async function* inStukken(
  bytes: Uint8Array,
  grootte = 64 * 1024,
): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.byteLength; i += grootte) yield bytes.subarray(i, i + grootte)
}

export async function valideer(
  inhoud: string | Uint8Array,
  opts: Partial<Omit<ValidateOptions, 'limits'>> & { limits?: Partial<Limits>; stuk?: number } = {},
) {
  const bytes = typeof inhoud === 'string' ? new TextEncoder().encode(inhoud) : inhoud
  const { stuk, ...rest } = opts
  return validateInstance(inStukken(bytes, stuk), {
    fileName: 'jaarverantwoording-2021.xbrl',
    bestuursnummer: '41234',
    verslagjaar: 2021,
    taxonomies: await taxonomies(),
    ...rest,
  })
}
