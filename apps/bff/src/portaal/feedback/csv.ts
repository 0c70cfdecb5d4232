/**
 * The survey's answers as CSV for a spreadsheet: semicolon-separated (what Dutch Excel
 * expects), UTF-8 with a byte order mark, every cell quoted when it needs it. Free text from
 * the public is never a formula: a cell starting with = + - @ or a tab/CR is prefixed with `'`
 * (OWASP's advice against CSV injection).
 */
import type { FeedbackAntwoord } from './store'

const FORMULE = /^[=+\-@\t\r]/

export function cel(waarde: string | number | null): string {
  if (waarde === null) return ''
  let s = String(waarde)
  if (typeof waarde === 'string' && FORMULE.test(s)) s = `'${s}`
  return /[;"\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s
}

export function feedbackCsv(lijst: FeedbackAntwoord[]): string {
  const kop = ['gegeven_op', 'pagina', 'score', 'goed', 'beter', 'email', 'taal']
  const regels = lijst.map((a) =>
    [a.gegevenOp, a.pagina, a.score, a.goed, a.beter, a.email, a.taal].map(cel).join(';'),
  )
  return `\uFEFF${[kop.join(';'), ...regels].join('\r\n')}\r\n`
}
