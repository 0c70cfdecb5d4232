/**
 * What a section's API gets from the platform: its own tables, the one clock, a logger, and the
 * platform services. Platform tables are reached only through these services, never by SQL
 * from a section. The BFF builds one `SectionPlatform` per section at start.
 */
import type { Readable } from 'node:stream'
import type { MiddlewareHandler } from 'hono'
import type { Kysely, SelectQueryBuilder } from 'kysely'
import type { Clock } from './clock'
import type { Logger } from './logger'
import type { DialectName } from './db/dialect'
import type { AppEnv } from './http/env'
import type { RateLimitOpties } from './platform/rate-limit'
import type { AuthContext, BestuurTree } from './auth/types'
import type { BestuurSummary } from './platform/stores/organisations'
import type { Grant, GrantRecord, NewGrant } from './platform/stores/grants'
import type { AuditEntry, AuditFilter } from './platform/stores/audit'

export type { BestuurSummary, GrantRecord, NewGrant, AuditEntry, AuditFilter }

/** Options of a write that must land in the caller's transaction (or not at all). */
export interface InTransaction {
  /** The transaction of the section's own change: both land, or neither. */
  in?: Kysely<never> | Kysely<any> // eslint-disable-line @typescript-eslint/no-explicit-any -- any section's tables
}

/** A localized label, e.g. of an audit action. */
export interface Label {
  nl: string
  en: string
}

export interface AuditService {
  /**
   * Appends an entry to the append-only audit log. `actie` is `<section>.<object>.<verb>`
   * and must be declared in the section's `auditActies`.
   * @example
   * await audit.append({ actie: 'rod.leerlingdossier.geraadpleegd', auth, bestuursnummer, details: { pgn } })
   */
  append(
    entry: {
      actie: string
      /** Who did it; the actor's name, session and any intermediary are taken from here. */
      auth: AuthContext | null
      /** Shown instead of the person's own name, e.g. "Medewerker (Helpdesk DUO)". */
      actorOmschrijving?: string
      bestuursnummer: string | null
      onderwerpPersoonId?: string | null
      details?: Record<string, unknown>
    },
    options?: InTransaction,
  ): Promise<AuditEntry>
  /**
   * Entries newest first (the beheer logboek). A filter on an action also finds the entries
   * written under its old name (before `<section>.<object>.<verb>`).
   */
  list(filter: AuditFilter): Promise<{ entries: AuditEntry[]; nextCursor: number | null }>
  /**
   * Every action any section declared, with its label: for filters and readable logs. Old
   * names of actions are included (entries keep the name they were written with), unless
   * `huidige` asks for today's names only, e.g. for the choices of a filter.
   */
  acties(opties?: { huidige?: boolean }): Record<string, Label>
}

export interface OrganisatieService {
  /** The bestuur with its schools, the tree `@duo/authz` decides on; null when unknown. */
  bestuur(bestuursnummer: string): Promise<BestuurTree | null>
  bestuurByKvk(kvk: string): Promise<BestuurTree | null>
  /** The bestuur a school belongs to; null when the school is unknown. */
  bestuurVanSchool(instellingscode: string): Promise<BestuurTree | null>
  /** All besturen by name (DUO staff screens). */
  besturen(): Promise<BestuurSummary[]>
  /**
   * Records whether the bestuur signed the overeenkomst OSR (Kennisnet's register does this):
   * `@duo/authz` allows the role OSR-toegang only when it did.
   */
  zetOsrOvereenkomst(
    bestuursnummer: string,
    getekend: boolean,
    options?: InTransaction,
  ): Promise<void>
}

/** Someone of a bestuur: logged in with eHerkenning for its KvK, or holding a grant in it. */
export interface BestuurPersoon {
  id: string
  naam: string
  /** KvK of the intermediary when this person logs in through a ketenmachtiging. */
  intermediairKvk: string | null
}

/** Ids from the platform's tables as a subquery, to use with `in` in a section's own query. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- platform tables, not the section's
export type IdSelectie = SelectQueryBuilder<any, any, { id: string }>

export interface PersonenService {
  /** Names by persoon id (unknown ids are left out). */
  namen(ids: string[]): Promise<Map<string, string>>
  /** Everyone who logged in for the bestuur or holds a grant in it, by name. */
  vanBestuur(bestuur: { kvk: string; bestuursnummer: string }): Promise<BestuurPersoon[]>
  /**
   * Old (pre-eHerkenning) accounts of the bestuur whose items this person may see: every linked
   * one, and the person's own unlinked one.
   */
  zichtbareOudeAccounts(viewer: { bestuursnummer: string; persoonId: string }): Promise<string[]>
  /**
   * The same accounts as a subquery, for a section's own query
   * (`eb('m.legacy_account_id', 'in', selectie)`): a list and its old accounts in one round trip.
   */
  zichtbareOudeAccountsSelectie(viewer: { bestuursnummer: string; persoonId: string }): IdSelectie
  /** The unlinked old account this person signs in as, if any. */
  eigenOudAccount(persoonId: string, bestuursnummer: string): Promise<string | null>
}

