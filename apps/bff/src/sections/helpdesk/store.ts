/**
 * The helpdesk's queries. Rows come back as domain shapes; whoever calls decides with
 * `@duo/authz` on the row's own bestuur before showing or changing it.
 */
import type { Kysely, Selectable } from 'kysely'
import { inTransaction, newId, toIso } from '../../db/dialect'
import type { Database } from '../../db/schema'

export const STATUSSEN = ['nieuw', 'in-behandeling', 'wacht-op-reactie', 'afgehandeld'] as const
export type MeldingStatus = (typeof STATUSSEN)[number]
export const CATEGORIEEN = [
  'vraag',
  'storing',
  'inloggen',
  'bekostiging',
  'rod',
  'rio',
  'overig',
] as const
export type Categorie = (typeof CATEGORIEEN)[number]
export const DOCUMENTSOORTEN = ['brief', 'beschikking'] as const
export type DocumentSoort = (typeof DOCUMENTSOORTEN)[number]

export type HelpdeskTables = {
  helpdesk_melding: {
    id: string
    referentie: string
    bestuursnummer: string
    instellingscode: string | null
    onderwerp: string
    categorie: string
    status: string
    ingediend_door_persoon_id: string | null
    ingediend_door_naam: string
    legacy_account_id: string | null
    created_at: string
    updated_at: string
    laatste_antwoord_helpdesk_at: string | null
  }
  helpdesk_reactie: {
    id: string
    melding_id: string
    van: 'bestuur' | 'helpdesk'
    auteur_persoon_id: string | null
    auteur_naam: string
    tekst: string
    created_at: string
  }
  helpdesk_bijlage: {
    id: string
    melding_id: string
    reactie_id: string | null
    bestandsnaam: string
    content_type: string
    grootte: number
    opslag_naam: string
    created_at: string
  }
  helpdesk_gelezen: { melding_id: string; persoon_id: string; gelezen_op: string }
  helpdesk_contactpersoon: {
    bestuursnummer: string
    naam: string
    email: string
    telefoon: string
    gewijzigd_op: string
    gewijzigd_door: string | null
  }
  helpdesk_contactgegevens: {
    id: string
    naam: string
    telefoon: string
    bereikbaarheid_nl: string
    bereikbaarheid_en: string
    postadres: string
    bezoekadres: string
    website: string
  }
  helpdesk_document: {
    id: string
    bestuursnummer: string
    soort: string
    titel: string
    kenmerk: string
    datum: string
    bestandsnaam: string
    grootte: number
    opslag_naam: string
    created_at: string
  }
}

export type HelpdeskDb = Kysely<Database & HelpdeskTables>
export const helpdeskDb = (db: Kysely<Database>): HelpdeskDb => db.withTables<HelpdeskTables>()

type MeldingRow = Selectable<HelpdeskTables['helpdesk_melding']>

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

const toMelding = (r: MeldingRow): Melding => ({
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
 * account that is not linked yet, which only that account itself sees.
 */
export interface Viewer {
  bestuursnummer: string
  persoonId: string
}

/** Ids of the bestuur's legacy accounts whose meldingen this viewer may see. */
async function visibleLegacyIds(db: HelpdeskDb, viewer: Viewer): Promise<string[]> {
  const rows = await db
    .selectFrom('legacy_account')
    .select('id')
    .where('bestuursnummer', '=', viewer.bestuursnummer)
    .where((eb) =>
      eb.or([
        eb('gekoppeld_aan_persoon_id', 'is not', null),
        eb('eigen_persoon_id', '=', viewer.persoonId),
      ]),
    )
    .execute()
  return rows.map((r) => r.id)
}

/** Whether a melding is visible to the people of its bestuur (see `Viewer`). */
export async function visibleTo(
  db: HelpdeskDb,
  melding: Melding,
  persoonId: string,
): Promise<boolean> {
  if (!melding.legacyAccountId) return true
  const ids = await visibleLegacyIds(db, { bestuursnummer: melding.bestuursnummer, persoonId })
  return ids.includes(melding.legacyAccountId)
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
}

export const MAX_PAGINA_GROOTTE = 100

const pageOf = (f: LijstFilter) => {
  const aantal = Math.min(Math.max(Math.trunc(f.aantal ?? 25), 1), MAX_PAGINA_GROOTTE)
  const pagina = Math.max(Math.trunc(f.pagina ?? 1), 1)
  return { aantal, pagina, offset: (pagina - 1) * aantal }
}

// Wildcards are dropped rather than escaped: SQLite and PostgreSQL escape LIKE differently.
const likePattern = (s: string) => `%${s.toLowerCase().replace(/[\\%_]/g, '')}%`

/** The bestuur's meldingen this viewer may see, optionally searched. */
function zichtbaar(db: HelpdeskDb, viewer: Viewer, legacy: string[], zoek: string | undefined) {
  let q = db
    .selectFrom('helpdesk_melding as m')
    .where('m.bestuursnummer', '=', viewer.bestuursnummer)
    .where((eb) =>
      legacy.length
        ? eb.or([eb('m.legacy_account_id', 'is', null), eb('m.legacy_account_id', 'in', legacy)])
        : eb('m.legacy_account_id', 'is', null),
    )
  if (zoek?.trim()) {
    const p = likePattern(zoek.trim())
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['m.onderwerp']), 'like', p),
        eb(eb.fn('lower', ['m.referentie']), 'like', p),
      ]),
    )
  }
  return q
}

