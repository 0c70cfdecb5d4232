/**
 * A fact's value as it streams in: the start of it kept, its length counted, a hash over all
 * of it (to compare duplicates without holding a text of many megabytes), and any escaped XHTML
 * in it noted (FR-NL-5.11).
 */
import { KEPT_VALUE_LENGTH } from '../limits'

const TAG = /<\s*\/?\s*([A-Za-z][A-Za-z0-9]*)([^<>]*)>/g
const STIJL = /style\s*=\s*(?:"([^"]*)"|'([^']*)')/gi
const MAX_NAMEN = 20

export class Waarde {
  private begin = ''
  private lengte = 0
  // Two FNV-1a variants side by side: a 64-bit hash from 32-bit arithmetic.
  private h1 = 0x811c9dc5
  private h2 = 0x01000193
  private tags: Set<string> | null = null
  private stijlen: Set<string> | null = null

  add(tekst: string): void {
    if (this.begin.length < KEPT_VALUE_LENGTH + 1)
      this.begin += tekst.slice(0, KEPT_VALUE_LENGTH + 1 - this.begin.length)
    this.lengte += tekst.length
    let h1 = this.h1
    let h2 = this.h2
    for (let i = 0; i < tekst.length; i++) {
      const c = tekst.charCodeAt(i)
      h1 = Math.imul(h1 ^ c, 0x01000193)
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15)
    }
    this.h1 = h1
    this.h2 = h2
    if (tekst.includes('<')) this.markup(tekst)
  }

  private markup(tekst: string): void {
    this.tags ??= new Set()
    this.stijlen ??= new Set()
    TAG.lastIndex = 0
    for (let m = TAG.exec(tekst); m; m = TAG.exec(tekst)) {
      if (this.tags.size < MAX_NAMEN) this.tags.add((m[1] ?? '').toLowerCase())
      STIJL.lastIndex = 0
      for (let s = STIJL.exec(m[2] ?? ''); s; s = STIJL.exec(m[2] ?? '')) {
        for (const decl of (s[1] ?? s[2] ?? '').split(';')) {
          const prop = decl.split(':')[0]?.trim().toLowerCase()
          if (prop && decl.includes(':') && this.stijlen.size < MAX_NAMEN) this.stijlen.add(prop)
        }
      }
    }
  }

  result() {
    const hash =
      (this.h1 >>> 0).toString(16).padStart(8, '0') + (this.h2 >>> 0).toString(16).padStart(8, '0')
    const kort = this.lengte <= KEPT_VALUE_LENGTH
    return {
      value: kort ? this.begin.trim() : null,
      length: this.lengte,
      hash,
      markup:
        this.tags && this.tags.size
          ? { tags: [...this.tags], styles: [...(this.stijlen ?? [])] }
          : null,
    }
  }
}
