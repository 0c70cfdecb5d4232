/**
 * The meldingen of a bestuur: list, detail with the conversation, new melding, reactie, read
 * markers. Rows come back as domain shapes; whoever calls decides with `@duo/authz` on the
 * row's own bestuur before showing or changing it.
 */
import type { Selectable, SelectQueryBuilder } from 'kysely'
import {
  inTransaction,
  lijstInfo,
  newId,
  pagineer,
  telBegrensd,
  toIso,
  type IdSelectie,
  type NieuweBijlage,
} from '@duo/server-kit'
import type { Categorie, HelpdeskDb, HelpdeskTables, MeldingStatus } from '../tables'
import { meldingZoek } from '../zoek'
import { isOngelezen } from './gelezen'

type MeldingTabel = HelpdeskTables['helpdesk_melding']
export type MeldingRow = Selectable<MeldingTabel>

export interface Melding {
  id: string
  referentie: string
  bestuursnummer: string
  instellingscode: string | null
  onderwerp: string
  categorie: Categorie
  status: MeldingStatus
  ingediendDoor: string
  legacyAccountId: string | null
  createdAt: string
  updatedAt: string
  laatsteAntwoordHelpdeskAt: string | null
}

export interface MeldingInLijst extends Melding {
  /** The helpdesk answered after this person last opened the melding. */
  ongelezen: boolean
}

export const toMelding = (r: MeldingRow): Melding => ({
  id: r.id,
  referentie: r.referentie,
  bestuursnummer: r.bestuursnummer,
  instellingscode: r.instellingscode,
  onderwerp: r.onderwerp,
  categorie: r.categorie as Categorie,
  status: r.status as MeldingStatus,
  ingediendDoor: r.ingediend_door_naam,
  legacyAccountId: r.legacy_account_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  laatsteAntwoordHelpdeskAt: r.laatste_antwoord_helpdesk_at,
})

/**
 * Who sees the meldingen of a bestuur: all of them, except those of an old (pre-eHerkenning)
 * account that is not linked yet, which only that account itself sees. `oudeAccounts`: the
 * old accounts this viewer may see (from the platform's personen service).
 */
export interface Viewer {
  bestuursnummer: string
  persoonId: string
  /** The ids, or the platform's subquery of them (the list then needs no query of its own). */
  oudeAccounts: string[] | IdSelectie
}

/** Whether a melding is visible to the people of its bestuur (see `Viewer`). */
export function visibleTo(melding: Melding, oudeAccounts: string[]): boolean {
  return !melding.legacyAccountId || oudeAccounts.includes(melding.legacyAccountId)
}

export interface LijstFilter {
  status?: MeldingStatus | undefined
  /** Words in onderwerp or referentie. */
  zoek?: string | undefined
  sorteer?: 'bijgewerkt' | 'aangemaakt' | undefined
  richting?: 'asc' | 'desc' | undefined
  pagina?: number | undefined
  /** At most 100. */
  aantal?: number | undefined
  /** The page after / before the melding of this cursor (`volgende` / `vorige` of a page). */
  na?: string | undefined
  voor?: string | undefined
}

/** Of these meldingen of the table (`m`), the bestuur's ones this viewer may see. */
function zichtbaar<Q extends SelectQueryBuilder<HelpdeskTables & { m: MeldingTabel }, 'm', object>>(
  q: Q,
  viewer: Viewer,
): Q {
  const legacy = viewer.oudeAccounts
  return q
    .where('m.bestuursnummer', '=', viewer.bestuursnummer)
    .where((eb) =>
      Array.isArray(legacy) && !legacy.length
        ? eb('m.legacy_account_id', 'is', null)
        : eb.or([eb('m.legacy_account_id', 'is', null), eb('m.legacy_account_id', 'in', legacy)]),
    ) as Q
}

/**
 * One page of the bestuur's meldingen for this viewer, with unread markers: a keyset page on
 * (bijgewerkt or aangemaakt, id), full-text search, and counts that stop at 1,000, so a bestuur
 * with 100,000 meldingen waits as long as one with a hundred. A search that matches many
 * meldingen answers without a total ("volgende" says there is more).
 */
