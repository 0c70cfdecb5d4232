/**
 * CSV for a spreadsheet: every cell quoted, and nothing a spreadsheet would run as a formula.
 * Written line by line to a stream, so a large export never sits in memory whole.
 */

/**
 * One CSV cell: always quoted, quotes doubled, and a leading = + - @ (or tab / carriage return)
 * neutralised with a quote so a spreadsheet never runs it as a formula. Numbers are written as
 * numbers (a negative amount stays a number).
 */
function csvCell(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  let s = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return `"${s.replace(/"/g, '""')}"`
}

const csvLine = (cells: unknown[]) => `${cells.map(csvCell).join(',')}\r\n`

/** A CSV file as a stream of lines: the BOM (for Excel), the header, then every row. */
export function csvStream(
  kop: string[],
  rijen: AsyncIterable<unknown[]>,
): ReadableStream<Uint8Array> {
  const enc = new TextEncoder()
  const iterator = rijen[Symbol.asyncIterator]()
  let begonnen = false
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!begonnen) {
        begonnen = true
        controller.enqueue(enc.encode(`\uFEFF${csvLine(kop)}`))
        return
      }
      // A chunk of up to 500 lines per pull keeps the number of tiny writes low.
      let chunk = ''
      for (let i = 0; i < 500; i++) {
        const { value, done } = await iterator.next()
        if (done) {
          if (chunk) controller.enqueue(enc.encode(chunk))
          controller.close()
          return
        }
        chunk += csvLine(value)
      }
      controller.enqueue(enc.encode(chunk))
    },
    async cancel() {
      await iterator.return?.()
    },
  })
}

/** Reads a query page by page (keyset on `id`), so a large export is never loaded at once. */
export async function* perPagina<T extends { id: string }>(
  haal: (naId: string | null, limit: number) => Promise<T[]>,
  grootte = 1000,
): AsyncGenerator<T> {
  let na: string | null = null
  for (;;) {
    const rijen = await haal(na, grootte)
    yield* rijen
    if (rijen.length < grootte) return
    na = rijen[rijen.length - 1]!.id
  }
}