/** One page of the bestuur's meldingen for this viewer, with unread markers and totals. */
export async function listMeldingen(db: HelpdeskDb, viewer: Viewer, filter: LijstFilter = {}) {
  const legacy = await visibleLegacyIds(db, viewer)
  const { aantal, pagina, offset } = pageOf(filter)
  const base = zichtbaar(db, viewer, legacy, filter.zoek)
  const filtered = filter.status ? base.where('m.status', '=', filter.status) : base
  const column = filter.sorteer === 'aangemaakt' ? 'm.created_at' : 'm.updated_at'
  const richting = filter.richting ?? 'desc'
  const [rows, totaal, ongelezen] = await Promise.all([
    filtered
      .leftJoin('helpdesk_gelezen as g', (j) =>
        j.onRef('g.melding_id', '=', 'm.id').on('g.persoon_id', '=', viewer.persoonId),
      )
      .selectAll('m')
      .select('g.gelezen_op')
      .orderBy(column, richting)
      .orderBy('m.id', richting)
      .limit(aantal)
      .offset(offset)
      .execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    zichtbaar(db, viewer, legacy, undefined)
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
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ])
  return {
    meldingen: rows.map((r): MeldingInLijst => ({
      ...toMelding(r),
      ongelezen: isOngelezen(r.laatste_antwoord_helpdesk_at, r.gelezen_op),
    })),
    totaal: Number(totaal.n),
    ongelezen: Number(ongelezen.n),
    pagina,
    aantal,
  }
}

const isOngelezen = (antwoord: string | null, gelezen: string | null) =>
  antwoord !== null && (gelezen === null || gelezen < antwoord)

/** Counts for the landing page: meldingen with an unread answer, and those still open. */
export async function overzicht(db: HelpdeskDb, viewer: Viewer) {
  const { ongelezen, totaal } = await listMeldingen(db, viewer, { aantal: 1 })
  const open = await listMeldingen(db, viewer, { aantal: 1, status: 'wacht-op-reactie' })
  return { ongelezen, totaal, wachtOpReactie: open.totaal }
}

export interface WerkvoorraadFilter extends LijstFilter {
  bestuursnummer?: string | undefined
}

