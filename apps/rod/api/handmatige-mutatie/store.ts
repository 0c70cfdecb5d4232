/**
 * Verzoeken handmatige mutatie: made by a school, handled by DUO. Accepting one changes the
 * register row and writes its history in the same transaction; refusing one keeps the reason.
 */
import { sql, type Selectable } from 'kysely'
import {
  conflict,
  inTransaction,
  lijstInfo,
  newId,
  pagineer,
  telBegrensd,
  toIso,
  type Label,
} from '@duo/server-kit'
import type { RodDb, RodTables } from '../tables'
import { beginVan, eindVan } from '../shared/schooljaar'
import { ONDERDEEL_LABEL, toonWaarde, type Onderdeel, type RegisterObject } from './onderdelen'
import { referentieVoor } from './referentie'

export type VerzoekRow = Selectable<RodTables['rod_mutatieverzoek']>
export const STATUSSEN = ['ingediend', 'geaccepteerd', 'afgewezen'] as const
export type VerzoekStatus = (typeof STATUSSEN)[number]

export const verzoekVan = (r: VerzoekRow) => ({
  id: r.id,
  referentie: r.referentie,
  leerlingId: r.leerling_id,
  bestuursnummer: r.bestuursnummer,
  instellingscode: r.instellingscode,
  onderdeel: r.onderdeel as Onderdeel,
  onderdeelLabel: ONDERDEEL_LABEL[r.onderdeel as Onderdeel] as Label,
  objectId: r.object_id,
  huidigeWaarde: r.huidige_waarde,
  huidigeWaardeLabel: toonWaarde(r.onderdeel, r.huidige_waarde),
  voorgesteldeWaarde: r.voorgestelde_waarde,
  voorgesteldeWaardeLabel: toonWaarde(r.onderdeel, r.voorgestelde_waarde),
  reden: r.reden,
  bijlage: r.bijlage_opslag
    ? {
        naam: r.bijlage_naam ?? 'bijlage',
        type: r.bijlage_type ?? '',
        grootte: Number(r.bijlage_grootte),
      }
    : null,
  status: r.status as VerzoekStatus,
  afwijsreden: r.afwijsreden,
  ingediendDoor: r.ingediend_door_naam,
  ingediendOp: r.ingediend_op,
  behandeldDoor: r.behandeld_door_naam,
  behandeldOp: r.behandeld_op,
})

export interface VerzoekFilter {
  leerlingId?: string
  /** The bestuur whose verzoeken these are (a school's own page); unset: every bestuur. */
  bestuursnummer?: string
  /** The schools to list (a school's own page); unset: every bestuur (DUO's queue). */
  instellingscodes?: string[]
  status?: VerzoekStatus | undefined
  pagina?: number | undefined
  aantal?: number | undefined
  /** The page after / before the verzoek of this cursor (`volgende` / `vorige` of a page). */
  na?: string | undefined
  voor?: string | undefined
}

function gefilterd(db: RodDb, f: VerzoekFilter) {
  let q = db.selectFrom('rod_mutatieverzoek')
  if (f.leerlingId) q = q.where('leerling_id', '=', f.leerlingId)
  if (f.bestuursnummer) q = q.where('bestuursnummer', '=', f.bestuursnummer)
  if (f.instellingscodes) {
    const codes = f.instellingscodes.length ? f.instellingscodes : ['']
    // One school: its own index range in the list's order. Several (of one bestuur): the
    // bestuur's range, each row checked for its school (an index per school would need every
    // row of all of them sorted first).
    q =
      codes.length === 1 || !f.bestuursnummer
        ? q.where('instellingscode', 'in', codes)
        : q.where(sql<string>`instellingscode || ''`, 'in', codes)
  }
  if (f.status) q = q.where('status', '=', f.status)
  return q
}

/** The verzoeken of a pupil (its dossier: a few), newest first. */
export async function verzoekenVan(db: RodDb, f: VerzoekFilter) {
  const pagina = await pagineer(gefilterd(db, f).selectAll(), nieuwsteEerst, f)
  return pagina.rijen.map(verzoekVan)
}

const nieuwsteEerst = [
  { kolom: 'ingediend_op', richting: 'desc' },
  { kolom: 'id', richting: 'desc' },
] as const
const oudsteEerstVolgorde = [
  { kolom: 'ingediend_op', richting: 'asc' },
  { kolom: 'id', richting: 'asc' },
] as const

/**
 * One page of verzoeken, newest first (DUO's queue of waiting ones: oldest first, as it is
 * worked through in order): a keyset page on (ingediend_op, id) and a count that stops at
 * 1,000, so a list of 100,000 answers as fast as one of a hundred.
 */
export async function lijstVerzoeken(db: RodDb, f: VerzoekFilter, oudsteEerst = false) {
  const q = gefilterd(db, f)
  const [pagina, telling] = await Promise.all([
    pagineer(q.selectAll(), oudsteEerst ? oudsteEerstVolgorde : nieuwsteEerst, f),
    telBegrensd(db, q),
  ])
  return { verzoeken: pagina.rijen.map(verzoekVan), ...lijstInfo(pagina, telling) }
}

export async function getVerzoek(db: RodDb, id: string): Promise<VerzoekRow | null> {
  return (
    (await db
      .selectFrom('rod_mutatieverzoek')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()) ?? null
  )
}

/** Whether a verzoek for this row and part still waits for DUO. */
export async function openVerzoekVoor(
  db: RodDb,
  objectId: string,
  onderdeel: string,
): Promise<boolean> {
  const r = await db
    .selectFrom('rod_mutatieverzoek')
    .select('id')
    .where('object_id', '=', objectId)
    .where('onderdeel', '=', onderdeel)
    .where('status', '=', 'ingediend')
    .executeTakeFirst()
  return !!r
}

