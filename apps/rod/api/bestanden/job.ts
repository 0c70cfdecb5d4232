/**
 * The background job that makes a file (`rod.bestand`): it reads the rows page by page and
 * writes them as CSV and XLSX at the same time, reporting its progress. The result names both
 * files (`bestanden`), so the platform removes them when the job's `bewaarTot` has passed; a
 * failed attempt removes what it had written.
 */
import type { JobHandler, Label, SectionPlatform } from '@duo/server-kit'
import type { RodTables } from '../tables'
import { kop, rijen, telRijen, type Bereik } from './rijen'
import { csvSchrijver, xlsxSchrijver } from './schrijvers'

/** Where produced files live, under the section's data folder. */
export const MAP = 'bestanden'
/** How long a produced file is kept (assumed: DUO publishes no period). */
export const BEWAARTERMIJN_DAGEN = 14

export interface BestandData extends Bereik {
  /** The one school asked for; null for the whole bestuur. */
  instellingscode: string | null
}

export interface BestandResultaat {
  aantal: number
  /** Without extension, e.g. `schooladviezen-12AB-2023-2024`. */
  bestandsnaam: string
  csv: { naam: string; grootte: number }
  xlsx: { naam: string; grootte: number }
  bestanden: Array<{ soort: string; naam: string }>
}

const getal = (n: number) => n.toLocaleString('nl-NL')
const stap = (n: number, totaal: number): Label => ({
  nl: `Leerlingen schrijven (${getal(n)} van ${getal(totaal)})`,
  en: `Writing pupils (${n.toLocaleString('en-GB')} of ${totaal.toLocaleString('en-GB')})`,
})

const bestandsnaamVan = (d: BestandData, bestuursnummer: string) =>
  `${d.soort}-${d.instellingscode ?? bestuursnummer}-${d.schooljaar}`

export function maakBestand(
  platform: SectionPlatform<RodTables>,
): JobHandler<BestandData, BestandResultaat> {
  const { db, bestanden } = platform
  return async (job) => {
    const data = job.data
    const totaal = await telRijen(db, data)
    await job.voortgang(1, { nl: 'Bestand voorbereiden', en: 'Preparing the file' })
    const koppen = kop(data)
    const csv = await bestanden.schrijf(MAP)
    const xlsx = await bestanden.schrijf(MAP)
    try {
      const schrijvers = [
        csvSchrijver(csv.stream, koppen),
        xlsxSchrijver(
          xlsx.stream,
          data.soort === 'schooladviezen' ? 'Schooladviezen' : 'Niveau vo',
          koppen,
        ),
      ]
      let n = 0
      for await (const pagina of rijen(db, data)) {
        for (const s of schrijvers) await s.schrijf(pagina)
        n += pagina.length
        await job.voortgang(1 + Math.floor((n / Math.max(totaal, 1)) * 97), stap(n, totaal))
      }
      for (const s of schrijvers) await s.sluit()
      const [csvGrootte, xlsxGrootte] = await Promise.all([csv.klaar(), xlsx.klaar()])
      return {
        aantal: n,
        bestandsnaam: bestandsnaamVan(data, job.bestuursnummer ?? ''),
        csv: { naam: csv.naam, grootte: csvGrootte },
        xlsx: { naam: xlsx.naam, grootte: xlsxGrootte },
        bestanden: [
          { soort: MAP, naam: csv.naam },
          { soort: MAP, naam: xlsx.naam },
        ],
      }
    } catch (err) {
      for (const s of [csv.stream, xlsx.stream])
        (s as unknown as { destroy?: () => void }).destroy?.()
      await bestanden.verwijder(MAP, [csv.naam, xlsx.naam])
      throw err
    }
  }
}
