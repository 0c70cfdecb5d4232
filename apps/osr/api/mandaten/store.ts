/**
 * Mandaten: a school lets a supplier's system exchange data in one dienst, from a startdatum,
 * optionally until an einddatum (inclusive). A mandaat is ended by giving it an einddatum, or
 * revoked at once; nothing is ever deleted, and every change is a gebeurtenis in its history.
 */
import { sql, type ExpressionBuilder, type Selectable } from 'kysely'
import {
  leesCursor,
  lijstInfo,
  newId,
  pagineer,
  telBegrensd,
  toIso,
  type Sleutel,
} from '@duo/server-kit'
import type { Dienst } from '../shared/diensten'
import type { GebeurtenisSoort, MandaatStatus, OsrDb, OsrTables } from '../tables'

type MandaatRow = Selectable<OsrTables['osr_mandaat']>

export interface Mandaat {
  id: string
  bestuursnummer: string
  instellingscode: string
  dienst: Dienst
  systeem: { id: string; naam: string; leverancier: string }
  startdatum: string
  einddatum: string | null
  ingetrokkenOp: string | null
  gegevenOp: string
  gegevenDoor: string
  gekopieerdVan: string | null
  /** The state on the day asked for (today unless said otherwise). */
  status: MandaatStatus
}

export interface Gebeurtenis {
  soort: GebeurtenisSoort
  op: string
  door: string
  einddatum: string | null
  vanMandaat: string | null
}

/** The state of a mandaat on a day; a revoked one gives no right on any day any more. */
export function statusOp(
  m: { startdatum: string; einddatum: string | null; ingetrokken_op?: string | null },
  dag: string,
): MandaatStatus {
  if (m.ingetrokken_op) return 'ingetrokken'
  if (m.startdatum > dag) return 'toekomstig'
  if (m.einddatum !== null && m.einddatum < dag) return 'beeindigd'
  return 'actief'
}

function mandatenQuery(db: OsrDb) {
  return db
    .selectFrom('osr_mandaat as m')
    .innerJoin('osr_systeem as s', 's.id', 'm.systeem_id')
    .innerJoin('osr_leverancier as l', 'l.id', 's.leverancier_id')
    .selectAll('m')
    .select(['s.naam as systeem_naam', 'l.naam as leverancier_naam'])
}

type Rij = MandaatRow & { systeem_naam: string; leverancier_naam: string }

const toMandaat = (r: Rij, dag: string): Mandaat => ({
  id: r.id,
  bestuursnummer: r.bestuursnummer,
  instellingscode: r.instellingscode,
  dienst: r.dienst as Dienst,
  systeem: { id: r.systeem_id, naam: r.systeem_naam, leverancier: r.leverancier_naam },
  startdatum: r.startdatum,
  einddatum: r.einddatum,
  ingetrokkenOp: r.ingetrokken_op,
  gegevenOp: r.gegeven_op,
  gegevenDoor: r.gegeven_door_naam,
  gekopieerdVan: r.gekopieerd_van,
  status: statusOp(r, dag),
})

export interface MandaatFilter {
  instellingscode?: string | undefined
  dienst?: Dienst | undefined
  status?: MandaatStatus | undefined
  pagina?: number | undefined
  aantal?: number | undefined
  na?: string | undefined
  voor?: string | undefined
}

/** The overview's order: per school and dienst, newest start first. */
const VOLGORDE: readonly Sleutel[] = [
  { kolom: 'm.instellingscode', richting: 'asc' },
  { kolom: 'm.dienst', richting: 'asc' },
  { kolom: 'm.startdatum', richting: 'desc' },
  { kolom: 'm.id', richting: 'asc' },
]

/**
 * The end of a mandaat's period, an open one as the last day: `startdatum <= dag <= TOT` is
 * actief, `TOT < dag` beeindigd. Written exactly as the index `osr_mandaat_tot_idx` has it (a
 * literal, not a parameter), so that both databases answer it from that index.
 */
const TOT = sql<string>`coalesce(${sql.ref('m.einddatum')}, '9999-12-31')`
/**
 * `startdatum` where it is not the range to read: an expression (`|| ''`, the same value) that
 * no index has, so that neither database reads the start's index (`osr_mandaat_start_idx`,
 * toekomstig's) for a status whose rows are most of the bestuur's.
 */
const START = sql<string>`(${sql.ref('m.startdatum')} || '')`

