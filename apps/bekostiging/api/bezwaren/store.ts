/**
 * Bezwaren of a bestuur, against an overzicht vaststelling tellingen or a beschikking: filing one
 * with its bijlagen, DUO taking it in behandeling and deciding. The routes decide with
 * `@duo/authz` on the bezwaar's own bestuur.
 */
import type { Selectable } from 'kysely'
import { newId, toIso } from '@duo/server-kit'
import type { BekostigingDb, BekostigingTables, BezwaarBeslissing, BezwaarStatus } from '../tables'

type BezwaarRow = Selectable<BekostigingTables['bekostiging_bezwaar']>

export interface Bezwaar {
  id: string
  referentie: string
  bestuursnummer: string
  onderwerp: 'vaststelling' | 'beschikking'
  vaststellingId: string | null
  aanvraagId: string | null
  instellingscode: string | null
  gronden: string
  status: BezwaarStatus
  ingediendOp: string
  ontvangenDag: string
  uitersteBeslisdatum: string
  ingediendDoor: string
  intermediairKvk: string | null
  behandelaarNaam: string | null
  motivering: string | null
  documentId: string | null
  afgerondOp: string | null
  updatedAt: string
}

export const toBezwaar = (r: BezwaarRow): Bezwaar => ({
  id: r.id,
  referentie: r.referentie,
  bestuursnummer: r.bestuursnummer,
  onderwerp: r.onderwerp === 'beschikking' ? 'beschikking' : 'vaststelling',
  vaststellingId: r.vaststelling_id,
  aanvraagId: r.aanvraag_id,
  instellingscode: r.instellingscode,
  gronden: r.gronden,
  status: r.status as BezwaarStatus,
  ingediendOp: r.ingediend_op,
  ontvangenDag: r.ontvangen_dag,
  uitersteBeslisdatum: r.uiterste_beslisdatum,
  ingediendDoor: r.ingediend_door,
  intermediairKvk: r.intermediair_kvk,
  behandelaarNaam: r.behandelaar_naam,
  motivering: r.motivering,
  documentId: r.document_id,
  afgerondOp: r.afgerond_op,
  updatedAt: r.updated_at,
})

export async function haalBezwaar(db: BekostigingDb, id: string): Promise<Bezwaar | null> {
  const r = await db
    .selectFrom('bekostiging_bezwaar')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  return r ? toBezwaar(r) : null
}

export interface NieuwBezwaar {
  referentie: string
  bestuursnummer: string
  onderwerp: 'vaststelling' | 'beschikking'
  vaststellingId?: string | null
  aanvraagId?: string | null
  instellingscode: string | null
  gronden: string
  ontvangenDag: string
  uitersteBeslisdatum: string
  door: { persoonId: string; naam: string }
  intermediairKvk: string | null
  bijlagen: Array<{
    bestandsnaam: string
    contentType: string
    grootte: number
    opslagNaam: string
  }>
}

export async function maakBezwaar(
  trx: BekostigingDb,
  b: NieuwBezwaar,
  now: Date,
): Promise<Bezwaar> {
  const row = {
    id: newId(),
    referentie: b.referentie,
    bestuursnummer: b.bestuursnummer,
    onderwerp: b.onderwerp,
    vaststelling_id: b.vaststellingId ?? null,
    aanvraag_id: b.aanvraagId ?? null,
    instellingscode: b.instellingscode,
    gronden: b.gronden,
    status: 'ingediend',
    ingediend_op: toIso(now),
    ontvangen_dag: b.ontvangenDag,
    uiterste_beslisdatum: b.uitersteBeslisdatum,
    ingediend_door_persoon_id: b.door.persoonId,
    ingediend_door: b.door.naam,
    intermediair_kvk: b.intermediairKvk,
    behandelaar_persoon_id: null,
    behandelaar_naam: null,
    motivering: null,
    document_id: null,
    afgerond_op: null,
    updated_at: toIso(now),
  }
  await trx.insertInto('bekostiging_bezwaar').values(row).execute()
  if (b.bijlagen.length)
    await trx
      .insertInto('bekostiging_bijlage')
      .values(
        b.bijlagen.map((f) => ({
          id: newId(),
          bezwaar_id: row.id,
          bestandsnaam: f.bestandsnaam,
          content_type: f.contentType,
          grootte: f.grootte,
          opslag_naam: f.opslagNaam,
          created_at: toIso(now),
        })),
      )
      .execute()
  return toBezwaar(row)
}

export interface BijlageInfo {
  id: string
  bestandsnaam: string
  contentType: string
  grootte: number
}

export async function bijlagenVan(db: BekostigingDb, bezwaarId: string): Promise<BijlageInfo[]> {
  const rows = await db
    .selectFrom('bekostiging_bijlage')
    .select(['id', 'bestandsnaam', 'content_type', 'grootte'])
    .where('bezwaar_id', '=', bezwaarId)
    .orderBy('bestandsnaam')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    bestandsnaam: r.bestandsnaam,
    contentType: r.content_type,
    grootte: Number(r.grootte),
  }))
}

export async function haalBijlage(db: BekostigingDb, bezwaarId: string, id: string) {
  return db
    .selectFrom('bekostiging_bijlage')
    .selectAll()
    .where('bezwaar_id', '=', bezwaarId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** The bezwaren against these vaststellingen or this aanvraag's beschikking. */
export async function bezwarenTegen(
  db: BekostigingDb,
  doel: { vaststellingIds?: string[]; aanvraagId?: string },
): Promise<Bezwaar[]> {
  let q = db.selectFrom('bekostiging_bezwaar').selectAll()
  if (doel.aanvraagId) q = q.where('aanvraag_id', '=', doel.aanvraagId)
  else if (doel.vaststellingIds?.length) q = q.where('vaststelling_id', 'in', doel.vaststellingIds)
  else return []
  return (await q.orderBy('ingediend_op').execute()).map(toBezwaar)
}

export async function neemInBehandeling(
  trx: BekostigingDb,
  id: string,
  behandelaar: { persoonId: string; naam: string },
  now: Date,
): Promise<Bezwaar | null> {
  const r = await trx
    .updateTable('bekostiging_bezwaar')
    .set({
      status: 'in-behandeling',
      behandelaar_persoon_id: behandelaar.persoonId,
      behandelaar_naam: behandelaar.naam,
      updated_at: toIso(now),
    })
    .where('id', '=', id)
    .where('status', '=', 'ingediend')
    .returningAll()
    .executeTakeFirst()
  return r ? toBezwaar(r) : null
}

export async function beslis(
  trx: BekostigingDb,
  id: string,
  b: {
    beslissing: BezwaarBeslissing
    motivering: string
    documentId: string
    behandelaar: { persoonId: string; naam: string }
  },
  now: Date,
): Promise<Bezwaar | null> {
  const r = await trx
    .updateTable('bekostiging_bezwaar')
    .set({
      status: b.beslissing,
      motivering: b.motivering,
      document_id: b.documentId,
      behandelaar_persoon_id: b.behandelaar.persoonId,
      behandelaar_naam: b.behandelaar.naam,
      afgerond_op: toIso(now),
      updated_at: toIso(now),
    })
    .where('id', '=', id)
    .where('status', 'in', ['ingediend', 'in-behandeling'])
    .returningAll()
    .executeTakeFirst()
  return r ? toBezwaar(r) : null
}