export async function listMeldingen(db: HelpdeskDb, viewer: Viewer, filter: LijstFilter = {}) {
  const { q: gezocht, telbaar } = await meldingZoek.van(db, 'm', filter.zoek)
  let q = zichtbaar(gezocht, viewer)
  if (filter.status) q = q.where('m.status', '=', filter.status)
  const kolom = filter.sorteer === 'aangemaakt' ? 'm.created_at' : 'm.updated_at'
  const richting = filter.richting ?? 'desc'
  const metGelezen = q.leftJoin('helpdesk_gelezen as g', (j) =>
    j.onRef('g.melding_id', '=', 'm.id').on('g.persoon_id', '=', viewer.persoonId),
  )
  const ongelezen = zichtbaar(db.selectFrom('helpdesk_melding as m'), viewer)
    .leftJoin('helpdesk_gelezen as g', (j) =>
      j.onRef('g.melding_id', '=', 'm.id').on('g.persoon_id', '=', viewer.persoonId),
    )
    .where('m.laatste_antwoord_helpdesk_at', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('g.gelezen_op', 'is', null),
        eb('g.gelezen_op', '<', eb.ref('m.laatste_antwoord_helpdesk_at')),
      ]),
    )
  const [pagina, telling, ongelezenTelling] = await Promise.all([
    pagineer(
      metGelezen.selectAll('m').select('g.gelezen_op'),
      [
        { kolom, richting },
        { kolom: 'm.id', richting },
      ],
      filter,
    ),
    telbaar ? telBegrensd(db, q) : undefined,
    telBegrensd(db, ongelezen),
  ])
  return {
    meldingen: pagina.rijen.map((r): MeldingInLijst => ({
      ...toMelding(r),
      ongelezen: isOngelezen(r.laatste_antwoord_helpdesk_at, r.gelezen_op),
    })),
    ...lijstInfo(pagina),
    ...(telling ?? {}),
    /** Counted up to 1,000, like the total. */
    ongelezen: ongelezenTelling.totaal,
  }
}

/** Counts for the landing page: meldingen with an unread answer, and those still open. */
export async function overzicht(db: HelpdeskDb, viewer: Viewer) {
  // Without a search both lists are counted (up to 1,000).
  const { ongelezen, totaal = 0 } = await listMeldingen(db, viewer, { aantal: 1 })
  const open = await listMeldingen(db, viewer, { aantal: 1, status: 'wacht-op-reactie' })
  return { ongelezen, totaal, wachtOpReactie: open.totaal ?? 0 }
}

export async function getMelding(db: HelpdeskDb, id: string): Promise<Melding | null> {
  const row = await db
    .selectFrom('helpdesk_melding')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  return row ? toMelding(row) : null
}

export interface Reactie {
  id: string
  van: 'bestuur' | 'helpdesk'
  auteur: string
  tekst: string
  createdAt: string
  bijlagen: BijlageInfo[]
}

interface BijlageInfo {
  id: string
  bestandsnaam: string
  contentType: string
  grootte: number
}

export interface Bijlage extends BijlageInfo {
  meldingId: string
  opslagNaam: string
}

