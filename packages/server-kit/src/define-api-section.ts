import type { Hono } from 'hono'
import type { AppEnv } from './http/env'
import type { MigrationSet } from './platform/db/migrate'
import type { JobHandler, Label, SectionPlatform } from './services'

/**
 * A section's part of the BFF: its routes, its tables, its demo data, its background jobs and
 * the audit actions it writes. The BFF composes every section from one list; adding a
 * section, a feature, a table or demo data touches nothing outside `apps/<section>/`.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- any Hono schema */
export interface ApiSection<
  Tables = unknown,
  Routes extends Hono<AppEnv, any, any> = Hono<AppEnv, any, any>,
> {
  /* eslint-enable @typescript-eslint/no-explicit-any */
  /** The section's id: its routes live under `/api/<id>`, its migrations in namespace `<id>`. */
  id: string
  /** Builds the section's routes (a Hono app split by feature with `.route()`). */
  routes(platform: SectionPlatform<Tables>): Routes
  /** Its own tables: `NNNN_name` → migration; applied after the platform's. */
  migrations?: MigrationSet
  /** Demo data (only with `DUO_DEMO_DATA`); must be idempotent: it runs at every start. */
  demoData?(platform: SectionPlatform<Tables>): Promise<void>
  /** Background job kinds, started with `platform.jobs.start(<kind>, …)`. */
  jobs?(platform: SectionPlatform<Tables>): Record<string, JobHandler<never, unknown>>
  /** Every audit action it writes (`<id>.<object>.<verb>`), with a label for the logboek. */
  auditActies?: Record<string, Label>
}

const ID = /^[a-z][a-z0-9-]{1,30}$/
const ACTIE = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/

/**
 * Declares a section's API module; checked at start-up, so a mistake fails fast.
 * @example
 * // apps/rod/api/index.ts
 * export default defineApiSection({
 *   id: 'rod',
 *   routes: (platform) => new Hono<AppEnv>().route('/dashboard', dashboardRoutes(platform)),
 *   migrations: { '0001_rod_tables': m0001 },
 *   demoData: seedRodDemo,
 *   auditActies: { 'rod.leerlingdossier.geraadpleegd': { nl: 'Leerlingdossier geraadpleegd', en: 'Pupil file viewed' } },
 * })
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Hono schema
export function defineApiSection<Tables, Routes extends Hono<AppEnv, any, any>>(
  section: ApiSection<Tables, Routes>,
): ApiSection<Tables, Routes> {
  if (!ID.test(section.id)) throw new Error(`Ongeldige sectie-id '${section.id}'`)
  for (const actie of Object.keys(section.auditActies ?? {})) {
    if (!ACTIE.test(actie) || !actie.startsWith(`${section.id}.`))
      throw new Error(
        `Auditactie '${actie}' van sectie '${section.id}' heeft niet de vorm ${section.id}.<object>.<werkwoord>`,
      )
  }
  return section
}

/**
 * The type of a section's API, for its typed client.
 * @example
 * export type RodApi = ApiOf<typeof rodApi>
 * const api = useSectionApi<RodApi>('rod')
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any section
export type ApiOf<S extends ApiSection<any, any>> = ReturnType<S['routes']>
