/**
 * The hardened streaming XML reader every document goes through (instances and taxonomy files):
 * bytes in, parse events out, in bounded memory. On top of saxes (which processes no DTD and
 * expands no entity) it refuses archives and binary files by their first bytes, any DOCTYPE,
 * invalid UTF-8, and enforces limits on total size, nesting depth, attributes per element and
 * the length of any text, name or attribute value while it reads, so a hostile document is
 * stopped at the limit rather than at the end of memory.
 */
import { SaxesParser, type SaxesTagNS, type XMLDecl } from 'saxes'
import type { Bevindingen } from '../rules/bevindingen'
import type { RegelId } from '../rules/catalogue'
import type { Limits } from '../types'
import { leesbareGrootte } from '../limits'
import { RawScanner } from './raw-scan'
import { eersteNul, snuffel } from './sniff'

export interface Positie {
  line: number
  column: number
}

/** What a reader's user does with the document; every handler is synchronous. */
export interface XmlHandlers {
  /** Receives the parser's prefix resolver (valid for the element being read). */
  bind?(resolve: (prefix: string) => string | undefined): void
  xmldecl?(decl: XMLDecl): void
  opentag(tag: SaxesTagNS, pos: Positie): void
  closetag(tag: SaxesTagNS): void
  text(text: string): void
}

/** Thrown from a handler to stop reading with a finding (a limit of the caller's own). */
export class XmlAbort extends Error {
  constructor(
    readonly ruleId: RegelId,
    readonly params: Record<string, string | number> = {},
    readonly pos: Partial<Positie> = {},
  ) {
    super(ruleId)
  }
}

export interface ReadOptions {
  limits: Limits
  bevindingen: Bevindingen
  /** Also apply the filing rules on the raw text (instances; not taxonomy files). */
  filingRules?: boolean
  onProgress?(bytesRead: number): void | Promise<void>
}

/** The largest piece handed to the parser at once: limits are checked between pieces. */
const STUK = 64 * 1024
// saxes's states (saxes 6.0.0, pinned) in which its `text` buffer holds character data.
const S_TEXT = 13
const S_ENTITY = 14
const S_CDATA = 20
/** Attribute values, comments and names are never flushed: they get a tighter bound. */
const MAX_OVERIG = 1024 * 1024

// saxes keeps the text, name or entity it is reading in these fields; we watch their length.
interface SaxesBinnenkant {
  chunk: string
  i: number
  state: number
  entityReturnState: number | undefined
  tags: unknown[]
  text: string
  name: string
  entity: string
  piTarget: string
  line: number
  column: number
}

