/**
 * An aanlevering as its page shows it: the file, the progress of its validation (from the
 * platform's job), the term of its verslagjaar, what the person may do now and why not, its
 * status history and the other versions of the same jaarverantwoording.
 */
import {
  may,
  type AuthContext,
  type BestuurTree,
  type Label,
  type SectionPlatform,
} from '@duo/server-kit'
import { venster } from '../shared/termijnen'
import { INGEDIEND, type XbrlTables } from '../tables'
import { geschiedenis, versiesVan, type Aanlevering } from './store'

type ValidatieStatus = 'geen' | 'wachtend' | 'bezig' | 'klaar' | 'mislukt'

export interface Validatie {
  status: ValidatieStatus
  voortgang: number
  stap: Label | null
  fout: Label | null
  op: string | null
  fouten: number | null
  waarschuwingen: number | null
}

const ingediend = (a: Aanlevering) => (INGEDIEND as readonly string[]).includes(a.status)

export function weergave(platform: SectionPlatform<XbrlTables>) {
  const { db, jobs, clock } = platform

  async function validatie(a: Aanlevering): Promise<Validatie> {
    const leeg = {
      voortgang: 0,
      stap: null,
      fout: null,
      op: null,
      fouten: null,
      waarschuwingen: null,
    }
    if (!a.bestand) return { status: 'geen', ...leeg }
    if (a.gevalideerd?.actueel)
      return {
        ...leeg,
        status: 'klaar',
        voortgang: 100,
        op: a.gevalideerd.op,
        fouten: a.gevalideerd.fouten,
        waarschuwingen: a.gevalideerd.waarschuwingen,
      }
    const job = a.validatieJobId ? await jobs.get(a.validatieJobId) : null
    if (!job) return { ...leeg, status: 'wachtend' }
    if (job.status === 'mislukt') return { ...leeg, status: 'mislukt', fout: job.fout }
    // A finished job whose result is being stored still counts as busy.
    return {
      ...leeg,
      status: job.status === 'wachtend' ? 'wachtend' : 'bezig',
      voortgang: job.voortgang,
      stap: job.stap,
    }
  }

  return {
    validatie,

    async detail(auth: AuthContext, a: Aanlevering, bestuur: BestuurTree) {
      const now = clock.now()
      const [stappen, alle, v] = await Promise.all([
        geschiedenis(db, a.id),
        versiesVan(db, a.jaarverantwoordingId),
        validatie(a),
      ])
      // DUO's staff see the submitted versions only, never a bestuur's concept.
      const versies = auth.subject.kind === 'duo-medewerker' ? alle.filter(ingediend) : alle
      const termijn = venster(a.verslagjaar, now)
      const magIndienen = may(auth, 'xbrl.jaarverantwoording.indienen', { bestuur }, now)
      const laatste = alle[0]?.id === a.id
      const bewerkbaar = a.status === 'concept' || a.status === 'gevalideerd'
      return {
        aanlevering: {
          ...a,
          opslagNaam: undefined,
          validatieJobId: undefined,
          bestuurNaam: bestuur.naam,
          laatste,
          validatie: v,
        },
        venster: termijn,
        mag: {
          uploaden: magIndienen && bewerkbaar && termijn.open,
          indienen:
            magIndienen &&
            a.status === 'gevalideerd' &&
            v.status === 'klaar' &&
            v.fouten === 0 &&
            termijn.indienen,
          corrigeren: magIndienen && laatste && ingediend(a) && termijn.indienen,
          beoordelen:
            may(auth, 'xbrl.jaarverantwoording.behandelen', { bestuur }, now) &&
            (a.status === 'ingediend' || a.status === 'in-behandeling'),
        },
        geschiedenis: stappen,
        versies: versies.map((x) => ({
          id: x.id,
          versie: x.versie,
          status: x.status,
          ingediendOp: x.ingediendOp,
        })),
      }
    },
  }
}
