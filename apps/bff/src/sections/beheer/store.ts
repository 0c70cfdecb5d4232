/**
 * The beheer section's queries: the people of a bestuur, aanmeldingen of beheerders and the
 * notices a person dismissed. Grants and the audit log live in the platform stores.
 */
import type { Kysely } from 'kysely'
import { newId, toIso } from '../../db/dialect'
import type { Database, IsoTimestamp } from '../../db/schema'

export type AanmeldingStatus = 'ingediend' | 'goedgekeurd' | 'afgewezen'

export type BeheerAanmeldingTable = {
  id: string
  bestuursnummer: string
  ingediend_door: string
  ingediend_op: IsoTimestamp
  beheerder_po_persoon_id: string | null
  beheerder_bekostiging_persoon_id: string | null
  toelichting: string | null
  bijlage_naam: string
  bijlage_bestand: string
  bijlage_grootte: number
  bijlage_sha256: string
  status: AanmeldingStatus
  beoordeeld_door: string | null
  beoordeeld_op: IsoTimestamp | null
  reden: string | null
}

export type BeheerMeldingGezienTable = {
  persoon_id: string
  rol: string
  gezien_op: IsoTimestamp
}

export type BeheerTables = {
  beheer_aanmelding: BeheerAanmeldingTable
  beheer_melding_gezien: BeheerMeldingGezienTable
}

export type BeheerDb = Kysely<Database & BeheerTables>

export const beheerDb = (db: Kysely<Database>): BeheerDb => db.withTables<BeheerTables>()

/** Someone of the bestuur: logged in with eHerkenning for its KvK, directly or through a ketenmachtiging. */
export interface BestuurPersoon {
  id: string
  naam: string
  /** KvK of the intermediary when this person logs in through a ketenmachtiging. */
  intermediairKvk: string | null
}

/**
 * Everyone who logged in with eHerkenning for this KvK (directly or, with `intermediair_kvk`,
 * through a ketenmachtiging), plus anyone holding a grant in the bestuur, by name.
 */
export async function listPeopleOfBestuur(
  db: Kysely<Database>,
  bestuur: { kvk: string; bestuursnummer: string },
): Promise<BestuurPersoon[]> {
  const identities = await db
    .selectFrom('eherkenning_identiteit as i')
    .innerJoin('persoon as p', 'p.id', 'i.persoon_id')
    .select(['p.id', 'p.naam', 'i.intermediair_kvk'])
    .where('i.legal_subject_kvk', '=', bestuur.kvk)
    .execute()
  const holders = await db
    .selectFrom('rol_toekenning as g')
    .innerJoin('persoon as p', 'p.id', 'g.persoon_id')
    .select(['p.id', 'p.naam'])
    .where('g.bestuursnummer', '=', bestuur.bestuursnummer)
    .distinct()
    .execute()
  const byId = new Map<string, BestuurPersoon>()
  for (const r of identities) {
    const known = byId.get(r.id)
    // A direct login counts over an intermediary one for the same person.
    if (!known || (known.intermediairKvk && !r.intermediair_kvk)) {
      byId.set(r.id, { id: r.id, naam: r.naam, intermediairKvk: r.intermediair_kvk })
    }
  }
  for (const r of holders)
    if (!byId.has(r.id)) byId.set(r.id, { id: r.id, naam: r.naam, intermediairKvk: null })
  return [...byId.values()].sort(
    (a, b) => a.naam.localeCompare(b.naam, 'nl') || a.id.localeCompare(b.id),
  )
}

export interface Aanmelding {
  id: string
  bestuursnummer: string
  bestuurNaam: string
  ingediendDoor: { id: string; naam: string }
  ingediendOp: string
  beheerderPo: { id: string; naam: string } | null
  beheerderBekostiging: { id: string; naam: string } | null
  toelichting: string | null
  bijlage: { naam: string; grootte: number; sha256: string }
  /** Internal: the server-generated file name. Never sent to the browser. */
  bijlageBestand: string
  status: AanmeldingStatus
  beoordeeldDoor: { id: string; naam: string } | null
  beoordeeldOp: string | null
  reden: string | null
}

export interface NewAanmelding {
  bestuursnummer: string
  ingediendDoor: string
  beheerderPo: string | null
  beheerderBekostiging: string | null
  toelichting: string | null
  bijlageNaam: string
  bijlageBestand: string
  bijlageGrootte: number
  bijlageSha256: string
}

export async function insertAanmelding(
  db: Kysely<Database>,
  input: NewAanmelding,
  now: Date,
): Promise<string> {
  const id = newId()
  await beheerDb(db)
    .insertInto('beheer_aanmelding')
    .values({
      id,
      bestuursnummer: input.bestuursnummer,
      ingediend_door: input.ingediendDoor,
      ingediend_op: toIso(now),
      beheerder_po_persoon_id: input.beheerderPo,
      beheerder_bekostiging_persoon_id: input.beheerderBekostiging,
      toelichting: input.toelichting,
      bijlage_naam: input.bijlageNaam,
      bijlage_bestand: input.bijlageBestand,
      bijlage_grootte: input.bijlageGrootte,
      bijlage_sha256: input.bijlageSha256,
      status: 'ingediend',
      beoordeeld_door: null,
      beoordeeld_op: null,
      reden: null,
    })
    .execute()
  return id
}