/** Reads a whole document; returns its size and whether reading stopped early. */
export async function readXml(
  input: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  handlers: XmlHandlers,
  opts: ReadOptions,
): Promise<{ bytes: number; aborted: boolean }> {
  const { limits, bevindingen } = opts
  const parser = new SaxesParser({ xmlns: true, position: true })
  const binnen = parser as unknown as SaxesBinnenkant
  const raw = opts.filingRules ? new RawScanner(bevindingen) : null
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  let diepte = 0
  let attributen = 0
  /** Characters of the text node being read, across the pieces it is handed over in. */
  let tekstLengte = 0
  let tagStart: Positie = { line: 1, column: 1 }
  let bytes = 0
  let begonnen = false
  // The first bytes, until four of them decide what the document is; null once decided.
  let head: Uint8Array | null = new Uint8Array(0)

  handlers.bind?.((prefix) => parser.resolve(prefix))
  parser.on('xmldecl', (decl) => handlers.xmldecl?.(decl))
  parser.on('doctype', () => {
    throw new XmlAbort('FR-NL-1.03', {}, { line: binnen.line })
  })
  parser.on('opentagstart', (tag) => {
    tekstLengte = 0
    diepte++
    attributen = 0
    // saxes has read the name and the character after it: step back to the '<'.
    tagStart = { line: binnen.line, column: Math.max(1, binnen.column - tag.name.length - 1) }
    if (diepte > limits.maxDepth)
      throw new XmlAbort('XML-LIMIT-DEPTH', { max: limits.maxDepth }, tagStart)
  })
  parser.on('attribute', (a) => {
    if (++attributen > limits.maxAttributes)
      throw new XmlAbort('XML-LIMIT-ATTRIBUTES', { max: limits.maxAttributes }, tagStart)
    teLangeTekst(a.value.length)
  })
  parser.on('opentag', (tag) => handlers.opentag(tag, tagStart))
  parser.on('closetag', (tag) => {
    tekstLengte = 0
    diepte--
    handlers.closetag(tag)
  })
  const tekst = (t: string) => {
    tekstLengte += t.length
    teLangeTekst(tekstLengte)
    handlers.text(t)
  }
  parser.on('text', tekst)
  parser.on('cdata', tekst)
  parser.on('comment', (t) => teLangeTekst(t.length))
  parser.on('processinginstruction', (pi) => teLangeTekst(pi.body.length))
  parser.on('error', (err) => {
    if (/undefined entity/.test(err.message)) {
      // saxes has dropped the name by now: read it back from the text just parsed.
      const naam = /&([^;&\s]{1,40});[^&]*$/.exec(
        binnen.chunk.slice(Math.max(0, binnen.i - 60), binnen.i),
      )?.[1]
      throw new XmlAbort('XML-ENTITY', { naam: naam ?? '…' }, { line: binnen.line })
    }
    throw new XmlAbort(
      'XML-MALFORMED',
      { detail: err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '') },
      { line: binnen.line, column: binnen.column + 1 },
    )
  })

  function teLangeTekst(lengte: number) {
    if (lengte > limits.maxTextLength)
      throw new XmlAbort('XML-LIMIT-TEXT', { max: limits.maxTextLength }, { line: binnen.line })
  }

  /**
   * saxes collects a text node whole before it reports it. Hand over what it has so far
   * instead, so a text block of many megabytes never sits in memory as one string.
   */
  function spoel() {
    const inTekst =
      binnen.state === S_TEXT ||
      binnen.state === S_CDATA ||
      (binnen.state === S_ENTITY && binnen.entityReturnState === S_TEXT)
    if (inTekst && binnen.tags.length > 0 && binnen.text.length >= STUK) {
      const t = binnen.text
      binnen.text = ''
      tekst(t)
    }
  }
  const teLang = () =>
    Math.max(binnen.text.length, binnen.name.length, binnen.entity.length, binnen.piTarget.length) >
    Math.min(limits.maxTextLength, MAX_OVERIG)

  function voer(stukTekst: string, laatste: boolean) {
    if (!begonnen && stukTekst.trim()) {
      begonnen = true
      if (!stukTekst.trimStart().startsWith('<'))
        throw new XmlAbort('XML-NOT-XML', {
          detail: 'het begint niet met <',
          detailEn: 'it does not start with <',
        })
    }
    raw?.feed(stukTekst, laatste)
    for (let i = 0; i < stukTekst.length; i += STUK) {
      parser.write(stukTekst.slice(i, i + STUK))
      spoel()
      if (teLang())
        throw new XmlAbort('XML-LIMIT-TEXT', { max: limits.maxTextLength }, { line: binnen.line })
    }
  }

  function verwerk(stuk: Uint8Array) {
    if (stuk.byteLength === 0) return
    const nul = eersteNul(stuk)
    if (nul !== -1) {
      const plek = bytes - stuk.byteLength + nul
      throw new XmlAbort('XML-NOT-XML', {
        detail: `een NUL-byte op positie ${plek}`,
        detailEn: `a NUL byte at position ${plek}`,
      })
    }
    voer(decodeer(decoder, stuk, bytes, begonnen), false)
  }

  function eerste(chunk: Uint8Array): Uint8Array {
    const s = snuffel(chunk)
    if (s.soort === 'archief') throw new XmlAbort('XML-ZIP', { soort: s.naam })
    if (s.soort === 'binair')
      throw new XmlAbort('XML-NOT-XML', { detail: s.naam, detailEn: s.naam })
    if (s.soort === 'utf16') {
      bevindingen.add('FR-NL-1.01', {}, { bom: s.bom })
      throw new XmlAbort('FR-NL-1.05', { detail: `gevonden ${s.bom}`, detailEn: `found ${s.bom}` })
    }
    if (s.bom) bevindingen.add('FR-NL-1.01', {}, { bom: 'UTF-8' })
    return s.bom ? chunk.subarray(3) : chunk
  }

  try {
    for await (const chunk of input) {
      bytes += chunk.byteLength
      if (bytes > limits.maxBytes)
        throw new XmlAbort('XML-LIMIT-SIZE', { max: leesbareGrootte(limits.maxBytes) })
      let stuk: Uint8Array | null = chunk
      if (head) {
        head = concat(head, chunk)
        if (head.byteLength < 4) continue
        stuk = eerste(head)
        head = null
      }
      verwerk(stuk)
      await opts.onProgress?.(bytes)
    }
    if (head) verwerk(eerste(head))
    if (bytes === 0) throw new XmlAbort('XML-EMPTY')
    voer(decodeer(decoder, new Uint8Array(0), bytes, begonnen, true), true)
    parser.close()
    return { bytes, aborted: false }
  } catch (err) {
    if (!(err instanceof XmlAbort)) throw err
    bevindingen.add(
      err.ruleId,
      { line: err.pos.line ?? null, column: err.pos.column ?? null },
      err.params,
    )
    return { bytes, aborted: true }
  }
}

function decodeer(
  decoder: InstanceType<typeof TextDecoder>,
  stuk: Uint8Array,
  bytes: number,
  begonnen: boolean,
  einde = false,
): string {
  try {
    return decoder.decode(stuk, { stream: !einde })
  } catch {
    // Bytes that are no UTF-8 before any markup: not a text document at all.
    if (!begonnen)
      throw new XmlAbort('XML-NOT-XML', { detail: 'geen UTF-8-tekst', detailEn: 'no UTF-8 text' })
    throw new XmlAbort('FR-NL-1.05', {
      detail: `ongeldige UTF-8-bytes in de buurt van byte ${bytes}`,
      detailEn: `invalid UTF-8 bytes near byte ${bytes}`,
    })
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.byteLength + b.byteLength)
  out.set(a)
  out.set(b, a.byteLength)
  return out
}
