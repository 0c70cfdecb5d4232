/**
 * Row types of the platform tables, as stored. The same on SQLite and PostgreSQL:
 * timestamps are ISO-8601 UTC text (`toISOString()`), calendar days `YYYY-MM-DD` text (grant
 * validity, as `@duo/authz` has it), booleans integers 0/1, ids text UUIDs made
 * by the app, structured values JSON text. Stores convert to domain shapes.
 *
 * Sections never see these types: they reach platform data through the server kit's services.
 */
import type { Generated } from 'kysely'

/** ISO-8601 UTC timestamp, e.g. `2022-01-01T09:00:00.000Z`. */
export type IsoTimestamp = string
/** 0 = false, 1 = true. */
export type IntBool = 0 | 1

export interface BestuurTable {
  bestuursnummer: string
  kvk: string
  onderwijsbestuurcode: string
  naam: string
  osr_overeenkomst_getekend: IntBool
  created_at: IsoTimestamp
}

export interface SchoolTable {
  instellingscode: string
  bestuursnummer: string
  naam: string
  onderwijsaanbiedercode: string
}

export interface VestigingTable {
  vestigingscode: string
  instellingscode: string
  naam: string
  plaats: string
}

export interface PersoonTable {
  id: string
  naam: string
  email: string | null
  created_at: IsoTimestamp
  /** Goes up with every change of the person's grants (the authorisation cache's key). */
  rechten_teller: Generated<number>
}

export interface EherkenningIdentiteitTable {
  id: string
  persoon_id: string
  legal_subject_kvk: string
  acting_subject_id: string
  intermediair_kvk: string | null
  first_seen_at: IsoTimestamp
  last_seen_at: IsoTimestamp
}

export interface DuoMedewerkerTable {
  id: string
  persoon_id: string
  /** The `sub` of DUO's own identity provider. */
  subject: string
  rol: string
}

export interface RolToekenningTable {
  id: string
  persoon_id: string
  bestuursnummer: string
  rol: string
  kenmerk: string
  /** First day, `YYYY-MM-DD` (Dutch calendar day), inclusive. */
  geldig_vanaf: string | null
  /** Last day, `YYYY-MM-DD`, inclusive. */
  geldig_tot: string | null
  toegekend_door: string | null
  toegekend_op: IsoTimestamp
  ingetrokken_op: IsoTimestamp | null
  ingetrokken_door: string | null
}

export interface SessieTable {
  /** sha256 hex of the cookie value; the cookie value itself is never stored. */
  id_hash: string
  persoon_id: string
  /** How the session was started: 'eherkenning' | 'duo' | 'helpdesk-wachtwoord' | 'mijn-duo-token'. */
  methode: string
  created_at: IsoTimestamp
  last_seen_at: IsoTimestamp
  absolute_expires_at: IsoTimestamp
  acts_for_kvk: string | null
  intermediair_kvk: string | null
  /** JSON array of the eHerkenning services (machtigingen) of this login. */
  machtigingen: string
  niveau: string | null
  id_token: string | null
  rechten_versie: string
  /** Set on a rotated session: the hash of its successor, valid for a short grace period. */
  opvolger_hash: string | null
  vervangen_op: IsoTimestamp | null
}

export interface LegacyAccountTable {
  id: string
  soort: 'helpdesk-wachtwoord' | 'mijn-duo-token'
  gebruikersnaam: string
  password_hash: string | null
  totp_secret: string | null
  /** Highest TOTP time step accepted so far, against replay of a code. */
  totp_laatste_stap: number | null
  bestuursnummer: string
  naam: string
  failed_attempts: number
  locked_until: IsoTimestamp | null
  gekoppeld_aan_persoon_id: string | null
  gekoppeld_op: IsoTimestamp | null
  created_at: IsoTimestamp
  /** The person the account itself signs in as, before it is linked to eHerkenning. */
  eigen_persoon_id: string | null
}

export interface AuditLogTable {
  seq: Generated<number>
  id: string
  at: IsoTimestamp
  actor_persoon_id: string | null
  actor_omschrijving: string
  sessie_ref: string | null
  actie: string
  onderwerp_persoon_id: string | null
  bestuursnummer: string | null
  /** JSON object. */
  details: string
}

export interface DocumentTable {
  id: string
  bestuursnummer: string
  /** The section that published it. */
  bron: string
  soort: string
  titel: string
  /** The letter's own number. */
  referentie: string
  /** `YYYY-MM-DD`. */
  datum: string
  bestandsnaam: string
  content_type: string
  grootte: number
  /** Path relative to the data folder, e.g. `documenten/<uuid>`. */
  opslag: string
  zaak_referentie: string | null
  created_at: IsoTimestamp
}

export interface PlatformJobTable {
  id: string
  /** `<section>.<kind>`. */
  soort: string
  /** 'wachtend' | 'bezig' | 'klaar' | 'mislukt'. */
  status: string
  voortgang: number
  /** JSON `{ nl, en }` of the current step. */
  stap: string | null
  /** JSON. */
  data: string
  /** JSON. */
  resultaat: string | null
  /** JSON `{ nl, en }`. */
  fout: string | null
  bestuursnummer: string | null
  persoon_id: string | null
  pogingen: number
  aangemaakt_op: IsoTimestamp
  gestart_op: IsoTimestamp | null
  klaar_op: IsoTimestamp | null
  hartslag_op: IsoTimestamp | null
  bewaar_tot: IsoTimestamp | null
}

