/**
 * The RIO register: changes, objects and versions (append-only), the derived timeline, the
 * instellingserkenningen and the stappenplan's drafts. Calendar days are `YYYY-MM-DD` text,
 * so they sort and compare the same on SQLite and PostgreSQL.
 */
import { sql, type Kysely } from 'kysely'
import { dialectOf } from '@duo/server-kit'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rio_register')
    .addColumn('bestuursnummer', 'text', (c) => c.primaryKey().references('bestuur.bestuursnummer'))
    .addColumn('volgnummer', 'integer', (c) => c.notNull())
    .addColumn('aangemaakt_op', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('rio_wijziging')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bestuursnummer', 'text', (c) => c.notNull().references('bestuur.bestuursnummer'))
    .addColumn('volgnummer', 'integer', (c) => c.notNull())
    .addColumn('referentie', 'text', (c) => c.notNull().unique())
    .addColumn('omschrijving', 'text')
    .addColumn('bron', 'text', (c) => c.notNull())
    .addColumn('ingediend_door_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('ingediend_door_naam', 'text', (c) => c.notNull())
    .addColumn('ingediend_op', 'text', (c) => c.notNull())
    .addColumn('aantal_mutaties', 'integer', (c) => c.notNull())
    .addUniqueConstraint('rio_wijziging_volgnummer_uq', ['bestuursnummer', 'volgnummer'])
    .execute()

  await db.schema
    .createTable('rio_object')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bestuursnummer', 'text', (c) => c.notNull().references('bestuur.bestuursnummer'))
    .addColumn('soort', 'text', (c) => c.notNull())
    // RIO's codes are unique across besturen.
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('ouder_id', 'text', (c) => c.references('rio_object.id'))
    .addColumn('wijziging_id', 'text', (c) => c.notNull().references('rio_wijziging.id'))
    .execute()
  await db.schema
    .createIndex('rio_object_bestuur_idx')
    .on('rio_object')
    .columns(['bestuursnummer', 'soort'])
    .execute()
  await db.schema.createIndex('rio_object_ouder_idx').on('rio_object').column('ouder_id').execute()

  await db.schema
    .createTable('rio_versie')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('object_id', 'text', (c) => c.notNull().references('rio_object.id'))
    .addColumn('wijziging_id', 'text', (c) => c.notNull().references('rio_wijziging.id'))
    .addColumn('volgnummer', 'integer', (c) => c.notNull())
    .addColumn('positie', 'integer', (c) => c.notNull())
    .addColumn('begindatum', 'text', (c) => c.notNull())
    .addColumn('einddatum', 'text')
    .addColumn('bestaat', 'integer', (c) => c.notNull())
    .addColumn('gegevens', 'text')
    .execute()
  await db.schema
    .createIndex('rio_versie_object_idx')
    .on('rio_versie')
    .columns(['object_id', 'volgnummer', 'positie'])
    .unique()
    .execute()
  await db.schema
    .createIndex('rio_versie_wijziging_idx')
    .on('rio_versie')
    .column('wijziging_id')
    .execute()

  // Derived: per object the segments where a version holds. One seek per object finds the
  // segment of a date, so "state on a date" does not slow down as history grows.
  await db.schema
    .createTable('rio_tijdlijn')
    .addColumn('object_id', 'text', (c) => c.notNull().references('rio_object.id'))
    .addColumn('bestuursnummer', 'text', (c) => c.notNull())
    .addColumn('begindatum', 'text', (c) => c.notNull())
    .addColumn('einddatum', 'text')
    .addColumn('versie_id', 'text', (c) => c.notNull().references('rio_versie.id'))
    .addPrimaryKeyConstraint('rio_tijdlijn_pk', ['object_id', 'begindatum'])
    .execute()

  await db.schema
    .createTable('rio_erkenning')
    .addColumn('erkenningscode', 'text', (c) => c.primaryKey())
    .addColumn('bestuursnummer', 'text', (c) => c.notNull().references('bestuur.bestuursnummer'))
    .addColumn('naam', 'text', (c) => c.notNull())
    .addColumn('begindatum', 'text', (c) => c.notNull())
    .addColumn('einddatum', 'text')
    .execute()
  await db.schema
    .createIndex('rio_erkenning_bestuur_idx')
    .on('rio_erkenning')
    .column('bestuursnummer')
    .execute()

  await db.schema
    .createTable('rio_concept')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bestuursnummer', 'text', (c) => c.notNull().references('bestuur.bestuursnummer'))
    .addColumn('persoon_id', 'text', (c) => c.notNull().references('persoon.id'))
    .addColumn('stap', 'text', (c) => c.notNull())
    .addColumn('gegevens', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('wijziging_referentie', 'text')
    .addColumn('aangemaakt_op', 'text', (c) => c.notNull())
    .addColumn('bijgewerkt_op', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('rio_concept_persoon_idx')
    .on('rio_concept')
    .columns(['bestuursnummer', 'persoon_id', 'status'])
    .execute()

  for (const table of ['rio_wijziging', 'rio_object', 'rio_versie']) await appendOnly(db, table)
}

/** Refuses UPDATE and DELETE on a table of the register, whoever tries. */
async function appendOnly(db: Kysely<any>, table: string): Promise<void> {
  const message = `${table} is append-only: een wijziging maakt een nieuwe versie`
  if (dialectOf(db) === 'postgres') {
    const fn = sql.id(`${table}_append_only`)
    await sql`CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '${sql.raw(message)}'; END $$`.execute(db)
    await sql`CREATE TRIGGER ${sql.id(`${table}_no_change`)}
      BEFORE UPDATE OR DELETE OR TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`.execute(db)
    return
  }
  for (const op of ['UPDATE', 'DELETE'] as const) {
    await sql`CREATE TRIGGER ${sql.id(`${table}_no_${op.toLowerCase()}`)}
      BEFORE ${sql.raw(op)} ON ${sql.table(table)}
      BEGIN SELECT RAISE(ABORT, '${sql.raw(message)}'); END`.execute(db)
  }
}
