/**
 * The funding lines as CSV or XLSX, streamed: rows are read from the database page by page and
 * written as they come, so an export of many years never sits in memory whole. XLSX with
 * exceljs's streaming WorkbookWriter; amounts as numbers with a euro format.
 */
import { PassThrough, Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Logger } from '@duo/server-kit'
import { csvStream, perPagina } from '../shared/csv'
import type { ExportRegel } from './store'

const EXPORT_KOP = ['jaar', 'instellingscode', 'school', 'soort', 'omschrijving', 'bedrag (euro)']

/** Dutch labels of the kinds of funding, as the pages show them. */
const SOORT_NAAM: Record<string, string> = {
  'regulier-personeel': 'Regulier personeel',
  'materiele-instandhouding': 'Materiële instandhouding',
  groei: 'Groeibekostiging',
  'bijzondere-bekostiging': 'Bijzondere bekostiging',
}

type Pagina = (naId: string | null, limit: number) => Promise<ExportRegel[]>

async function* rijen(haal: Pagina, scholen: Map<string, string>) {
  for await (const r of perPagina(haal))
    yield [
      r.jaar,
      r.instellingscode,
      scholen.get(r.instellingscode) ?? '',
      SOORT_NAAM[r.soort] ?? r.soort,
      r.omschrijving,
      r.bedrag_centen / 100,
    ]
}

export const csvExport = (haal: Pagina, scholen: Map<string, string>) =>
  csvStream(EXPORT_KOP, rijen(haal, scholen))

export function xlsxExport(
  haal: Pagina,
  scholen: Map<string, string>,
  logger: Logger,
): ReadableStream<Uint8Array> {
  const uit = new PassThrough()
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: uit,
    useStyles: true,
    useSharedStrings: false,
  })
  wb.creator = 'Dienst Uitvoering Onderwijs'
  const ws = wb.addWorksheet('Bekostiging')
  ws.columns = [
    { header: 'Jaar', key: 'jaar', width: 8 },
    { header: 'Instellingscode', key: 'code', width: 16 },
    { header: 'School', key: 'school', width: 28 },
    { header: 'Soort', key: 'soort', width: 26 },
    { header: 'Omschrijving', key: 'omschrijving', width: 48 },
    { header: 'Bedrag', key: 'bedrag', width: 16, style: { numFmt: '"€" #,##0.00' } },
  ]
  void (async () => {
    try {
      for await (const [jaar, code, school, soort, omschrijving, bedrag] of rijen(haal, scholen))
        ws.addRow({ jaar, code, school, soort, omschrijving, bedrag }).commit()
      ws.commit()
      await wb.commit()
    } catch (err) {
      logger.error({ err }, 'xlsx-export mislukt')
      uit.destroy(err as Error)
    }
  })()
  return Readable.toWeb(uit) as unknown as ReadableStream<Uint8Array>
}
