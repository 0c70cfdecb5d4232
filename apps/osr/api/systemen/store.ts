/**
 * Suppliers (leveranciers) and their systems: registered by the supplier's machine client,
 * approved by Kennisnet after the qualification test, chosen by besturen per school. Every
 * endpoint a system had is kept.
 */
import { newId, toIso } from '@duo/server-kit'
import { DIENSTEN, type Dienst } from '../shared/diensten'
import type { OsrDb, SysteemStatus } from '../tables'

export interface Leverancier {
  id: string
  naam: string
  kvk: string
  clientId: string
}

export interface Systeem {
  id: string
  naam: string
  leverancier: { id: string; naam: string }
  endpoint: string
  status: SysteemStatus
  diensten: Dienst[]
  aangemeldOp: string
  kwalificatieOp: string | null
  beoordeeldDoor: string | null
  beoordeeldOp: string | null
  redenAfwijzing: string | null
}

export interface EndpointWijziging {
  endpoint: string
  vanaf: string
  gewijzigdDoor: string
}

export async function leverancierVanClient(
  db: OsrDb,
  clientId: string,
): Promise<Leverancier | null> {
  const r = await db
    .selectFrom('osr_leverancier')
    .selectAll()
    .where('client_id', '=', clientId)
    .executeTakeFirst()
  return r ? { id: r.id, naam: r.naam, kvk: r.kvk, clientId: r.client_id } : null
}

function systemenQuery(db: OsrDb) {
  return db
    .selectFrom('osr_systeem as s')
    .innerJoin('osr_leverancier as l', 'l.id', 's.leverancier_id')
    .selectAll('s')
    .select(['l.naam as leverancier_naam'])
}

async function metDiensten(
  db: OsrDb,
  rows: Awaited<ReturnType<ReturnType<typeof systemenQuery>['execute']>>,
): Promise<Systeem[]> {
  if (!rows.length) return []
  const diensten = await db
    .selectFrom('osr_systeem_dienst')
    .selectAll()
    .where(
      'systeem_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute()
  // Keep the diensten in the register's own order.
  const volgorde = (d: string) => DIENSTEN.indexOf(d as Dienst)
  return rows.map((r) => ({
    id: r.id,
    naam: r.naam,
    leverancier: { id: r.leverancier_id, naam: r.leverancier_naam },
    endpoint: r.endpoint,
    status: r.status as SysteemStatus,
    diensten: diensten
      .filter((d) => d.systeem_id === r.id)
      .map((d) => d.dienst as Dienst)
      .sort((a, b) => volgorde(a) - volgorde(b)),
    aangemeldOp: r.aangemeld_op,
    kwalificatieOp: r.kwalificatie_op,
    beoordeeldDoor: r.beoordeeld_door_naam,
    beoordeeldOp: r.beoordeeld_op,
    redenAfwijzing: r.reden_afwijzing,
  }))
}

/** Systems, optionally of one status or supplier, by supplier and name. */
export async function listSystemen(
  db: OsrDb,
  filter: { status?: SysteemStatus; leverancierId?: string } = {},
): Promise<Systeem[]> {
  let q = systemenQuery(db)
  if (filter.status) q = q.where('s.status', '=', filter.status)
  if (filter.leverancierId) q = q.where('s.leverancier_id', '=', filter.leverancierId)
  return metDiensten(db, await q.orderBy('l.naam').orderBy('s.naam').orderBy('s.id').execute())
}

export async function getSysteem(db: OsrDb, id: string): Promise<Systeem | null> {
  const rows = await systemenQuery(db).where('s.id', '=', id).execute()
  return (await metDiensten(db, rows))[0] ?? null
}

export async function endpointHistorie(db: OsrDb, systeemId: string): Promise<EndpointWijziging[]> {
  const rows = await db
    .selectFrom('osr_systeem_endpoint')
    .selectAll()
    .where('systeem_id', '=', systeemId)
    .orderBy('vanaf')
    .orderBy('id')
    .execute()
  return rows.map((r) => ({
    endpoint: r.endpoint,
    vanaf: r.vanaf,
    gewijzigdDoor: r.gewijzigd_door,
  }))
}

/** A new system of a supplier, waiting for the qualification test. */
export async function meldAan(
  trx: OsrDb,
  input: {
    leverancier: Leverancier
    naam: string
    endpoint: string
    diensten: Dienst[]
    id?: string
    status?: SysteemStatus
    kwalificatieOp?: string | null
  },
  now: Date,
): Promise<string> {
  const id = input.id ?? newId()
  const at = toIso(now)
  await trx
    .insertInto('osr_systeem')
    .values({
      id,
      leverancier_id: input.leverancier.id,
      naam: input.naam,
      endpoint: input.endpoint,
      status: input.status ?? 'aangemeld',
      aangemeld_op: at,
      kwalificatie_op: input.kwalificatieOp ?? null,
      beoordeeld_door_naam: input.status === 'goedgekeurd' ? 'Kennisnet' : null,
      beoordeeld_op: input.status === 'goedgekeurd' ? at : null,
      reden_afwijzing: null,
    })
    .execute()
  await trx
    .insertInto('osr_systeem_dienst')
    .values([...new Set(input.diensten)].map((dienst) => ({ systeem_id: id, dienst })))
    .execute()
  await trx
    .insertInto('osr_systeem_endpoint')
    .values({
      id: newId(),
      systeem_id: id,
      endpoint: input.endpoint,
      vanaf: at,
      gewijzigd_door: input.leverancier.clientId,
    })
    .execute()
  return id
}

/** Changes the endpoint and records the change beside the previous ones. */
export async function wijzigEndpoint(
  trx: OsrDb,
  systeem: Systeem,
  endpoint: string,
  door: string,
  now: Date,
): Promise<void> {
  const at = toIso(now)
  await trx.updateTable('osr_systeem').set({ endpoint }).where('id', '=', systeem.id).execute()
  await trx
    .insertInto('osr_systeem_endpoint')
    .values({ id: newId(), systeem_id: systeem.id, endpoint, vanaf: at, gewijzigd_door: door })
    .execute()
}

/** Kennisnet's decision on an aangemeld system; false when it was decided already. */
export async function beoordeel(
  db: OsrDb,
  systeem: Systeem,
  besluit:
    | { status: 'goedgekeurd'; kwalificatieOp: string; door: string }
    | { status: 'afgewezen'; reden: string; door: string },
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('osr_systeem')
    .set({
      status: besluit.status,
      kwalificatie_op: besluit.status === 'goedgekeurd' ? besluit.kwalificatieOp : null,
      reden_afwijzing: besluit.status === 'afgewezen' ? besluit.reden : null,
      beoordeeld_door_naam: besluit.door,
      beoordeeld_op: toIso(now),
    })
    .where('id', '=', systeem.id)
    .where('status', '=', 'aangemeld')
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}
