/** Announcements (`mededeling`) and who dismissed which (`mededeling_verborgen`). */
import type { Kysely, Selectable } from 'kysely'
import { newId, toIso } from '@duo/server-kit'
import type { Database } from '@duo/server-kit/platform'

export const ERNSTEN = ['info', 'waarschuwing', 'storing'] as const
export const PLEKKEN = ['home', 'banner'] as const
export const DOELGROEPEN = ['iedereen', 'ingelogd', 'rol'] as const

type Ernst = (typeof ERNSTEN)[number]
type Plek = (typeof PLEKKEN)[number]
type Doelgroep = (typeof DOELGROEPEN)[number]

export interface MededelingInvoer {
  titelNl: string
  titelEn: string
  tekstNl: string
  tekstEn: string
  ernst: Ernst
  plek: Plek
  doelgroep: Doelgroep
  /** With doelgroep 'rol': the role whose holders see it. */
  rol: string | null
  /** First and last day shown (`YYYY-MM-DD`, inclusive); `tot` null: no end. */
  vanaf: string
  tot: string | null
}

export interface Mededeling extends MededelingInvoer {
  id: string
  gewijzigdOp: string
}

type Row = Selectable<Database['mededeling']>

const toMededeling = (r: Row): Mededeling => ({
  id: r.id,
  titelNl: r.titel_nl,
  titelEn: r.titel_en,
  tekstNl: r.tekst_nl,
  tekstEn: r.tekst_en,
  ernst: r.ernst as Ernst,
  plek: r.plek as Plek,
  doelgroep: r.doelgroep as Doelgroep,
  rol: r.rol,
  vanaf: r.vanaf,
  tot: r.tot,
  gewijzigdOp: r.gewijzigd_op,
})

const kolommen = (m: MededelingInvoer) => ({
  titel_nl: m.titelNl,
  titel_en: m.titelEn,
  tekst_nl: m.tekstNl,
  tekst_en: m.tekstEn,
  ernst: m.ernst,
  plek: m.plek,
  doelgroep: m.doelgroep,
  rol: m.doelgroep === 'rol' ? m.rol : null,
  vanaf: m.vanaf,
  tot: m.tot,
})

/** Every announcement, newest first (the redactie's list). */
export async function alle(db: Kysely<Database>): Promise<Mededeling[]> {
  const rows = await db
    .selectFrom('mededeling')
    .selectAll()
    .orderBy('vanaf', 'desc')
    .orderBy('id')
    .execute()
  return rows.map(toMededeling)
}

export async function get(db: Kysely<Database>, id: string): Promise<Mededeling | null> {
  const row = await db.selectFrom('mededeling').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toMededeling(row) : null
}

/**
 * What a viewer sees today: in its period, for its audience, and not dismissed by this person.
 * `persoonId` null: anonymous (only 'iedereen'); `rollen`: the viewer's active role ids.
 */
export async function zichtbaar(
  db: Kysely<Database>,
  viewer: { vandaag: string; persoonId: string | null; rollen: string[] },
): Promise<Mededeling[]> {
  let q = db
    .selectFrom('mededeling')
    .selectAll()
    .where('vanaf', '<=', viewer.vandaag)
    .where((eb) => eb.or([eb('tot', 'is', null), eb('tot', '>=', viewer.vandaag)]))
  if (viewer.persoonId) {
    const persoonId = viewer.persoonId
    q = q.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('mededeling_verborgen as v')
            .select('v.mededeling_id')
            .whereRef('v.mededeling_id', '=', 'mededeling.id')
            .where('v.persoon_id', '=', persoonId),
        ),
      ),
    )
  }
  const rows = await q.orderBy('vanaf', 'desc').orderBy('id').execute()
  return rows
    .map(toMededeling)
    .filter((m) =>
      m.doelgroep === 'iedereen'
        ? true
        : m.doelgroep === 'ingelogd'
          ? viewer.persoonId !== null
          : viewer.persoonId !== null && m.rol !== null && viewer.rollen.includes(m.rol),
    )
}

export async function voegToe(
  db: Kysely<Database>,
  m: MededelingInvoer,
  door: string | null,
  now: Date,
  id: string = newId(),
): Promise<Mededeling> {
  const at = toIso(now)
  await db
    .insertInto('mededeling')
    .values({ id, ...kolommen(m), gewijzigd_door: door, aangemaakt_op: at, gewijzigd_op: at })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
  return (await get(db, id))!
}

export async function wijzig(
  db: Kysely<Database>,
  id: string,
  m: MededelingInvoer,
  door: string,
  now: Date,
): Promise<Mededeling | null> {
  const r = await db
    .updateTable('mededeling')
    .set({ ...kolommen(m), gewijzigd_door: door, gewijzigd_op: toIso(now) })
    .where('id', '=', id)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) ? get(db, id) : null
}

export async function verwijder(db: Kysely<Database>, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('mededeling_verborgen').where('mededeling_id', '=', id).execute()
    const r = await trx.deleteFrom('mededeling').where('id', '=', id).executeTakeFirst()
    return Number(r.numDeletedRows) > 0
  })
}

/** Remembers that this person dismissed it (again: no change). */
export async function verberg(
  db: Kysely<Database>,
  id: string,
  persoonId: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('mededeling_verborgen')
    .values({ mededeling_id: id, persoon_id: persoonId, verborgen_op: toIso(now) })
    .onConflict((oc) => oc.columns(['mededeling_id', 'persoon_id']).doNothing())
    .execute()
}