/** The conversation, oldest first; the melding's own text is the first reactie. */
export async function getGesprek(db: HelpdeskDb, meldingId: string): Promise<Reactie[]> {
  const [reacties, bijlagen] = await Promise.all([
    db
      .selectFrom('helpdesk_reactie')
      .selectAll()
      .where('melding_id', '=', meldingId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('helpdesk_bijlage')
      .selectAll()
      .where('melding_id', '=', meldingId)
      .orderBy('created_at')
      .orderBy('bestandsnaam')
      .execute(),
  ])
  return reacties.map((r) => ({
    id: r.id,
    van: r.van,
    auteur: r.auteur_naam,
    tekst: r.tekst,
    createdAt: r.created_at,
    bijlagen: bijlagen
      .filter((b) => b.reactie_id === r.id)
      .map((b) => ({
        id: b.id,
        bestandsnaam: b.bestandsnaam,
        contentType: b.content_type,
        grootte: Number(b.grootte),
      })),
  }))
}

export async function getBijlage(
  db: HelpdeskDb,
  meldingId: string,
  bijlageId: string,
): Promise<Bijlage | null> {
  const b = await db
    .selectFrom('helpdesk_bijlage')
    .selectAll()
    .where('id', '=', bijlageId)
    .where('melding_id', '=', meldingId)
    .executeTakeFirst()
  return b
    ? {
        id: b.id,
        meldingId: b.melding_id,
        bestandsnaam: b.bestandsnaam,
        contentType: b.content_type,
        grootte: Number(b.grootte),
        opslagNaam: b.opslag_naam,
      }
    : null
}

export interface Auteur {
  persoonId: string | null
  naam: string
}

/** A readable, unique reference such as `HD-2022-4F7A2C`. */
const referentieVoor = (id: string, now: Date) =>
  `HD-${now.getUTCFullYear()}-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`

export async function createMelding(
  db: HelpdeskDb,
  input: {
    bestuursnummer: string
    instellingscode: string | null
    onderwerp: string
    categorie: Categorie
    omschrijving: string
    auteur: Auteur
    legacyAccountId?: string | null
    bijlagen?: NieuweBijlage[]
    id?: string
    status?: MeldingStatus
  },
  now: Date,
): Promise<Melding> {
  const at = toIso(now)
  const id = input.id ?? newId()
  const row: MeldingRow = {
    id,
    referentie: referentieVoor(id, now),
    bestuursnummer: input.bestuursnummer,
    instellingscode: input.instellingscode,
    onderwerp: input.onderwerp,
    categorie: input.categorie,
    status: input.status ?? 'nieuw',
    ingediend_door_persoon_id: input.auteur.persoonId,
    ingediend_door_naam: input.auteur.naam,
    legacy_account_id: input.legacyAccountId ?? null,
    created_at: at,
    updated_at: at,
    laatste_antwoord_helpdesk_at: null,
  }
  // Only database work inside: when PostgreSQL goes away before the commit, it runs again.
  await inTransaction(
    db,
    async (trx) => {
      await trx.insertInto('helpdesk_melding').values(row).execute()
      await insertReactie(
        trx,
        id,
        'bestuur',
        input.auteur,
        input.omschrijving,
        input.bijlagen ?? [],
        at,
      )
    },
    { herhaalbaar: true },
  )
  return toMelding(row)
}

async function insertReactie(
  db: HelpdeskDb,
  meldingId: string,
  van: 'bestuur' | 'helpdesk',
  auteur: Auteur,
  tekst: string,
  bijlagen: NieuweBijlage[],
  at: string,
) {
  const id = newId()
  await db
    .insertInto('helpdesk_reactie')
    .values({
      id,
      melding_id: meldingId,
      van,
      auteur_persoon_id: auteur.persoonId,
      auteur_naam: auteur.naam,
      tekst,
      created_at: at,
    })
    .execute()
  for (const b of bijlagen) {
    await db
      .insertInto('helpdesk_bijlage')
      .values({
        id: newId(),
        melding_id: meldingId,
        reactie_id: id,
        bestandsnaam: b.bestandsnaam,
        content_type: b.contentType,
        grootte: b.grootte,
        opslag_naam: b.opslagNaam,
        created_at: at,
      })
      .execute()
  }
  return id
}

/**
 * Adds a reactie. From the bestuur it reopens the conversation for the helpdesk (in
 * behandeling, unless still nieuw); from the helpdesk it sets the status chosen and marks
 * the melding unread for the bestuur.
 */
export async function addReactie(
  db: HelpdeskDb,
  melding: Melding,
  input: {
    van: 'bestuur' | 'helpdesk'
    auteur: Auteur
    tekst: string
    bijlagen?: NieuweBijlage[]
    status?: MeldingStatus
  },
  now: Date,
): Promise<Melding> {
  const at = toIso(now)
  const status: MeldingStatus =
    input.van === 'helpdesk'
      ? (input.status ?? 'wacht-op-reactie')
      : melding.status === 'nieuw'
        ? 'nieuw'
        : 'in-behandeling'
  return inTransaction(db, async (trx) => {
    await insertReactie(
      trx,
      melding.id,
      input.van,
      input.auteur,
      input.tekst,
      input.bijlagen ?? [],
      at,
    )
    const set =
      input.van === 'helpdesk'
        ? { status, updated_at: at, laatste_antwoord_helpdesk_at: at }
        : { status, updated_at: at }
    await trx.updateTable('helpdesk_melding').set(set).where('id', '=', melding.id).execute()
    return {
      ...melding,
      status,
      updatedAt: at,
      laatsteAntwoordHelpdeskAt: input.van === 'helpdesk' ? at : melding.laatsteAntwoordHelpdeskAt,
    }
  })
}

export async function setStatus(
  db: HelpdeskDb,
  melding: Melding,
  status: MeldingStatus,
  now: Date,
): Promise<Melding> {
  const at = toIso(now)
  await db
    .updateTable('helpdesk_melding')
    .set({ status, updated_at: at })
    .where('id', '=', melding.id)
    .execute()
  return { ...melding, status, updatedAt: at }
}
