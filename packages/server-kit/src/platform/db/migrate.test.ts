import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { appliedMigrations, migrateToLatest, type MigrationSet } from './migrate'
import { createTestDb } from './test-db'

describe('section migrations', () => {
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

  it('refuses the platform namespace and bad names', async () => {
    const h = await createTestDb('sqlite', { migrate: false })
    try {
      for (const extra of [
        [{ namespace: 'platform', migrations: {} }],
        [{ namespace: 'Rio', migrations: {} }],
        [{ namespace: 'rio', migrations: { registraties: rio['0001_registraties']! } }],
      ]) {
        await expect(migrateToLatest(h.db, extra)).rejects.toThrow(/namespace|NNNN_naam/)
      }
    } finally {
      await h.close()
    }
  })

  it("applies a section's migrations after the platform's, and a later platform-sorted name too", async () => {
    const h = await createTestDb('sqlite', { migrate: false })
    try {
      await migrateToLatest(h.db, [{ namespace: 'rio', migrations: rio }])
      expect(await appliedMigrations(h.db, [{ namespace: 'rio', migrations: rio }])).toEqual([
        'platform/0001_platform_tables',
        'platform/0002_legacy_eigen_persoon',
        'platform/0003_sessie_opvolger',
        'platform/0004_documenten_jobs',
        'platform/0005_tellers',
        'platform/0006_rechten_teller',
        'platform/0007_mail_onderhoud',
        'platform/0008_portaal_redactie',
        'platform/0009_lijsten',
        'platform/0010_oude_accounts_per_bestuur',
        'rio/0001_registraties',
      ])
      // A section added later whose name sorts before an applied one still runs.
      const beheer: MigrationSet = { '0001_x': { up: async () => {} } }
      const r = await migrateToLatest(h.db, [
        { namespace: 'rio', migrations: rio },
        { namespace: 'beheer', migrations: beheer },
      ])
      expect(r.results?.map((x) => x.migrationName)).toEqual(['beheer/0001_x'])
    } finally {
      await h.close()
    }
  })
})
