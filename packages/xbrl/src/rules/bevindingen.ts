/**
 * Collects the findings of one validation. Every finding is counted; only the first
 * `maxPerRule` of each rule are kept, so a file with a million broken facts still yields a
 * report of bounded size.
 */
import type { Bevinding, Onderdeel, Severity } from '../types'
import { REGELS, vulIn, type RegelId } from './catalogue'

export interface Plaats {
  line?: number | null
  column?: number | null
  concept?: string | null
  onderdeel?: Onderdeel
}

export class Bevindingen {
  readonly lijst: Bevinding[] = []
  readonly perRule: Record<string, number> = {}
  errors = 0
  warnings = 0

  constructor(private readonly maxPerRule: number) {}

  /** A finding of a catalogued rule; `params` fill its message template. */
  add(
    id: RegelId,
    plaats: Plaats = {},
    params: Record<string, string | number> = {},
    severity?: Severity,
  ): void {
    const regel = REGELS[id]
    // Past the cap only the count matters: do not build texts nobody will read.
    if ((this.perRule[regel.id] ?? 0) >= this.maxPerRule) {
      this.tel(regel.id, severity ?? regel.severity)
      return
    }
    this.push({
      ruleId: regel.id,
      severity: severity ?? regel.severity,
      line: plaats.line ?? null,
      column: plaats.column ?? null,
      concept: plaats.concept ?? null,
      onderdeel: plaats.onderdeel ?? 'bestand',
      nl: vulIn(regel.nl, params),
      en: vulIn(regel.en, params),
    })
  }

  /** A finding with its own id and texts (the taxonomy's assertions). */
  push(b: Bevinding): void {
    if (this.tel(b.ruleId, b.severity) <= this.maxPerRule) this.lijst.push(b)
  }

  private tel(ruleId: string, severity: Severity): number {
    const n = (this.perRule[ruleId] ?? 0) + 1
    this.perRule[ruleId] = n
    if (severity === 'error') this.errors++
    else this.warnings++
    return n
  }

  has(id: string): boolean {
    return (this.perRule[id] ?? 0) > 0
  }
}
