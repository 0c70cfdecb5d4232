/**
 * The Node side of `@duo/xbrl`: files as chunk streams, and taxonomy packages on disk
 * (a folder with `META-INF/catalog.xml`, as DUO distributes the OCW taxonomy, unpacked).
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Bevindingen } from '../rules/bevindingen'
import { CatalogHandler, herschrijf, type Rewrite } from '../taxonomy/catalog'
import type { TaxonomySource } from '../taxonomy/dts'
import { DEFAULT_LIMITS } from '../limits'
import { readXml } from '../xml/reader'

/** A file as the validator reads it: chunks of 64 kB, never the whole file in memory. */
export function fileChunks(path: string): AsyncIterable<Uint8Array> {
  return createReadStream(path, { highWaterMark: 64 * 1024 })
}

/** The project's own OCW subset, shipped in this package's `taxonomie/` folder. */
export function bundledTaxonomyPackage(): string {
  // This code runs from src/node/ in the workspace and from a chunk in dist/ when published.
  const candidates = ['../taxonomie/', '../../taxonomie/'].map((up) =>
    fileURLToPath(new URL(`${up}ocw-20220216-duo/`, import.meta.url)),
  )
  return (
    candidates.find((dir) => existsSync(join(dir, 'META-INF', 'catalog.xml'))) ?? candidates[1]!
  )
}

/**
 * A taxonomy source over unpacked taxonomy packages: each folder's catalog maps the published
 * URLs to its files. Later folders win over earlier ones for the same URL prefix length.
 * @example
 * const source = await taxonomyPackages([bundledTaxonomyPackage(), '/srv/taxonomie/ocw-nt16'])
 */
export async function taxonomyPackages(folders: string[]): Promise<TaxonomySource> {
  const pakketten: Array<{ root: string; rewrites: Rewrite[] }> = []
  for (const folder of folders) {
    const root = resolve(folder)
    const catalog = join(root, 'META-INF', 'catalog.xml')
    if (!existsSync(catalog)) throw new Error(`Geen taxonomiepakket: ${catalog} ontbreekt`)
    const handler = new CatalogHandler()
    const bevindingen = new Bevindingen(5)
    const { aborted } = await readXml(fileChunks(catalog), handler, {
      limits: DEFAULT_LIMITS,
      bevindingen,
    })
    if (aborted) throw new Error(`${catalog} kon niet worden gelezen: ${bevindingen.lijst[0]?.nl}`)
    pakketten.unshift({ root, rewrites: handler.rewrites })
  }
  return {
    open(url) {
      for (const { root, rewrites } of pakketten) {
        const rel = herschrijf(url, rewrites)
        if (rel === null) continue
        const pad = resolve(root, decodeURIComponent(rel))
        // Whatever the catalog says, nothing outside the package folder is read.
        if (!pad.startsWith(root + sep) || !existsSync(pad) || !statSync(pad).isFile()) continue
        return fileChunks(pad)
      }
      return null
    },
  }
}
