/**
 * The offline catalog of a taxonomy package (XBRL Taxonomy Packages 1.0, `META-INF/catalog.xml`,
 * OASIS XML Catalogs' `rewriteURI`): it maps the published addresses, such as
 * `http://www.nltaxonomie.nl/nt16/ocw/…`, to files inside the package. Dropping DUO's real OCW
 * package next to (or instead of) ours is a matter of pointing at its folder: no code changes.
 */
import type { SaxesTagNS } from 'saxes'
import { NS } from '../ns'
import type { XmlHandlers } from '../xml/reader'

export interface Rewrite {
  /** The published prefix, e.g. `http://www.nltaxonomie.nl/nt16/ocw/20220216.duo/`. */
  uriStartString: string
  /** Where it lives, relative to the package root (the folder holding META-INF). */
  rewritePrefix: string
}

/** Reads `META-INF/catalog.xml`; `rewritePrefix` is made relative to the package root. */
export class CatalogHandler implements XmlHandlers {
  readonly rewrites: Rewrite[] = []

  opentag(tag: SaxesTagNS) {
    if (tag.uri !== NS.catalog || tag.local !== 'rewriteURI') return
    const start = tag.attributes['uriStartString']?.value
    const prefix = tag.attributes['rewritePrefix']?.value
    if (!start || !prefix) return
    // The catalog sits in META-INF/: its relative prefixes start from there.
    const vanRoot = new URL(prefix, 'file:///pakket/META-INF/').pathname.replace(/^\/pakket\//, '')
    this.rewrites.push({ uriStartString: start, rewritePrefix: vanRoot })
  }

  text() {}
  closetag() {}
}

/**
 * The package-relative path of a published URL, by the longest matching prefix; null when no
 * package knows it (the validator then reports the taxonomy as unknown: it never fetches).
 * @example
 * herschrijf('http://www.nltaxonomie.nl/nt16/ocw/20220216.duo/entrypoints/x.xsd', rewrites)
 * // 'www.nltaxonomie.nl/nt16/ocw/20220216.duo/entrypoints/x.xsd'
 */
export function herschrijf(url: string, rewrites: readonly Rewrite[]): string | null {
  let best: Rewrite | null = null
  for (const r of rewrites)
    if (
      url.startsWith(r.uriStartString) &&
      (!best || r.uriStartString.length > best.uriStartString.length)
    )
      best = r
  if (!best) return null
  const pad = best.rewritePrefix + url.slice(best.uriStartString.length)
  // A published URL never climbs out of its package.
  return pad.split('/').includes('..') ? null : pad
}