/** Role grants, for the sections that administer them (beheer). */
export interface RollenService {
  /**
   * Grants in the bestuur: by default those not revoked nor expired (future ones included).
   * `in`: read inside the caller's transaction (on SQLite a read outside it would wait for it).
   */
  vanBestuur(
    bestuursnummer: string,
    opts?: { includeInactive?: boolean } & InTransaction,
  ): Promise<GrantRecord[]>
  /** The person's grants valid on this day, in every bestuur. */
  actief(persoonId: string, now: Date): Promise<Grant[]>
  get(id: string): Promise<GrantRecord | null>
  toekennen(grant: NewGrant, options?: InTransaction): Promise<GrantRecord>
  /** False when unknown or already revoked. */
  intrekken(id: string, door: string, options?: InTransaction): Promise<boolean>
  /** Changes the validity period (`YYYY-MM-DD`, inclusive, null = open); false when not active. */
  wijzigPeriode(
    id: string,
    periode: { from: string | null; until: string | null },
    options?: InTransaction,
  ): Promise<boolean>
}

/** A document in a bestuur's digitaal archief (letters, beschikkingen), from any section. */
export interface ArchiefDocument {
  id: string
  bestuursnummer: string
  /** The section that published it. */
  bron: string
  soort: DocumentSoort
  titel: string
  /** The letter's own number (never "kenmerk": that word means a role's scope). */
  referentie: string
  /** The letter's date, `YYYY-MM-DD`. */
  datum: string
  bestandsnaam: string
  contentType: string
  grootte: number
  /** The case it belongs to, e.g. an aanvraag's referentienummer. */
  zaakReferentie: string | null
  createdAt: string
}

export const DOCUMENTSOORTEN = ['brief', 'beschikking', 'bevestiging', 'overzicht'] as const
export type DocumentSoort = (typeof DOCUMENTSOORTEN)[number]

export interface DocumentFilter {
  soort?: DocumentSoort | undefined
  /** Words in titel or referentie. */
  zoek?: string | undefined
  zaakReferentie?: string | undefined
  richting?: 'asc' | 'desc' | undefined
  pagina?: number | undefined
  aantal?: number | undefined
  /** The page after / before the document of this cursor (`volgende` / `vorige` of a page). */
  na?: string | undefined
  voor?: string | undefined
}

/** The digitaal archief: sections publish to it, the helpdesk section lists it. */
export interface DocumentenService {
  /**
   * Stores a document for a bestuur, in the caller's transaction when given.
   * @example
   * await documenten.publiceer({ bestuursnummer, soort: 'beschikking', titel, referentie, datum, bestandsnaam, contentType: 'application/pdf', bytes }, { in: trx })
   */
  publiceer(
    document: {
      bestuursnummer: string
      soort: DocumentSoort
      titel: string
      referentie: string
      datum: string
      bestandsnaam: string
      contentType: string
      bytes: Uint8Array
      zaakReferentie?: string | null
      /** A fixed id (demo data): publishing the same id again returns the existing document. */
      id?: string
    },
    options?: InTransaction,
  ): Promise<ArchiefDocument>
  lijst(
    bestuursnummer: string,
    filter?: DocumentFilter,
  ): Promise<{
    documenten: ArchiefDocument[]
    /**
     * Counted up to 1,000 (`totaalBegrensd`: there are more); left out for a search that
     * matches many documents.
     */
    totaal?: number
    totaalBegrensd?: boolean
    pagina: number
    aantal: number
    /** Cursors of the next and previous page, null at either end. */
    volgende: string | null
    vorige: string | null
  }>
  get(id: string): Promise<ArchiefDocument | null>
  lees(document: ArchiefDocument): Promise<Uint8Array>
}

/** A section's own files (uploads, produced files), stored outside any web root. */
export interface BestandenService {
  /** Stores bytes under a fresh server-made name in the folder of this kind; returns the name. */
  bewaar(soort: string, bytes: Uint8Array): Promise<string>
  lees(soort: string, naam: string): Promise<Uint8Array>
  /** A stream to write a large file without holding it in memory; `klaar` resolves with its size. */
  schrijf(
    soort: string,
  ): Promise<{ naam: string; stream: NodeJS.WritableStream; klaar(): Promise<number> }>
  leesStroom(soort: string, naam: string): Promise<{ stream: Readable; grootte: number }>
  verwijder(soort: string, namen: string[]): Promise<void>
}