export async function maakVerzoek(
  db: RodDb,
  input: {
    object: RegisterObject
    waarde: string
    reden: string
    bijlage: { naam: string; type: string; grootte: number; opslag: string } | null
    door: { persoonId: string; naam: string }
  },
  now: Date,
): Promise<VerzoekRow> {
  const id = newId()
  const row: VerzoekRow = {
    id,
    referentie: referentieVoor(id, now),
    leerling_id: input.object.leerlingId,
    bestuursnummer: input.object.bestuursnummer,
    instellingscode: input.object.instellingscode,
    onderdeel: input.object.onderdeel,
    object_id: input.object.id,
    huidige_waarde: input.object.waarde,
    voorgestelde_waarde: input.waarde,
    reden: input.reden,
    bijlage_naam: input.bijlage?.naam ?? null,
    bijlage_type: input.bijlage?.type ?? null,
    bijlage_grootte: input.bijlage?.grootte ?? null,
    bijlage_opslag: input.bijlage?.opslag ?? null,
    status: 'ingediend',
    afwijsreden: null,
    ingediend_door_persoon_id: input.door.persoonId,
    ingediend_door_naam: input.door.naam,
    ingediend_op: toIso(now),
    behandeld_door_naam: null,
    behandeld_op: null,
  }
  await db.insertInto('rod_mutatieverzoek').values(row).execute()
  return row
}

const nogOpen = () =>
  conflict('al-behandeld', 'Dit verzoek is al behandeld.', 'This request has already been handled.')

/** Marks the verzoek handled, only while it still waits (two people cannot both handle it). */
async function markeer(db: RodDb, id: string, set: Partial<VerzoekRow>) {
  const r = await db
    .updateTable('rod_mutatieverzoek')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', 'ingediend')
    .executeTakeFirst()
  if (Number(r.numUpdatedRows) !== 1) throw nogOpen()
}

/**
 * Accepts: the register row takes the proposed value (leerjaren follow a changed inschrijving),
 * with a line of history; `extra` runs in the same transaction (the audit entry).
 */
export async function accepteer(
  db: RodDb,
  verzoek: VerzoekRow,
  door: string,
  now: Date,
  extra: (trx: RodDb) => Promise<void>,
): Promise<void> {
  const at = toIso(now)
  const waarde = verzoek.voorgestelde_waarde
  await inTransaction(db, async (trx) => {
    await markeer(trx, verzoek.id, {
      status: 'geaccepteerd',
      behandeld_door_naam: door,
      behandeld_op: at,
    })
    switch (verzoek.onderdeel as Onderdeel) {
      case 'inschrijfdatum':
      case 'uitschrijfdatum': {
        const kolom = verzoek.onderdeel === 'inschrijfdatum' ? 'inschrijfdatum' : 'uitschrijfdatum'
        await trx
          .updateTable('rod_inschrijving')
          .set({ [kolom]: waarde })
          .where('id', '=', verzoek.object_id)
          .execute()
        await volgInschrijving(trx, verzoek.object_id)
        break
      }
      case 'leerjaar':
        await trx
          .updateTable('rod_leerjaar')
          .set({ leerjaar: Number(waarde) })
          .where('id', '=', verzoek.object_id)
          .execute()
        break
      case 'schooladvies':
        await trx
          .updateTable('rod_schooladvies')
          .set({ waarde })
          .where('id', '=', verzoek.object_id)
          .execute()
        break
    }
    await trx
      .insertInto('rod_historie')
      .values({
        id: newId(),
        leerling_id: verzoek.leerling_id,
        instellingscode: verzoek.instellingscode,
        onderdeel: verzoek.onderdeel,
        object_id: verzoek.object_id,
        oude_waarde: verzoek.huidige_waarde,
        nieuwe_waarde: waarde,
        verzoek_id: verzoek.id,
        gewijzigd_op: at,
        gewijzigd_door: door,
      })
      .execute()
    await extra(trx)
  })
}

/** Keeps the enrolled days of an inschrijving's leerjaren in step with its dates. */
async function volgInschrijving(trx: RodDb, inschrijvingId: string) {
  const i = await trx
    .selectFrom('rod_inschrijving')
    .selectAll()
    .where('id', '=', inschrijvingId)
    .executeTakeFirstOrThrow()
  const leerjaren = await trx
    .selectFrom('rod_leerjaar')
    .select(['id', 'schooljaar'])
    .where('inschrijving_id', '=', i.id)
    .execute()
  for (const l of leerjaren) {
    const begin =
      i.inschrijfdatum > beginVan(l.schooljaar) ? i.inschrijfdatum : beginVan(l.schooljaar)
    const eindSj = eindVan(l.schooljaar)
    const eind = i.uitschrijfdatum && i.uitschrijfdatum < eindSj ? i.uitschrijfdatum : eindSj
    await trx
      .updateTable('rod_leerjaar')
      .set({ begindatum: begin, einddatum: eind })
      .where('id', '=', l.id)
      .execute()
  }
}

export async function wijsAf(
  db: RodDb,
  verzoek: VerzoekRow,
  reden: string,
  door: string,
  now: Date,
  extra: (trx: RodDb) => Promise<void>,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await markeer(trx, verzoek.id, {
      status: 'afgewezen',
      afwijsreden: reden,
      behandeld_door_naam: door,
      behandeld_op: toIso(now),
    })
    await extra(trx)
  })
}
