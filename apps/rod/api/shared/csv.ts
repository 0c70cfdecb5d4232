/**
 * CSV for spreadsheets as Dutch users open them: `;` between cells (Excel with Dutch settings
 * splits on it), UTF-8 with a byte order mark (so Excel reads é and ë), every cell quoted, and
 * nothing a spreadsheet would run as a formula.
 */

/** Byte order mark: first bytes of every CSV file. */
export const BOM = '\uFEFF'

/**
 * One cell: quoted, quotes doubled, and a leading = + - @ (or tab / carriage return)
 * neutralised with an apostrophe so a spreadsheet never runs it as a formula.
 */
export function csvCel(waarde: unknown): string {
  let s = waarde === null || waarde === undefined ? '' : String(waarde)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return `"${s.replace(/"/g, '""')}"`
}

/** One line, ended with CRLF as RFC 4180 asks. */
export const csvRegel = (cellen: readonly unknown[]) => `${cellen.map(csvCel).join(';')}\r\n`
