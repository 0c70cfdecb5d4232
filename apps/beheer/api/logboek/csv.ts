/**
 * The logboek as CSV for a spreadsheet: every cell quoted, and nothing a spreadsheet would run
 * as a formula.
 */

/**
 * One CSV cell: always quoted, quotes doubled, and a leading = + - @ (or tab / carriage
 * return) neutralised with a quote so a spreadsheet never runs it as a formula.
 */
function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return `"${s.replace(/"/g, '""')}"`
}

export function csvLine(cells: unknown[]): string {
  return cells.map(csvCell).join(',')
}

export const CSV_KOP = [
  'tijdstip',
  'actie',
  'door',
  'sessie',
  'persoon',
  'bestuursnummer',
  'rol',
  'kenmerk',
  'vanaf',
  'tot',
  'reden',
  'details',
]