/**
 * A status (`statusOp`) as conditions on columns, for a list's filter; each is answered by one
 * index range (migration 0002). A page (`voorTelling` false) reads the overview's index in its
 * order, its status conditions checked on that index's entries; ingetrokken its own partial
 * index in that order; toekomstig (few: they have not started yet) the start's index. A count
 * reads a range of the index on the status's own date: actief and beeindigd the period's end
 * (`TOT`), toekomstig the start, ingetrokken its partial index.
 */
function statusFilter(
  eb: ExpressionBuilder<OsrTables & { m: OsrTables['osr_mandaat'] }, 'm'>,
  status: MandaatStatus | undefined,
  dag: string,
  voorTelling = false,
) {
  const lopend = eb('m.ingetrokken_op', 'is', null)
  switch (status) {
    case undefined:
      return []
    case 'ingetrokken':
      return [eb('m.ingetrokken_op', 'is not', null)]
    case 'toekomstig':
      return [lopend, eb('m.startdatum', '>', dag)]
    case 'beeindigd':
      return voorTelling
        ? [lopend, eb(TOT, '<', dag), eb(START, '<=', dag)]
        : [lopend, eb('m.einddatum', '<', dag), eb(START, '<=', dag)]
    case 'actief':
      return voorTelling
        ? [lopend, eb(TOT, '>=', dag), eb(START, '<=', dag)]
        : [
            lopend,
            eb(START, '<=', dag),
            eb.or([eb('m.einddatum', 'is', null), eb('m.einddatum', '>=', dag)]),
          ]
  }
}

/**
 * One page of the bestuur's mandaten (by school, dienst, newest start first): a keyset page
 * (`na` / `voor`; `pagina` still works), with the total counted up to 1,000.
 */
export async function listMandaten(
  db: OsrDb,
  bestuursnummer: string,
  filter: MandaatFilter,
  dag: string,
) {
  type Eb = ExpressionBuilder<OsrTables & { m: OsrTables['osr_mandaat'] }, 'm'>
  /**
   * The filters; `voorTelling`: as the count asks them (any order), else as the page does (in
   * the overview's order). Each status is a condition on columns that one index answers
   * (migration 0002): the page of a status reads the overview's index in its order, its count
   * a range of the index on the status's own date.
   */
  const filters = (eb: Eb, voorTelling = false) => {
    const en = [eb('m.bestuursnummer', '=', bestuursnummer)]
    if (filter.instellingscode) en.push(eb('m.instellingscode', '=', filter.instellingscode))
    if (filter.dienst) en.push(eb('m.dienst', '=', filter.dienst))
    en.push(...statusFilter(eb, filter.status, dag, voorTelling))
    // The order mixes directions: a cursor's condition is an OR; its first column's range lets
    // the index start at the cursor instead of the bestuur's first row.
    const cursor = filter.na ?? filter.voor
    if (cursor && !voorTelling) {
      const [school] = leesCursor(cursor, VOLGORDE, filter.na ? 'na' : 'voor')
      en.push(eb('m.instellingscode', filter.na ? '>=' : '<=', String(school)))
    }
    return eb.and(en)
  }
  const [pagina, telling] = await Promise.all([
    pagineer(
      mandatenQuery(db).where((eb) => filters(eb)),
      VOLGORDE,
      filter,
      { standaard: 50 },
    ),
    telBegrensd(
      db,
      db.selectFrom('osr_mandaat as m').where((eb) => filters(eb, true)),
    ),
  ])
  return {
    mandaten: pagina.rijen.map((r) => toMandaat(r, dag)),
    ...lijstInfo(pagina, telling),
  }
}

/** Every mandaat of the bestuur that counts today or later (not revoked, not ended). */
export async function lopendeMandaten(db: OsrDb, bestuursnummer: string, dag: string) {
  const rows = await mandatenQuery(db)
    .where('m.bestuursnummer', '=', bestuursnummer)
    .where('m.ingetrokken_op', 'is', null)
    .where((eb) => eb.or([eb('m.einddatum', 'is', null), eb('m.einddatum', '>=', dag)]))
    .orderBy('m.startdatum')
    .execute()
  return rows.map((r) => toMandaat(r, dag))
}

export async function getMandaat(db: OsrDb, id: string, dag: string): Promise<Mandaat | null> {
  const r = await mandatenQuery(db).where('m.id', '=', id).executeTakeFirst()
  return r ? toMandaat(r, dag) : null
}

