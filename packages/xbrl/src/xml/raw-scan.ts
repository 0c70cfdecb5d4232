/**
 * The filing rules that are about the text as written, not as parsed: characters outside the
 * allowed ranges (FR-NL-1.02), character references (FR-NL-1.04) and the sequence `]]>`
 * (FR-NL-2.06). The parser has already resolved references and CDATA by the time it reports
 * text, so these look at the decoded source itself, piece by piece, with the line of each hit.
 */
import type { Bevindingen } from '../rules/bevindingen'

// Basic Latin, Latin-1 Supplement and Currency Symbols (as Arelle's NL plugin reads FR-NL-1.02).
const TOEGESTAAN = (code: number) => code <= 0xff || (code >= 0x20a0 && code <= 0x20cf)
// eslint-disable-next-line no-control-regex -- the allowed ranges start at U+0000
const VERBODEN_TEKEN = /[^\u0000-\u00ff\u20a0-\u20cf]/gu
const VERWIJZING = /&(?:#([0-9]{1,10})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]{0,30}));/g
const CDATA_EINDE = /\]\]>/g
const TOEGESTANE_NAMEN = new Set(['lt', 'gt', 'amp', 'apos', 'quot'])
/** Longer than any match above: the tail kept back so a match split over two pieces is found. */
const OVERLOOP = 48

export class RawScanner {
  private rest = ''
  /** The line of the first character of `rest`. */
  private regel = 1

  constructor(private readonly bevindingen: Bevindingen) {}

  /** Scans a decoded piece of the document; `laatste` for the final piece. */
  feed(stuk: string, laatste = false): void {
    const tekst = this.rest + stuk
    let grens = laatste ? tekst.length : Math.max(0, tekst.length - OVERLOOP)
    // Never split a surrogate pair between this piece and the next.
    const vorige = tekst.charCodeAt(grens - 1)
    if (!laatste && vorige >= 0xd800 && vorige <= 0xdbff) grens--
    if (grens > 0) this.scan(tekst, grens)
    // Keep the unscanned tail and move the line counter past what was scanned.
    this.regel += telRegels(tekst, 0, grens)
    this.rest = tekst.slice(grens)
  }

  private scan(tekst: string, grens: number): void {
    // Each loop below visits its hits in order: count lines from the previous hit only.
    let pos = 0
    let regel = this.regel
    const regelVan = (i: number) => {
      if (i < pos) {
        pos = 0
        regel = this.regel
      }
      regel += telRegels(tekst, pos, i)
      pos = i
      return regel
    }
    VERBODEN_TEKEN.lastIndex = 0
    for (let m = VERBODEN_TEKEN.exec(tekst); m && m.index < grens; m = VERBODEN_TEKEN.exec(tekst)) {
      const code = m[0].codePointAt(0) ?? 0
      this.bevindingen.add(
        'FR-NL-1.02',
        { line: regelVan(m.index) },
        { teken: m[0], code: code.toString(16).toUpperCase().padStart(4, '0') },
      )
    }
    VERWIJZING.lastIndex = 0
    for (let m = VERWIJZING.exec(tekst); m && m.index < grens; m = VERWIJZING.exec(tekst)) {
      const [ref, dec, hex, naam] = m
      if (naam !== undefined && TOEGESTANE_NAMEN.has(naam)) continue
      if (
        naam === undefined &&
        TOEGESTAAN(dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16))
      )
        continue
      this.bevindingen.add('FR-NL-1.04', { line: regelVan(m.index) }, { ref })
    }
    CDATA_EINDE.lastIndex = 0
    for (let m = CDATA_EINDE.exec(tekst); m && m.index < grens; m = CDATA_EINDE.exec(tekst)) {
      this.bevindingen.add('FR-NL-2.06', { line: regelVan(m.index) })
    }
  }
}

/** Line breaks in `tekst[van, tot)`. */
function telRegels(tekst: string, van: number, tot: number): number {
  let n = 0
  for (let i = tekst.indexOf('\n', van); i !== -1 && i < tot; i = tekst.indexOf('\n', i + 1)) n++
  return n
}