function aanmeldingQuery(db: Kysely<Database>) {
  return beheerDb(db)
    .selectFrom('beheer_aanmelding as a')
    .innerJoin('bestuur as b', 'b.bestuursnummer', 'a.bestuursnummer')
    .innerJoin('persoon as door', 'door.id', 'a.ingediend_door')
    .leftJoin('persoon as po', 'po.id', 'a.beheerder_po_persoon_id')
    .leftJoin('persoon as bek', 'bek.id', 'a.beheerder_bekostiging_persoon_id')
    .leftJoin('persoon as beo', 'beo.id', 'a.beoordeeld_door')
    .selectAll('a')
    .select([
      'b.naam as bestuur_naam',
      'door.naam as door_naam',
      'po.naam as po_naam',
      'bek.naam as bek_naam',
      'beo.naam as beo_naam',
    ])
}

type AanmeldingRow = BeheerAanmeldingTable & {
  bestuur_naam: string
  door_naam: string
  po_naam: string | null
  bek_naam: string | null
  beo_naam: string | null
}

const toAanmelding = (r: AanmeldingRow): Aanmelding => ({
  id: r.id,
  bestuursnummer: r.bestuursnummer,
  bestuurNaam: r.bestuur_naam,
  ingediendDoor: { id: r.ingediend_door, naam: r.door_naam },
  ingediendOp: r.ingediend_op,
  beheerderPo: r.beheerder_po_persoon_id
    ? { id: r.beheerder_po_persoon_id, naam: r.po_naam ?? '' }
    : null,
  beheerderBekostiging: r.beheerder_bekostiging_persoon_id
    ? { id: r.beheerder_bekostiging_persoon_id, naam: r.bek_naam ?? '' }
    : null,
  toelichting: r.toelichting,
  bijlage: { naam: r.bijlage_naam, grootte: Number(r.bijlage_grootte), sha256: r.bijlage_sha256 },
  bijlageBestand: r.bijlage_bestand,
  status: r.status,
  beoordeeldDoor: r.beoordeeld_door ? { id: r.beoordeeld_door, naam: r.beo_naam ?? '' } : null,
  beoordeeldOp: r.beoordeeld_op,
  reden: r.reden,
})

export async function getAanmelding(db: Kysely<Database>, id: string): Promise<Aanmelding | null> {
  const row = await aanmeldingQuery(db).where('a.id', '=', id).executeTakeFirst()
  return row ? toAanmelding(row as AanmeldingRow) : null
}

/** Newest first; `bestuursnummer` narrows to one bestuur, `status` to one state. */
export async function listAanmeldingen(
  db: Kysely<Database>,
  filter: { bestuursnummer?: string; status?: AanmeldingStatus } = {},
): Promise<Aanmelding[]> {
  let q = aanmeldingQuery(db)
  if (filter.bestuursnummer) q = q.where('a.bestuursnummer', '=', filter.bestuursnummer)
  if (filter.status) q = q.where('a.status', '=', filter.status)
  const rows = await q.orderBy('a.ingediend_op', 'desc').orderBy('a.id').limit(500).execute()
  return rows.map((r) => toAanmelding(r as AanmeldingRow))
}

/** Decides an aanmelding still waiting; false when someone else decided it first. */
export async function decideAanmelding(
  db: Kysely<Database>,
  id: string,
  decision: { status: 'goedgekeurd' | 'afgewezen'; door: string; reden: string | null },
  now: Date,
): Promise<boolean> {
  const result = await beheerDb(db)
    .updateTable('beheer_aanmelding')
    .set({
      status: decision.status,
      beoordeeld_door: decision.door,
      beoordeeld_op: toIso(now),
      reden: decision.reden,
    })
    .where('id', '=', id)
    .where('status', '=', 'ingediend')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function dismissedNotices(
  db: Kysely<Database>,
  persoonId: string,
): Promise<Set<string>> {
  const rows = await beheerDb(db)
    .selectFrom('beheer_melding_gezien')
    .select('rol')
    .where('persoon_id', '=', persoonId)
    .execute()
  return new Set(rows.map((r) => r.rol))
}

export async function dismissNotice(
  db: Kysely<Database>,
  persoonId: string,
  rol: string,
  now: Date,
): Promise<void> {
  await beheerDb(db)
    .insertInto('beheer_melding_gezien')
    .values({ persoon_id: persoonId, rol, gezien_op: toIso(now) })
    .onConflict((oc) => oc.columns(['persoon_id', 'rol']).doNothing())
    .execute()
}

/** Names of people by id, for the audit log. */
export async function namesOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (!unique.length) return new Map()
  const rows = await db
    .selectFrom('persoon')
    .select(['id', 'naam'])
    .where('id', 'in', unique)
    .execute()
  return new Map(rows.map((r) => [r.id, r.naam]))
}
