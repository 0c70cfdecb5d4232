import { sql, type Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDb, dbConfigFromEnv } from './create-db'
import { isUniqueViolation } from '../../db/dialect'
import {
  appliedMigrations,
  compareMigrationNames,
  migrateToLatest,
  type NamespacedMigrations,
} from './migrate'
import { createTestDb, dialectsUnderTest, useTestDb } from './test-db'

const sectionMigrations: NamespacedMigrations = {
  namespace: 'testsectie',
  migrations: {
    '0001_notities': {
      up: async (db: Kysely<any>) => {
        await db.schema
          .createTable('testsectie_notitie')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('persoon_id', 'text', (c) => c.notNull().references('persoon.id'))
          .execute()
      },
    },
  },
}

describe.each(dialectsUnderTest)('db (%s)', (dialect) => {
  const t = useTestDb(dialect)

  it('reports its dialect', () => {
    expect(t.dialect).toBe(dialect)
  })

  it('migrateToLatest is idempotent', async () => {
    const before = await appliedMigrations(t.db)
    expect(before).toEqual([
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
    ])
    const again = await migrateToLatest(t.db)
    expect(again.results).toEqual([])
    expect(await appliedMigrations(t.db)).toEqual(before)
  })

  it('applies section migrations after the platform ones, namespaced, once', async () => {
    const first = await migrateToLatest(t.db, [sectionMigrations])
    expect(first.results?.map((r) => [r.migrationName, r.status])).toEqual([
      ['testsectie/0001_notities', 'Success'],
    ])
    const second = await migrateToLatest(t.db, [sectionMigrations])
    expect(second.results).toEqual([])
    expect(await appliedMigrations(t.db, [sectionMigrations])).toEqual([
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
      'testsectie/0001_notities',
    ])
  })

  it('refuses two identities with the same (KvK, pseudonym) pair', async () => {
    const at = new Date().toISOString()
    await t.db
      .insertInto('persoon')
      .values({ id: 'p-uq', naam: 'X', email: null, created_at: at })
      .execute()
    const identity = (id: string) => ({
      id,
      persoon_id: 'p-uq',
      legal_subject_kvk: '11111111',
      acting_subject_id: 'EH-UQ',
      intermediair_kvk: null,
      first_seen_at: at,
      last_seen_at: at,
    })
    await t.db.insertInto('eherkenning_identiteit').values(identity('i-1')).execute()
    const err = await t.db
      .insertInto('eherkenning_identiteit')
      .values(identity('i-2'))
      .execute()
      .catch((e: unknown) => e)
    expect(isUniqueViolation(err)).toBe(true)
  })

  it('enforces foreign keys', async () => {
    await expect(
      t.db
        .insertInto('school')
        .values({
          instellingscode: '99ZZ',
          bestuursnummer: '00000',
          naam: 'Nergens',
          onderwijsaanbiedercode: '999A999',
        })
        .execute(),
    ).rejects.toThrow()
  })

  it('refuses UPDATE and DELETE on audit_log at the database level', async () => {
    await t.db
      .insertInto('audit_log')
      .values({
        id: 'a-1',
        at: new Date().toISOString(),
        actor_omschrijving: 'test',
        actie: 'login',
        details: '{}',
      })
      .execute()
    await expect(t.db.updateTable('audit_log').set({ actie: 'x' }).execute()).rejects.toThrow(
      /append-only/,
    )
    await expect(t.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/)
    if (dialect === 'postgres') {
      await expect(sql`TRUNCATE audit_log`.execute(t.db)).rejects.toThrow(/append-only/)
    }
    const rows = await t.db.selectFrom('audit_log').select('actie').execute()
    expect(rows).toEqual([{ actie: 'login' }])
  })

  it('returns the auto-increment seq as a number', async () => {
    const r = await t.db
      .insertInto('audit_log')
      .values({
        id: 'a-2',
        at: new Date().toISOString(),
        actor_omschrijving: 'test',
        actie: 'login',
        details: '{}',
      })
      .returning('seq')
      .executeTakeFirstOrThrow()
    expect(typeof r.seq).toBe('number')
  })
})

describe('migration order', () => {
  it('puts platform migrations first, then sections by namespace and name', () => {
    const names = [
      'rod/0001_a',
      'platform/0002_b',
      'bekostiging/0002_x',
      'platform/0001_a',
      'bekostiging/0001_y',
    ]
    expect([...names].sort(compareMigrationNames)).toEqual([
      'platform/0001_a',
      'platform/0002_b',
      'bekostiging/0001_y',
      'bekostiging/0002_x',
      'rod/0001_a',
    ])
  })

  it('refuses badly named migrations', async () => {
    const h = await createTestDb('sqlite')
    try {
      await expect(
        migrateToLatest(h.db, [{ namespace: 'platform', migrations: {} }]),
      ).rejects.toThrow(/namespace/)
      await expect(
        migrateToLatest(h.db, [
          { namespace: 'rod', migrations: { tabellen: { up: async () => {} } } },
        ]),
      ).rejects.toThrow(/NNNN_naam/)
    } finally {
      await h.close()
    }
  })
})

describe('createDb (sqlite file)', () => {
  it('creates the data folder, uses WAL and foreign keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duo-db-'))
    try {
      const { db, dialect, close } = createDb(
        dbConfigFromEnv({ DUO_DATA_DIR: join(dir, 'nested') }),
      )
      expect(dialect).toBe('sqlite')
      const mode = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(db)
      const fk = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(db)
      expect(mode.rows[0]?.journal_mode).toBe('wal')
      expect(fk.rows[0]?.foreign_keys).toBe(1)
      await migrateToLatest(db)
      await close()
      // A restart finds the file migrated and changes nothing.
      const again = createDb({ dataDir: join(dir, 'nested') })
      expect((await migrateToLatest(again.db)).results).toEqual([])
      await again.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('selects PostgreSQL for a postgres URL and refuses other URLs', async () => {
    const h = createDb({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none' })
    expect(h.dialect).toBe('postgres')
    await h.close()
    expect(() => createDb({ databaseUrl: 'mysql://x' })).toThrow(/postgres/)
  })
})
