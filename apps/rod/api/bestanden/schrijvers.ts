/**
 * Writing a file as it is read: CSV into one stream (waiting for it to drain, so memory stays
 * flat whatever the size), XLSX with exceljs's streaming WorkbookWriter into another (no shared
 * strings and no styles: those would be held in memory until the end).
 */
import { once } from 'node:events'
import ExcelJS from 'exceljs'
import { BOM, csvRegel } from '../shared/csv'

export interface Schrijver {
  /** Writes one page of rows; resolves when the stream can take more. */
  schrijf(rijen: readonly unknown[][]): Promise<void>
  sluit(): Promise<void>
}

export function csvSchrijver(stream: NodeJS.WritableStream, kop: readonly string[]): Schrijver {
  let begonnen = false
  const schrijf = async (tekst: string) => {
    if (!stream.write(tekst)) await once(stream as NodeJS.EventEmitter, 'drain')
  }
  return {
    async schrijf(rijen) {
      if (!begonnen) {
        begonnen = true
        await schrijf(BOM + csvRegel(kop))
      }
      await schrijf(rijen.map(csvRegel).join(''))
    },
    async sluit() {
      if (!begonnen) await schrijf(BOM + csvRegel(kop))
      stream.end()
    },
  }
}

export function xlsxSchrijver(
  stream: NodeJS.WritableStream,
  blad: string,
  kop: readonly string[],
): Schrijver {
  const boek = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: stream as never,
    useStyles: false,
    useSharedStrings: false,
  })
  const werkblad = boek.addWorksheet(blad.slice(0, 31))
  werkblad.addRow([...kop]).commit()
  return {
    async schrijf(rijen) {
      // Cells are written as values: a text starting with "=" stays text, never a formula.
      for (const r of rijen) werkblad.addRow(r as ExcelJS.CellValue[]).commit()
      // Let the zip stream flush what was committed before the next page is read.
      await new Promise((resolve) => setImmediate(resolve))
    },
    async sluit() {
      werkblad.commit()
      await boek.commit()
    },
  }
}
