/**
 * One change from start to end, shared by the change routes, the stappenplan and the demo
 * data: load the register, find the objects, authorise every mutatie on its object, check
 * the change as a whole, and only when all is well write it with its audit entry, in one
 * transaction behind the bestuur's counter.
 */
import {
  ApiProblem,
  apiFout,
  inTransaction,
  newId,
  ongeldigeInvoer,
  type AuthContext,
  type BestuurTree,
  type SectionPlatform,
} from '@duo/server-kit'
import { codeMaker } from '../domein/codes'
import { vandaag } from '../domein/datum'
import { controleer, type Uitkomst } from '../domein/controle'
import type { Foutmelding } from '../domein/foutcodes'
import type { Wijziging } from '../domein/mutaties'
import { maakPlan, type Plan } from '../domein/plan'
import type { Register } from '../domein/register'
import { laadRegister } from '../shared/laden'
import { autoriseerPlan } from '../shared/toegang'
import type { RioDb, RioTables } from '../tables'
import {
  bezetteCodes,
  huidigVolgnummer,
  referentieVan,
  schrijfWijziging,
  volgendVolgnummer,
  type NieuweWijziging,
} from './store'

/** Who submits: a person (authorised per mutatie), or the demo seed (no person). */
export interface Indiener {
  auth: AuthContext | null
  naam: string
  bron: NieuweWijziging['bron']
  /** Demo data only: fixed ids, the person and the moment the change was made in the story. */
  demo?: { ids: () => string; persoonId: string | null; op: string }
}

/** The code RIO gave each object the change registered. */
export interface NieuweCode {
  mutatie: number
  sleutel: string | null
  soort: string
  code: string
}

interface Beoordeling {
  register: Register
  plan: Plan
  uitkomst: Uitkomst
  wijzigingId: string
}

async function beoordeel(
  db: RioDb,
  bestuur: BestuurTree,
  wijziging: Wijziging,
  indiener: Indiener,
  volgnummer: number,
  now: Date,
): Promise<Beoordeling> {
  const register = await laadRegister(db, bestuur)
  const nieuwId = indiener.demo?.ids ?? newId
  const voorbehouden = new Map(
    bestuur.scholen.map((s) => [s.instellingscode, s.onderwijsaanbiedercode]),
  )
  const maak = codeMaker(
    bestuur.onderwijsbestuurcode,
    await bezetteCodes(db, bestuur.onderwijsbestuurcode),
    voorbehouden,
    nieuwId,
  )
  const plan = maakPlan(register, wijziging, { nieuwId, nieuweCode: maak })
  if (indiener.auth) autoriseerPlan(indiener.auth, bestuur, register, plan, now)
  const wijzigingId = nieuwId()
  const uitkomst = controleer(register, wijziging, plan, {
    wijzigingId,
    volgnummer,
    nieuwId,
    vandaag: vandaag(now),
  })
  if (uitkomst.veldfouten.length) throw ongeldigeInvoer(uitkomst.veldfouten)
  return { register, plan, uitkomst, wijzigingId }
}

/** The refusal of a change: 400 with every foutmelding, also as `velden` for generic clients. */
export function geweigerdeWijziging(foutmeldingen: Foutmelding[]) {
  const body = apiFout(
    'wijziging-geweigerd',
    `De wijziging is niet doorgevoerd: ${foutmeldingen.length === 1 ? 'er is 1 foutmelding' : `er zijn ${foutmeldingen.length} foutmeldingen`}. Er is niets veranderd.`,
    `The change was not made: ${foutmeldingen.length === 1 ? 'there is 1 error' : `there are ${foutmeldingen.length} errors`}. Nothing was changed.`,
    foutmeldingen.map((f) => ({
      veld: f.veld,
      nl: `${f.nl} (${f.foutcode})`,
      en: `${f.en} (${f.foutcode})`,
    })),
  )
  return new ApiProblem(400, { ...body, foutmeldingen } as typeof body)
}

const nieuweCodes = (plan: Plan): NieuweCode[] =>
  plan.stappen.flatMap((s) =>
    s.mutatie.actie === 'registreer' && s.object
      ? [
          {
            mutatie: s.index,
            sleutel: s.mutatie.sleutel ?? null,
            soort: s.mutatie.soort,
            code: s.object.code,
          },
        ]
      : [],
  )

/** Checks a change without writing it: the foutmeldingen RIO would give (none: it would pass). */
export async function controleerWijziging(
  platform: SectionPlatform<RioTables>,
  bestuur: BestuurTree,
  wijziging: Wijziging,
  indiener: Indiener,
) {
  const volgnummer = (await huidigVolgnummer(platform.db, bestuur.bestuursnummer)) + 1
  const b = await beoordeel(
    platform.db,
    bestuur,
    wijziging,
    indiener,
    volgnummer,
    platform.clock.now(),
  )
  return {
    geaccepteerd: b.uitkomst.foutmeldingen.length === 0,
    foutmeldingen: b.uitkomst.foutmeldingen,
    codes: nieuweCodes(b.plan),
  }
}

/** Checks and, when it passes as a whole, writes the change; otherwise throws the refusal. */
export async function voerWijzigingDoor(
  platform: SectionPlatform<RioTables>,
  bestuur: BestuurTree,
  wijziging: Wijziging,
  indiener: Indiener,
  /** More writes that belong to this change (in its transaction). */
  binnen?: (trx: RioDb, referentie: string) => Promise<void>,
) {
  const { db, clock, audit } = platform
  const now = clock.now()
  return inTransaction(db, async (trx) => {
    const volgnummer = await volgendVolgnummer(trx, bestuur.bestuursnummer, now.toISOString())
    const b = await beoordeel(trx, bestuur, wijziging, indiener, volgnummer, now)
    if (b.uitkomst.foutmeldingen.length) throw geweigerdeWijziging(b.uitkomst.foutmeldingen)
    const referentie = referentieVan(bestuur.bestuursnummer, volgnummer)
    const nieuweObjecten = b.plan.stappen.flatMap((s) => (s.nieuw && s.object ? [s.object] : []))
    await schrijfWijziging(
      trx,
      b.register,
      {
        id: b.wijzigingId,
        bestuursnummer: bestuur.bestuursnummer,
        volgnummer,
        referentie,
        omschrijving: wijziging.omschrijving || null,
        bron: indiener.bron,
        door: {
          persoonId: indiener.demo?.persoonId ?? indiener.auth?.persoon.id ?? null,
          naam: indiener.naam,
        },
        op: indiener.demo?.op ?? now.toISOString(),
      },
      [...new Set(nieuweObjecten)],
      b.uitkomst.versies,
      b.uitkomst.geraakt,
    )
    const codes = nieuweCodes(b.plan)
    if (indiener.auth)
      await audit.append(
        {
          actie: 'rio.wijziging.doorgevoerd',
          auth: indiener.auth,
          bestuursnummer: bestuur.bestuursnummer,
          details: {
            referentie,
            bron: indiener.bron,
            mutaties: wijziging.mutaties.length,
            objecten: [...b.uitkomst.geraakt].map((id) => b.register.objecten.get(id)?.code),
          },
        },
        { in: trx },
      )
    if (binnen) await binnen(trx, referentie)
    return { referentie, volgnummer, codes, versies: b.uitkomst.versies.length }
  })
}
