import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import {
  appliedMigrations,
  migrateToLatest,
  registerMigrations,
  type MigrationSet,
} from './migrate'
import { createTestDb } from './test-db'

// The registry is module state: this file has it to itself (vitest isolates test files).
describe('registerMigrations', () => {
  const rio: MigrationSet = {
    '0001_registraties': {
      up: async (db: Kysely<any>) => {
        await db.schema
          .createTable('rio_registratie')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .execute()
      },
    },
  }

  it('refuses the platform namespace, bad names and a second, different set', () => {
    expect(() => registerMigrations('platform', {})).toThrow(/namespace/)
    expect(() => registerMigrations('Rio', {})).toThrow(/namespace/)
    expect(() => registerMigrations('rio', { registraties: rio['0001_registraties']! })).toThrow(
      /NNNN_naam/,
    )
    registerMigrations('rio', rio)
    registerMigrations('rio', rio)
    expect(() => registerMigrations('rio', { ...rio })).toThrow(/al geregistreerd/)
  })

  it('applies registered sections on migrateToLatest, and a later platform-sorted name too', async () => {
    const h = await createTestDb('sqlite', { migrate: false })
    try {
      await migrateToLatest(h.db)
      expect(await appliedMigrations(h.db)).toEqual([
        'platform/0001_platform_tables',
        'platform/0002_legacy_eigen_persoon',
        'platform/0003_sessie_opvolger',
        'rio/0001_registraties',
      ])
      // A section added later whose name sorts before an applied one still runs.
      const beheer: MigrationSet = { '0001_x': { up: async () => {} } }
      const r = await migrateToLatest(h.db, [{ namespace: 'beheer', migrations: beheer }])
      expect(r.results?.map((x) => x.migrationName)).toEqual(['beheer/0001_x'])
    } finally {
      await h.close()
    }
  })
})