/** The helpdesk's queue: all meldingen of all besturen (not-yet-linked legacy ones too). */
export async function listWerkvoorraad(db: HelpdeskDb, filter: WerkvoorraadFilter = {}) {
  const { aantal, pagina, offset } = pageOf(filter)
  let q = db.selectFrom('helpdesk_melding as m')
  if (filter.status) q = q.where('m.status', '=', filter.status)
  if (filter.bestuursnummer) q = q.where('m.bestuursnummer', '=', filter.bestuursnummer)
  if (filter.zoek?.trim()) {
    const p = likePattern(filter.zoek.trim())
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['m.onderwerp']), 'like', p),
        eb(eb.fn('lower', ['m.referentie']), 'like', p),
      ]),
    )
  }
  const column = filter.sorteer === 'aangemaakt' ? 'm.created_at' : 'm.updated_at'
  // The queue works oldest first unless asked otherwise.
  const richting = filter.richting ?? 'asc'
  const [rows, totaal] = await Promise.all([
    q
      .innerJoin('bestuur as b', 'b.bestuursnummer', 'm.bestuursnummer')
      .selectAll('m')
      .select('b.naam as bestuur_naam')
      .orderBy(column, richting)
      .orderBy('m.id', richting)
      .limit(aantal)
      .offset(offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return {
    meldingen: rows.map((r) => ({ ...toMelding(r), bestuurNaam: r.bestuur_naam })),
    totaal: Number(totaal.n),
    pagina,
    aantal,
  }
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

export interface BijlageInfo {
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

export interface NieuweBijlage {
  bestandsnaam: string
  contentType: string
  grootte: number
  opslagNaam: string
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
  await inTransaction(db, async (trx) => {
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
  })
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

/** Remembers that this person has seen the melding as it is now. */
export async function markGelezen(
  db: HelpdeskDb,
  meldingId: string,
  persoonId: string,
  now: Date,
): Promise<void> {
  const at = toIso(now)
  await db
    .insertInto('helpdesk_gelezen')
    .values({ melding_id: meldingId, persoon_id: persoonId, gelezen_op: at })
    .onConflict((oc) => oc.columns(['melding_id', 'persoon_id']).doUpdateSet({ gelezen_op: at }))
    .execute()
}

/** The old account the person of this session signs in as, if the session is such a login. */
export async function legacyAccountOf(
  db: HelpdeskDb,
  persoonId: string,
  bestuursnummer: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('legacy_account')
    .select('id')
    .where('eigen_persoon_id', '=', persoonId)
    .where('bestuursnummer', '=', bestuursnummer)
    .where('gekoppeld_aan_persoon_id', 'is', null)
    .executeTakeFirst()
  return row?.id ?? null
}

// Contact

export interface Contactpersoon {
  naam: string
  email: string
  telefoon: string
  gewijzigdOp: string
}

export async function getContactpersoon(
  db: HelpdeskDb,
  bestuursnummer: string,
): Promise<Contactpersoon | null> {
  const r = await db
    .selectFrom('helpdesk_contactpersoon')
    .selectAll()
    .where('bestuursnummer', '=', bestuursnummer)
    .executeTakeFirst()
  return r
    ? { naam: r.naam, email: r.email, telefoon: r.telefoon, gewijzigdOp: r.gewijzigd_op }
    : null
}

export async function saveContactpersoon(
  db: HelpdeskDb,
  bestuursnummer: string,
  input: { naam: string; email: string; telefoon: string },
  door: string | null,
  now: Date,
): Promise<Contactpersoon> {
  const at = toIso(now)
  const values = {
    naam: input.naam,
    email: input.email,
    telefoon: input.telefoon,
    gewijzigd_op: at,
    gewijzigd_door: door,
  }
  await db
    .insertInto('helpdesk_contactpersoon')
    .values({ bestuursnummer, ...values })
    .onConflict((oc) => oc.column('bestuursnummer').doUpdateSet(values))
    .execute()
  return { naam: input.naam, email: input.email, telefoon: input.telefoon, gewijzigdOp: at }
}

export async function getHelpdeskContact(db: HelpdeskDb) {
  const r = await db
    .selectFrom('helpdesk_contactgegevens')
    .selectAll()
    .where('id', '=', 'po')
    .executeTakeFirstOrThrow()
  return {
    naam: r.naam,
    telefoon: r.telefoon,
    bereikbaarheid: { nl: r.bereikbaarheid_nl, en: r.bereikbaarheid_en },
    postadres: r.postadres,
    bezoekadres: r.bezoekadres,
    website: r.website,
  }
}

// Digitaal archief

export interface ArchiefDocument {
  id: string
  bestuursnummer: string
  soort: DocumentSoort
  titel: string
  kenmerk: string
  datum: string
  bestandsnaam: string
  grootte: number
}

type DocumentRow = Selectable<HelpdeskTables['helpdesk_document']>
const toDocument = (r: DocumentRow): ArchiefDocument => ({
  id: r.id,
  bestuursnummer: r.bestuursnummer,
  soort: r.soort as DocumentSoort,
  titel: r.titel,
  kenmerk: r.kenmerk,
  datum: r.datum,
  bestandsnaam: r.bestandsnaam,
  grootte: Number(r.grootte),
})

export async function listDocumenten(
  db: HelpdeskDb,
  bestuursnummer: string,
  filter: {
    zoek?: string | undefined
    soort?: DocumentSoort | undefined
    richting?: 'asc' | 'desc' | undefined
    pagina?: number | undefined
    aantal?: number | undefined
  },
) {
  const { aantal, pagina, offset } = pageOf(filter)
  let q = db.selectFrom('helpdesk_document').where('bestuursnummer', '=', bestuursnummer)
  if (filter.soort) q = q.where('soort', '=', filter.soort)
  if (filter.zoek?.trim()) {
    const p = likePattern(filter.zoek.trim())
    q = q.where((eb) =>
      eb.or([eb(eb.fn('lower', ['titel']), 'like', p), eb(eb.fn('lower', ['kenmerk']), 'like', p)]),
    )
  }
  const richting = filter.richting ?? 'desc'
  const [rows, totaal] = await Promise.all([
    q
      .selectAll()
      .orderBy('datum', richting)
      .orderBy('id', richting)
      .limit(aantal)
      .offset(offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { documenten: rows.map(toDocument), totaal: Number(totaal.n), pagina, aantal }
}

export async function getDocument(
  db: HelpdeskDb,
  id: string,
): Promise<(ArchiefDocument & { opslagNaam: string }) | null> {
  const r = await db
    .selectFrom('helpdesk_document')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  return r ? { ...toDocument(r), opslagNaam: r.opslag_naam } : null
}
