/**
 * The logboek as CSV for a spreadsheet, as Dutch Excel opens it: `;` between cells (Dutch Excel
 * takes `,` as the decimal sign), a BOM so it reads UTF-8, every cell quoted, and nothing a
 * spreadsheet would run as a formula.
 */
import { KOLOMMEN, alsTekst, type Taal } from './kolommen'
import type { LogRegel } from './regels'

/**
 * One CSV cell: always quoted, quotes doubled, and a leading = + - @ (or tab / carriage
 * return) neutralised with a quote so a spreadsheet never runs it as a formula.
 */
function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return `"${s.replace(/"/g, '""')}"`
}

const SCHEIDER = ';'

function csvLine(cells: unknown[]): string {
  return cells.map(csvCell).join(SCHEIDER)
}

export const csvKop = (taal: Taal) => csvLine(KOLOMMEN.map((k) => k.kop[taal]))

export const csvRegel = (r: LogRegel, taal: Taal) =>
  csvLine(KOLOMMEN.map((k) => alsTekst(k.waarde(r, taal))))

/** The whole file, streamed line by line as the pages of the log come in. */
export function csvStroom(kop: string, regels: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const it = regels[Symbol.asyncIterator]()
  let eerste = true
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (eerste) {
        eerste = false
        controller.enqueue(encoder.encode(`\uFEFF${kop}\r\n`))
        return
      }
      const next = await it.next()
      if (next.done) controller.close()
      else controller.enqueue(encoder.encode(`${next.value}\r\n`))
    },
    async cancel() {
      await it.return?.()
    },
  })
}