export type JobStatus = 'wachtend' | 'bezig' | 'klaar' | 'mislukt'

/** A background job as its owner sees it. */
export interface Job<Resultaat = unknown> {
  id: string
  soort: string
  status: JobStatus
  /** 0–100. */
  voortgang: number
  /** What it is doing now, e.g. "Leerlingen lezen (4.000 van 12.000)". */
  stap: Label | null
  data: unknown
  resultaat: Resultaat | null
  fout: Label | null
  bestuursnummer: string | null
  persoonId: string | null
  aangemaaktOp: string
  gestartOp: string | null
  klaarOp: string | null
  /** After this moment the job and its files are removed. */
  bewaarTot: string | null
}

/** What a job handler gets to report progress and see cancellation. */
export interface JobUitvoering<Data = unknown> {
  id: string
  data: Data
  bestuursnummer: string | null
  persoonId: string | null
  /** Report progress (0–100) and optionally the current step. */
  voortgang(procent: number, stap?: Label): Promise<void>
}

/** A job handler: returns the JSON result stored on the job. */
export type JobHandler<Data = unknown, Resultaat = unknown> = (
  job: JobUitvoering<Data>,
) => Promise<Resultaat>

/**
 * Background work that survives a restart: pg-boss on PostgreSQL, an in-process worker on
 * SQLite, the same table-backed state on both.
 */
export interface JobsService {
  /**
   * Queues a job of one of this section's declared kinds.
   * @example
   * const job = await jobs.start('bestand', { soort: 'schooladviezen' }, { bestuursnummer, persoonId: auth.persoon.id })
   */
  start(
    soort: string,
    data: unknown,
    owner: { bestuursnummer: string | null; persoonId: string | null; bewaarTot?: Date | null },
  ): Promise<Job>
  get(id: string): Promise<Job | null>
  lijst(filter: {
    soort?: string
    bestuursnummer?: string
    persoonId?: string
    limit?: number
  }): Promise<Job[]>
}

/** The kinds of e-mail notification; a person can switch each off. */
export const NOTIFICATIESOORTEN = ['melding-antwoord', 'document', 'rol', 'aanmelding'] as const
export type NotificatieSoort = (typeof NOTIFICATIESOORTEN)[number]

/** Whom a notification is for: one person, everyone of a bestuur, or the holders of a role in it. */
export type NotificatieOntvanger = { persoonId: string } | { bestuursnummer: string; rol?: string }

export interface Notificatie {
  soort: NotificatieSoort
  /** The mail's subject, in both languages. */
  onderwerp: Label
  /** What happened, in both languages; no content that belongs behind the login. */
  tekst: Label
  /** A path of the portal, e.g. `/helpdesk/meldingen/<id>`. */
  link?: string
}

/** E-mail notifications: queued in the outbox with the event, sent by the platform's worker. */
export interface NotificatieService {
  /**
   * Queues a mail for each recipient who gave an e-mail address and has this kind on; returns
   * how many. Pass the transaction of the event: the mail exists exactly when the event does.
   * @example
   * await notificaties.stuur({ persoonId }, { soort: 'rol', onderwerp, tekst, link: '/beheer/mijn-rollen' }, { in: trx })
   */
  stuur(
    ontvanger: NotificatieOntvanger,
    notificatie: Notificatie,
    options?: InTransaction,
  ): Promise<number>
}

/** Everything a section's API receives from the platform. */
export interface SectionPlatform<Tables = unknown> {
  /** The section's id; its routes live under `/api/<id>`. */
  id: string
  /** The database, typed with the section's own tables only. */
  db: Kysely<Tables>
  dialect: DialectName
  clock: Clock
  /** A logger that names the section on every line. */
  logger: Logger
  audit: AuditService
  organisaties: OrganisatieService
  personen: PersonenService
  rollen: RollenService
  documenten: DocumentenService
  bestanden: BestandenService
  jobs: JobsService
  /** E-mail notifications to portal users (a reply, a document, a role, a decision). */
  notificaties: NotificatieService
  /**
   * A rate limit counted in the database (so it holds across BFF instances); over the limit
   * the answer is 429 with `Retry-After`.
   * @example
   * .use(platform.rateLimit({ naam: 'osr-diensten', limiet: 600, vensterSeconden: 60, sleutel: (c) => clientIdOf(c) }))
   */
  rateLimit(opties: RateLimitOpties): MiddlewareHandler<AppEnv>
}

export type { RateLimitOpties }
