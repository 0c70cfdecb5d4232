/**
 * The aanvragen of a bestuur: concepts ("Nu bewaren"), submission with a referentienummer,
 * withdrawal, and the list. Rows come back as domain shapes; the routes decide with
 * `@duo/authz` on the row's own bestuur before showing or changing it.
 */
import type { Selectable } from 'kysely'
import { lijstInfo, newId, pagineer, telBegrensd, toIso, type Positie } from '@duo/server-kit'
import type { Categorie } from '../../regels/categorieen'
import type { Gegevens } from '../../regels/controle'
import { LOPEND, type AanvraagStatus, type BekostigingDb, type BekostigingTables } from '../tables'
import { aanvraagZoek } from '../zoek'

export type AanvraagRow = Selectable<BekostigingTables['bekostiging_aanvraag']>

export interface Aanvraag {
  id: string
  referentie: string | null
  bestuursnummer: string
  instellingscode: string | null
  categorie: Categorie
  status: AanvraagStatus
  gegevens: Gegevens
  eigenaarPersoonId: string
  eigenaarNaam: string
  ingediendOp: string | null
  ingediendDoor: string | null
  intermediairKvk: string | null
  ontvangenDag: string | null
  uitersteBeslisdatum: string | null
  ingangsdatum: string | null
  indicatiefBedrag: number | null
  behandelaarNaam: string | null
  afgerondOp: string | null
  createdAt: string
  updatedAt: string
}

