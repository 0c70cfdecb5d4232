/**
 * The background job that validates an uploaded instance (the platform's job queue, the same as
 * ROD's files): it streams the stored file through `@duo/xbrl`, reports how far it
 * is, and stores the findings. A broken or hostile file is an outcome, not a failure: only an
 * unreadable file or database fails the job (and the platform retries it).
 */
import type { JobHandler, SectionPlatform } from '@duo/server-kit'
import { validateInstance } from '@duo/xbrl'
import { getAanlevering } from '../aanleveringen/store'
import { SOORT } from '../aanleveringen/ontvangst'
import { taxonomieen, validatieConfig } from '../shared/taxonomie'
import type { XbrlTables } from '../tables'
import { slaOp } from './store'

export interface ValidatieData {
  aanleveringId: string
  opslagNaam: string
}

export interface ValidatieUitkomst {
  opgeslagen: boolean
  fouten: number
  waarschuwingen: number
}

const STAPPEN = {
  taxonomie: { nl: 'Taxonomie laden', en: 'Loading the taxonomy' },
  lezen: (mb: number) => ({
    nl: `Bestand lezen en controleren (${mb.toLocaleString('nl-NL')} MB)`,
    en: `Reading and checking the file (${mb.toLocaleString('en-GB')} MB)`,
  }),
  opslaan: { nl: 'Resultaten opslaan', en: 'Saving the results' },
}

export function validatieJob(
  platform: SectionPlatform<XbrlTables>,
): JobHandler<ValidatieData, ValidatieUitkomst> {
  const { db, bestanden, clock } = platform
  return async (job) => {
    const a = await getAanlevering(db, job.data.aanleveringId)
    if (!a || a.opslagNaam !== job.data.opslagNaam || !a.bestand)
      return { opgeslagen: false, fouten: 0, waarschuwingen: 0 }
    await job.voortgang(2, STAPPEN.taxonomie)
    const taxonomies = await taxonomieen()
    const { stream, grootte } = await bestanden.leesStroom(SOORT, job.data.opslagNaam)
    const mb = Math.round((grootte / 1024 / 1024) * 10) / 10
    let gemeld = 0
    const result = await validateInstance(stream, {
      fileName: a.bestand.naam,
      bestuursnummer: a.bestuursnummer,
      verslagjaar: a.verslagjaar,
      taxonomies,
      config: validatieConfig(),
      // Reading is most of the work: 5–90%, reported every 5%.
      onProgress: async (gelezen) => {
        const procent = 5 + Math.floor((gelezen / Math.max(grootte, 1)) * 85)
        if (procent >= gemeld + 5) {
          gemeld = procent
          await job.voortgang(procent, STAPPEN.lezen(mb))
        }
      },
    })
    await job.voortgang(95, STAPPEN.opslaan)
    const opgeslagen = await slaOp(db, a.id, job.data.opslagNaam, result, clock.now())
    return { opgeslagen, fouten: result.errors, waarschuwingen: result.warnings }
  }
}