export async function gebeurtenissen(db: OsrDb, mandaatId: string): Promise<Gebeurtenis[]> {
  const rows = await db
    .selectFrom('osr_mandaat_gebeurtenis')
    .selectAll()
    .where('mandaat_id', '=', mandaatId)
    .orderBy('op')
    .orderBy('id')
    .execute()
  return rows.map((r) => ({
    soort: r.soort as GebeurtenisSoort,
    op: r.op,
    door: r.door_naam,
    einddatum: r.einddatum,
    vanMandaat: r.van_mandaat_id,
  }))
}

/**
 * The mandaten of the school in the dienst whose period overlaps the given one (revoked ones
 * give no right and never overlap). Call inside the transaction that holds the school's lock.
 */
export async function overlappend(
  db: OsrDb,
  periode: {
    instellingscode: string
    dienst: Dienst
    startdatum: string
    einddatum: string | null
    behalve?: string
  },
  dag: string,
): Promise<Mandaat[]> {
  let q = mandatenQuery(db)
    .where('m.instellingscode', '=', periode.instellingscode)
    .where('m.dienst', '=', periode.dienst)
    .where('m.ingetrokken_op', 'is', null)
    .where((eb) =>
      eb.or([eb('m.einddatum', 'is', null), eb('m.einddatum', '>=', periode.startdatum)]),
    )
  if (periode.einddatum) q = q.where('m.startdatum', '<=', periode.einddatum)
  if (periode.behalve) q = q.where('m.id', '!=', periode.behalve)
  return (await q.execute()).map((r) => toMandaat(r, dag))
}

export interface Door {
  persoonId: string | null
  naam: string
}

async function gebeurtenis(
  trx: OsrDb,
  mandaatId: string,
  soort: GebeurtenisSoort,
  door: Door,
  at: string,
  extra: { einddatum?: string | null; vanMandaat?: string | null } = {},
) {
  await trx
    .insertInto('osr_mandaat_gebeurtenis')
    .values({
      id: newId(),
      mandaat_id: mandaatId,
      soort,
      op: at,
      door_persoon_id: door.persoonId,
      door_naam: door.naam,
      einddatum: extra.einddatum ?? null,
      van_mandaat_id: extra.vanMandaat ?? null,
    })
    .execute()
}

/** A new mandaat (a copy names its source), with its first gebeurtenis. Returns its id. */
export async function geef(
  trx: OsrDb,
  input: {
    bestuursnummer: string
    instellingscode: string
    dienst: Dienst
    systeemId: string
    startdatum: string
    einddatum: string | null
    gekopieerdVan?: string | null
    id?: string
    ingetrokkenOp?: string | null
  },
  door: Door,
  now: Date,
): Promise<string> {
  const id = input.id ?? newId()
  const at = toIso(now)
  await trx
    .insertInto('osr_mandaat')
    .values({
      id,
      bestuursnummer: input.bestuursnummer,
      instellingscode: input.instellingscode,
      dienst: input.dienst,
      systeem_id: input.systeemId,
      startdatum: input.startdatum,
      einddatum: input.einddatum,
      ingetrokken_op: input.ingetrokkenOp ?? null,
      gegeven_op: at,
      gegeven_door_persoon_id: door.persoonId,
      gegeven_door_naam: door.naam,
      gekopieerd_van: input.gekopieerdVan ?? null,
    })
    .execute()
  await gebeurtenis(trx, id, input.gekopieerdVan ? 'gekopieerd' : 'gegeven', door, at, {
    einddatum: input.einddatum,
    vanMandaat: input.gekopieerdVan ?? null,
  })
  return id
}

/** Sets the einddatum (inclusive); false when the mandaat was revoked in the meantime. */
export async function zetEinddatum(
  trx: OsrDb,
  mandaatId: string,
  einddatum: string,
  door: Door,
  now: Date,
): Promise<boolean> {
  const r = await trx
    .updateTable('osr_mandaat')
    .set({ einddatum })
    .where('id', '=', mandaatId)
    .where('ingetrokken_op', 'is', null)
    .executeTakeFirst()
  if (Number(r.numUpdatedRows) !== 1) return false
  await gebeurtenis(trx, mandaatId, 'einddatum-gewijzigd', door, toIso(now), { einddatum })
  return true
}

/** Revokes at once; false when it was revoked already. */
export async function trekIn(trx: OsrDb, mandaatId: string, door: Door, now: Date) {
  const at = toIso(now)
  const r = await trx
    .updateTable('osr_mandaat')
    .set({ ingetrokken_op: at })
    .where('id', '=', mandaatId)
    .where('ingetrokken_op', 'is', null)
    .executeTakeFirst()
  if (Number(r.numUpdatedRows) !== 1) return false
  await gebeurtenis(trx, mandaatId, 'ingetrokken', door, at)
  return true
}
