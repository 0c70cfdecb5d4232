/**
 * The logboek as XLSX, streamed with exceljs's WorkbookWriter: rows are written as the pages of
 * the log come in, never the whole log in memory. A bold, frozen header row with a filter,
 * column widths, and the moment as a real date cell in Dutch local time.
 */
import { PassThrough, Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Logger } from '@duo/server-kit'
import { lokaleTijd } from './details'
import { KOLOMMEN, type Taal } from './kolommen'
import type { LogRegel } from './regels'

/**
 * Excel's dates have no time zone: a cell shows the wall-clock time it holds. exceljs writes a
 * Date by its UTC fields, so hand it the Dutch local time as if it were UTC.
 */
const excelTijd = (iso: string | Date): Date => new Date(`${lokaleTijd(iso).replace(' ', 'T')}Z`)

export function xlsxStroom(
  regels: AsyncIterable<LogRegel>,
  taal: Taal,
  logger: Pick<Logger, 'error'>,
): ReadableStream<Uint8Array> {
  const uit = new PassThrough()
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: uit,
    useStyles: true,
    useSharedStrings: false,
  })
  wb.creator = 'Dienst Uitvoering Onderwijs'
  const ws = wb.addWorksheet(taal === 'nl' ? 'Logboek' : 'Audit log', {
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  ws.columns = KOLOMMEN.map((k, i) => ({
    header: k.kop[taal],
    key: `k${i}`,
    width: k.breedte,
    ...(i === 0 ? { style: { numFmt: 'dd-mm-yyyy hh:mm:ss' } } : {}),
  }))
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: KOLOMMEN.length } }
  const kop = ws.getRow(1)
  kop.font = { bold: true }
  kop.commit()
  void (async () => {
    try {
      for await (const r of regels) {
        const waarden = KOLOMMEN.map((k) => {
          const v = k.waarde(r, taal)
          return v instanceof Date ? excelTijd(v) : v
        })
        ws.addRow(waarden).commit()
      }
      ws.commit()
      await wb.commit()
    } catch (err) {
      logger.error({ err }, 'xlsx-export van het logboek mislukt')
      uit.destroy(err as Error)
    }
  })()
  return Readable.toWeb(uit) as unknown as ReadableStream<Uint8Array>
}
