/**
 * Versioned, forward-only migrations, applied at BFF start. The platform's own migrations live in
 * `platform/db/migrations/NNNN_name.ts`; each section brings its own in `defineApiSection`
 * (`apps/<section>/api/migrations/`), handed over as the `extra` argument of `migrateToLatest`.
 *
 * Names are stored namespaced (`platform/0001_platform_tables`, `rod/0001_…`). Platform
 * migrations run first, then the sections' in namespace order. A section or platform migration
 * added later may sort before one already applied: that is allowed (Kysely's unordered mode), so
 * teams do not have to coordinate numbers.
 */
import {
  Migrator,
  type Kysely,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
} from 'kysely'
import * as m0001 from './migrations/0001_platform_tables'
import * as m0002 from './migrations/0002_legacy_eigen_persoon'
import * as m0003 from './migrations/0003_sessie_opvolger'
import * as m0004 from './migrations/0004_documenten_jobs'
import * as m0005 from './migrations/0005_tellers'
import * as m0006 from './migrations/0006_rechten_teller'
import * as m0007 from './migrations/0007_mail_onderhoud'
import * as m0008 from './migrations/0008_portaal_redactie'
import * as m0009 from './migrations/0009_lijsten'
import * as m0010 from './migrations/0010_oude_accounts_per_bestuur'

export type { Migration }

/** Migrations of one namespace, keyed by `NNNN_name`. */
export type MigrationSet = Record<string, Migration>

export interface NamespacedMigrations {
  namespace: string
  migrations: MigrationSet
}

const PLATFORM = 'platform'

const platformMigrations: MigrationSet = {
  '0001_platform_tables': m0001,
  '0002_legacy_eigen_persoon': m0002,
  '0003_sessie_opvolger': m0003,
  '0004_documenten_jobs': m0004,
  '0005_tellers': m0005,
  '0006_rechten_teller': m0006,
  '0007_mail_onderhoud': m0007,
  '0008_portaal_redactie': m0008,
  '0009_lijsten': m0009,
  '0010_oude_accounts_per_bestuur': m0010,
}

const NAMESPACE_RE = /^[a-z][a-z0-9-]*$/
const NAME_RE = /^\d{4}_[a-z0-9_]+$/

function validate(namespace: string, migrations: MigrationSet): void {
  if (!NAMESPACE_RE.test(namespace) || namespace === PLATFORM) {
    throw new Error(`Ongeldige migratie-namespace '${namespace}'`)
  }
  for (const name of Object.keys(migrations)) {
    if (!NAME_RE.test(name))
      throw new Error(`Ongeldige migratienaam '${namespace}/${name}' (verwacht NNNN_naam)`)
  }
}

/** All migrations by their stored name: the platform's and the sections' (`extra`). */
function collectMigrations(extra: NamespacedMigrations[] = []): Record<string, Migration> {
  const all: Record<string, Migration> = {}
  const add = (namespace: string, set: MigrationSet) => {
    for (const [name, migration] of Object.entries(set)) {
      const key = `${namespace}/${name}`
      if (all[key] && all[key] !== migration)
        throw new Error(`Migratie '${key}' komt twee keer voor`)
      all[key] = migration
    }
  }
  add(PLATFORM, platformMigrations)
  for (const { namespace, migrations } of extra) {
    validate(namespace, migrations)
    add(namespace, migrations)
  }
  return all
}

/** Platform first, then by namespace, then by name. */
export function compareMigrationNames(a: string, b: string): number {
  const rank = (name: string) => (name.startsWith(`${PLATFORM}/`) ? 0 : 1)
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)
}

function migratorFor(
  db: Kysely<any>,
  extra: NamespacedMigrations[],
  keep: (name: string) => boolean = () => true,
): Migrator {
  const migrations = Object.fromEntries(
    Object.entries(collectMigrations(extra)).filter(([name]) => keep(name)),
  )
  const provider: MigrationProvider = { getMigrations: async () => migrations }
  return new Migrator({
    db,
    provider,
    allowUnorderedMigrations: true,
    nameComparator: compareMigrationNames,
  })
}

/**
 * Applies every pending migration; does nothing when the database is current. Throws (after
 * Kysely rolled back what it could) when a migration fails.
 */
export async function migrateToLatest(
  db: Kysely<any>,
  extra: NamespacedMigrations[] = [],
): Promise<MigrationResultSet> {
  // Kysely runs pending migrations in plain name order, which would put `beheer/…` before
  // `platform/…` on a fresh database. So: first the platform's (keeping those already run), then all.
  const executed = new Set(await appliedMigrations(db, extra))
  const first = await migratorFor(
    db,
    extra,
    (name) => name.startsWith(`${PLATFORM}/`) || executed.has(name),
  ).migrateToLatest()
  const second = first.error ? first : await migratorFor(db, extra).migrateToLatest()
  const result: MigrationResultSet = first.error
    ? first
    : { ...second, results: [...(first.results ?? []), ...(second.results ?? [])] }
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName
    throw new Error(`Migratie ${failed ?? ''} mislukt: ${String(result.error)}`, {
      cause: result.error,
    })
  }
  return result
}

/** Names of the migrations applied so far, in order. */
export async function appliedMigrations(
  db: Kysely<any>,
  extra: NamespacedMigrations[] = [],
): Promise<string[]> {
  const infos = await migratorFor(db, extra).getMigrations()
  return infos.filter((i) => i.executedAt).map((i) => i.name)
}
