/**
 * `@duo/server-kit`: what a section's API may use of the platform. A section's `api/` imports
 * this (and `@duo/server-kit/testing` in its tests), never the BFF, the platform's internals
 * (`@duo/server-kit/platform`) or another section.
 */
export { defineApiSection, type ApiSection, type ApiOf } from './define-api-section'
export type { AppEnv } from './http/env'
export {
  ApiProblem,
  apiFout,
  conflict,
  geweigerd,
  nietGevonden,
  ongeldigeInvoer,
  type ApiFoutBody,
  type VeldFout,
} from './http/errors'
export { invoerFout, tekst, valideer, validationHook, veldFout } from './http/validation'
export { TeGrootFout, bodyLimiet, jsonLimit, uploadLimit } from './http/limits'
export { contentDisposition, downloadHeaders } from './http/download'
export { clientAdres } from './platform/rate-limit'
export {
  GEEN_BESTUUR,
  actorOmschrijving,
  authOf,
  authorize,
  authorizeLoaded,
  bestuurVan,
  may,
  requireBestuur,
  requireLogin,
} from './auth/guards'
export type { AuthContext, BestuurTree, Persoon, SchoolNode, Session } from './auth/types'
export {
  keurBestand,
  sniff,
  veiligeNaam,
  type Keuring,
  type ToegestaneExtensie,
} from './files/keuring'
export {
  alsLijst,
  metBijlagen,
  ontvangBijlagen,
  type BijlageRegels,
  type NieuweBijlage,
} from './files/bijlagen'
export type { Clock } from './clock'
export type { Logger } from './logger'
export {
  addAutoIncrementPrimaryKey,
  dialectOf,
  fromIntBool,
  inTransaction,
  isUniqueViolation,
  newId,
  toIntBool,
  toIso,
  type DialectName,
} from './db/dialect'
export {
  MAX_PAGINA_GROOTTE,
  TEL_TOT,
  cursorParam,
  cursorVan,
  grootte,
  leesCursor,
  lijstInfo,
  lijstParams,
  pagineer,
  telBegrensd,
  voorbij,
  type LijstInfo,
  type LijstPagina,
  type Positie,
  type Sleutel,
  type Telling,
} from './db/lijst'
export { zoekIndex, zoekWoorden, type ZoekIndex, type ZoekIndexDefinitie } from './db/zoek'
export type { Migration, MigrationSet } from './platform/db/migrate'
export {
  DOCUMENTSOORTEN,
  NOTIFICATIESOORTEN,
  type ArchiefDocument,
  type AuditEntry,
  type AuditFilter,
  type AuditService,
  type BestandenService,
  type BestuurPersoon,
  type BestuurSummary,
  type DocumentFilter,
  type DocumentSoort,
  type DocumentenService,
  type GrantRecord,
  type IdSelectie,
  type InTransaction,
  type Job,
  type JobHandler,
  type JobStatus,
  type JobUitvoering,
  type JobsService,
  type Label,
  type NewGrant,
  type Notificatie,
  type NotificatieOntvanger,
  type NotificatieService,
  type NotificatieSoort,
  type OrganisatieService,
  type PersonenService,
  type RateLimitOpties,
  type RollenService,
  type SectionPlatform,
} from './services'