export interface PlatformTellerTable {
  /** `<limiter>:<key>`, e.g. `login-ip:203.0.113.7`. */
  sleutel: string
  teller: number
  /** When the window ends and the counter starts again. */
  reset_op: IsoTimestamp
}

export interface PlatformMailTable {
  id: string
  /** 'notificatie' | 'nieuwsbrief' | 'bevestiging'. */
  soort: string
  /** The one recipient's address. */
  aan: string
  onderwerp: string
  /** Plain text body. */
  tekst: string
  /** JSON object of extra headers (List-Unsubscribe, List-Unsubscribe-Post). */
  kopregels: string
  /** 'wachtend' | 'bezig' | 'verzonden' | 'mislukt'. */
  status: string
  pogingen: number
  /** Not sent before this moment (the backoff after a failed attempt). */
  volgende_poging_op: IsoTimestamp
  /** While 'bezig': the worker that claimed it owns it until then. */
  geclaimd_tot: IsoTimestamp | null
  laatste_fout: string | null
  aangemaakt_op: IsoTimestamp
  verzonden_op: IsoTimestamp | null
}

export interface PersoonNotificatiesTable {
  persoon_id: string
  /** All e-mail notifications on (1) or off (0). */
  aan: IntBool
  /** JSON array of the kinds switched off one by one. */
  soorten_uit: string
  /** Token of the one-click "switch off" link in every notification. */
  uit_token: string
  gewijzigd_op: IsoTimestamp
}

export interface PlatformOnderhoudTable {
  sectie: string
  /** First day (`YYYY-MM-DD`, Dutch calendar day) the section works again. */
  beschikbaar_vanaf: string
  /** Own wording of the message; null: the standard sentence with the date. */
  tekst_nl: string | null
  tekst_en: string | null
  gewijzigd_door: string | null
  gewijzigd_op: IsoTimestamp
}

export interface MededelingTable {
  id: string
  titel_nl: string
  titel_en: string
  tekst_nl: string
  tekst_en: string
  /** 'info' | 'waarschuwing' | 'storing'. */
  ernst: string
  /** 'home' (on the home page) | 'banner' (above every page). */
  plek: string
  /** 'iedereen' | 'ingelogd' | 'rol'. */
  doelgroep: string
  /** With doelgroep 'rol': the role id of `@duo/authz`. */
  rol: string | null
  /** First day shown, `YYYY-MM-DD` (Dutch calendar day). */
  vanaf: string
  /** Last day shown (inclusive); null: until it is removed. */
  tot: string | null
  gewijzigd_door: string | null
  aangemaakt_op: IsoTimestamp
  gewijzigd_op: IsoTimestamp
}

export interface MededelingVerborgenTable {
  mededeling_id: string
  persoon_id: string
  verborgen_op: IsoTimestamp
}

export interface NieuwsbriefAanvraagTable {
  id: string
  email: string
  /** JSON array of topics. */
  onderwerpen: string
  taal: string
  /** sha256 hex of the confirmation token; the token itself is only in the mail. */
  token_hash: string
  aangemaakt_op: IsoTimestamp
}

export interface NieuwsbriefAbonneeTable {
  id: string
  email: string
  onderwerpen: string
  taal: string
  uit_token: string
  bevestigd_op: IsoTimestamp
}

export interface NieuwsbriefUitgaveTable {
  id: string
  onderwerp: string
  titel: string
  tekst: string
  ontvangers: number
  verzonden_door: string | null
  verzonden_op: IsoTimestamp
}

export interface FeedbackTable {
  id: string
  /** The portal path the survey was opened from. */
  pagina: string
  /** 1 (very bad) to 5 (very good). */
  score: number
  goed: string | null
  beter: string | null
  /** Only when the person gave it, to be contacted. */
  email: string | null
  taal: string
  gegeven_op: IsoTimestamp
}

export interface Database {
  bestuur: BestuurTable
  school: SchoolTable
  vestiging: VestigingTable
  persoon: PersoonTable
  eherkenning_identiteit: EherkenningIdentiteitTable
  duo_medewerker: DuoMedewerkerTable
  rol_toekenning: RolToekenningTable
  sessie: SessieTable
  legacy_account: LegacyAccountTable
  audit_log: AuditLogTable
  document: DocumentTable
  platform_job: PlatformJobTable
  platform_teller: PlatformTellerTable
  platform_mail: PlatformMailTable
  persoon_notificaties: PersoonNotificatiesTable
  platform_onderhoud: PlatformOnderhoudTable
  mededeling: MededelingTable
  mededeling_verborgen: MededelingVerborgenTable
  nieuwsbrief_aanvraag: NieuwsbriefAanvraagTable
  nieuwsbrief_abonnee: NieuwsbriefAbonneeTable
  nieuwsbrief_uitgave: NieuwsbriefUitgaveTable
  feedback: FeedbackTable
}