export const toAanvraag = (r: AanvraagRow): Aanvraag => ({
  id: r.id,
  referentie: r.referentie,
  bestuursnummer: r.bestuursnummer,
  instellingscode: r.instellingscode,
  categorie: r.categorie as Categorie,
  status: r.status as AanvraagStatus,
  gegevens: JSON.parse(r.gegevens) as Gegevens,
  eigenaarPersoonId: r.eigenaar_persoon_id,
  eigenaarNaam: r.eigenaar_naam,
  ingediendOp: r.ingediend_op,
  ingediendDoor: r.ingediend_door,
  intermediairKvk: r.intermediair_kvk,
  ontvangenDag: r.ontvangen_dag,
  uitersteBeslisdatum: r.uiterste_beslisdatum,
  ingangsdatum: r.ingangsdatum,
  indicatiefBedrag: r.indicatief_bedrag === null ? null : Number(r.indicatief_bedrag),
  behandelaarNaam: r.behandelaar_naam,
  afgerondOp: r.afgerond_op,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export async function haalAanvraag(db: BekostigingDb, id: string): Promise<Aanvraag | null> {
  const r = await db
    .selectFrom('bekostiging_aanvraag')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  return r ? toAanvraag(r) : null
}

export async function maakConcept(
  db: BekostigingDb,
  c: {
    bestuursnummer: string
    categorie: Categorie
    gegevens: Gegevens
    eigenaar: { persoonId: string; naam: string }
  },
  now: Date,
): Promise<Aanvraag> {
  const row = {
    id: newId(),
    referentie: null,
    bestuursnummer: c.bestuursnummer,
    instellingscode: c.gegevens.instellingscode ?? null,
    categorie: c.categorie,
    status: 'concept',
    gegevens: JSON.stringify(c.gegevens),
    eigenaar_persoon_id: c.eigenaar.persoonId,
    eigenaar_naam: c.eigenaar.naam,
    ingediend_op: null,
    ingediend_door_persoon_id: null,
    ingediend_door: null,
    intermediair_kvk: null,
    ontvangen_dag: null,
    uiterste_beslisdatum: null,
    ingangsdatum: null,
    indicatief_bedrag: null,
    behandelaar_persoon_id: null,
    behandelaar_naam: null,
    afgerond_op: null,
    created_at: toIso(now),
    updated_at: toIso(now),
  }
  await db.insertInto('bekostiging_aanvraag').values(row).execute()
  return toAanvraag(row)
}

/** Saves a concept's fields; null when it is no concept (any more). */
export async function wijzigConcept(
  db: BekostigingDb,
  id: string,
  gegevens: Gegevens,
  now: Date,
): Promise<Aanvraag | null> {
  const r = await db
    .updateTable('bekostiging_aanvraag')
    .set({
      gegevens: JSON.stringify(gegevens),
      instellingscode: gegevens.instellingscode ?? null,
      updated_at: toIso(now),
    })
    .where('id', '=', id)
    .where('status', '=', 'concept')
    .returningAll()
    .executeTakeFirst()
  return r ? toAanvraag(r) : null
}

export async function verwijderConcept(db: BekostigingDb, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('bekostiging_aanvraag')
    .where('id', '=', id)
    .where('status', '=', 'concept')
    .executeTakeFirst()
  return Number(r.numDeletedRows) > 0
}

/** This person's concepts in the bestuur, last changed first. */
export async function concepten(db: BekostigingDb, bestuursnummer: string, persoonId: string) {
  const rows = await db
    .selectFrom('bekostiging_aanvraag')
    .selectAll()
    .where('eigenaar_persoon_id', '=', persoonId)
    .where('status', '=', 'concept')
    .where('bestuursnummer', '=', bestuursnummer)
    .orderBy('updated_at', 'desc')
    .limit(100)
    .execute()
  return rows.map(toAanvraag)
}

export interface Indiening {
  referentie: string
  ingediendOp: Date
  door: { persoonId: string; naam: string }
  intermediairKvk: string | null
  ontvangenDag: string
  uitersteBeslisdatum: string
  ingangsdatum: string
  indicatiefBedrag: number | null
}

/** Submits a concept; null when it was not a concept any more (submitted twice, deleted). */
export async function dienIn(
  trx: BekostigingDb,
  id: string,
  i: Indiening,
): Promise<Aanvraag | null> {
  const r = await trx
    .updateTable('bekostiging_aanvraag')
    .set({
      status: 'ingediend',
      referentie: i.referentie,
      ingediend_op: toIso(i.ingediendOp),
      ingediend_door_persoon_id: i.door.persoonId,
      ingediend_door: i.door.naam,
      intermediair_kvk: i.intermediairKvk,
      ontvangen_dag: i.ontvangenDag,
      uiterste_beslisdatum: i.uitersteBeslisdatum,
      ingangsdatum: i.ingangsdatum,
      indicatief_bedrag: i.indicatiefBedrag,
      updated_at: toIso(i.ingediendOp),
    })
    .where('id', '=', id)
    // In the WHERE, not checked before: of two submissions at once, one finds no concept.
    .where('status', '=', 'concept')
    .returningAll()
    .executeTakeFirst()
  return r ? toAanvraag(r) : null
}

/** Withdraws a submitted aanvraag that is not decided; null when it is (or was withdrawn). */
export async function trekIn(trx: BekostigingDb, id: string, now: Date): Promise<Aanvraag | null> {
  const r = await trx
    .updateTable('bekostiging_aanvraag')
    .set({ status: 'ingetrokken', afgerond_op: toIso(now), updated_at: toIso(now) })
    .where('id', '=', id)
    .where('status', 'in', LOPEND)
    .returningAll()
    .executeTakeFirst()
  return r ? toAanvraag(r) : null
}

export interface AanvraagFilter extends Positie {
  status?: AanvraagStatus | undefined
  categorie?: Categorie | undefined
  zoek?: string | undefined
}

/**
 * One page of the bestuur's submitted aanvragen, newest first: a keyset page on (ingediend_op,
 * id) and a count that stops at 1,000, so a bestuur with 100,000 aanvragen waits as long as
 * one with 100. A search starts from the full-text index.
 */
export async function lijstAanvragen(db: BekostigingDb, bestuursnummer: string, f: AanvraagFilter) {
  const gezocht = await aanvraagZoek.van(db, 'a', f.zoek)
  let q = gezocht.q
    .where('a.bestuursnummer', '=', bestuursnummer)
    .where('a.status', '!=', 'concept')
  if (f.status) q = q.where('a.status', '=', f.status)
  if (f.categorie) q = q.where('a.categorie', '=', f.categorie)
  const [pagina, telling] = await Promise.all([
    pagineer(
      q.selectAll('a'),
      [
        { kolom: 'a.ingediend_op', richting: 'desc' },
        { kolom: 'a.id', richting: 'desc' },
      ],
      f,
    ),
    gezocht.telbaar ? telBegrensd(db, q) : undefined,
  ])
  return {
    aanvragen: pagina.rijen.map(toAanvraag),
    ...lijstInfo(pagina),
    ...(telling ?? {}),
  }
}

/**
 * Pupils of this school already in another aanvraag for a second year that still counts (not
 * withdrawn or refused): "per leerling hoogstens 1 jaar". Leerlingnummer (upper case) → referentie.
 */
export async function alGeclaimd(
  db: BekostigingDb,
  bestuursnummer: string,
  instellingscode: string,
  behalveId: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('bekostiging_aanvraag')
    .select(['referentie', 'gegevens'])
    .where('bestuursnummer', '=', bestuursnummer)
    .where('instellingscode', '=', instellingscode)
    .where('categorie', '=', 'asielzoekers-tweede-jaar')
    .where('status', 'in', ['ingediend', 'in-behandeling', 'toegekend', 'deels-toegekend'])
    .where('id', '!=', behalveId)
    .execute()
  const uit = new Map<string, string>()
  for (const r of rows) {
    const g = JSON.parse(r.gegevens) as Gegevens
    for (const l of g.leerlingen ?? [])
      uit.set(l.leerlingnummer.trim().toUpperCase(), r.referentie ?? '')
  }
  return uit
}
