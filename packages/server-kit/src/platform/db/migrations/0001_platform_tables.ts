/**
 * The platform's tables: organisations, people and their logins, role grants, sessions, legacy
 * accounts and the audit log. Timestamps are ISO text, booleans 0/1, ids text UUIDs.
 */
import { sql, type Kysely } from 'kysely'
import { addAutoIncrementPrimaryKey, dialectOf, makeAppendOnly } from '../../../db/dialect'

export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db)

  await db.schema
    .createTable('bestuur')
    .addColumn('bestuursnummer', 'text', (c) => c.primaryKey())
    .addColumn('kvk', 'text', (c) => c.notNull().unique())
    .addColumn('onderwijsbestuurcode', 'text', (c) => c.notNull().unique())
    .addColumn('naam', 'text', (c) => c.notNull())
    .addColumn('osr_overeenkomst_getekend', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('school')
    .addColumn('instellingscode', 'text', (c) => c.primaryKey())
    .addColumn('bestuursnummer', 'text', (c) => c.notNull().references('bestuur.bestuursnummer'))
    .addColumn('naam', 'text', (c) => c.notNull())
    .addColumn('onderwijsaanbiedercode', 'text', (c) => c.notNull().unique())
    .execute()
  await db.schema
    .createIndex('school_bestuursnummer_idx')
    .on('school')
    .column('bestuursnummer')
    .execute()

  await db.schema
    .createTable('vestiging')
    .addColumn('vestigingscode', 'text', (c) => c.primaryKey())
    .addColumn('instellingscode', 'text', (c) => c.notNull().references('school.instellingscode'))
    .addColumn('naam', 'text', (c) => c.notNull())
    .addColumn('plaats', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('vestiging_instellingscode_idx')
    .on('vestiging')
    .column('instellingscode')
    .execute()

  await db.schema
    .createTable('persoon')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('naam', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('eherkenning_identiteit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('persoon_id', 'text', (c) => c.notNull().references('persoon.id'))
    .addColumn('legal_subject_kvk', 'text', (c) => c.notNull())
    .addColumn('acting_subject_id', 'text', (c) => c.notNull())
    .addColumn('intermediair_kvk', 'text')
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('eherkenning_identiteit_paar_uq', [
      'legal_subject_kvk',
      'acting_subject_id',
    ])
    .execute()
  await db.schema
    .createIndex('eherkenning_identiteit_persoon_idx')
    .on('eherkenning_identiteit')
    .column('persoon_id')
    .execute()

  await db.schema
    .createTable('duo_medewerker')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('persoon_id', 'text', (c) => c.notNull().references('persoon.id'))
    .addColumn('subject', 'text', (c) => c.notNull().unique())
    .addColumn('rol', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('rol_toekenning')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('persoon_id', 'text', (c) => c.notNull().references('persoon.id'))
    .addColumn('bestuursnummer', 'text', (c) => c.notNull().references('bestuur.bestuursnummer'))
    .addColumn('rol', 'text', (c) => c.notNull())
    .addColumn('kenmerk', 'text', (c) => c.notNull())
    .addColumn('geldig_vanaf', 'text')
    .addColumn('geldig_tot', 'text')
    .addColumn('toegekend_door', 'text', (c) => c.references('persoon.id'))
    .addColumn('toegekend_op', 'text', (c) => c.notNull())
    .addColumn('ingetrokken_op', 'text')
    .addColumn('ingetrokken_door', 'text', (c) => c.references('persoon.id'))
    .execute()
  await db.schema
    .createIndex('rol_toekenning_persoon_idx')
    .on('rol_toekenning')
    .column('persoon_id')
    .execute()
  await db.schema
    .createIndex('rol_toekenning_bestuur_idx')
    .on('rol_toekenning')
    .columns(['bestuursnummer', 'rol'])
    .execute()

  await db.schema
    .createTable('sessie')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('persoon_id', 'text', (c) => c.notNull().references('persoon.id'))
    .addColumn('methode', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('absolute_expires_at', 'text', (c) => c.notNull())
    .addColumn('acts_for_kvk', 'text')
    .addColumn('intermediair_kvk', 'text')
    .addColumn('machtigingen', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('niveau', 'text')
    .addColumn('id_token', 'text')
    .addColumn('rechten_versie', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('sessie_persoon_idx').on('sessie').column('persoon_id').execute()
  await db.schema
    .createIndex('sessie_expires_idx')
    .on('sessie')
    .column('absolute_expires_at')
    .execute()

  await db.schema
    .createTable('legacy_account')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('soort', 'text', (c) =>
      c.notNull().check(sql`soort in ('helpdesk-wachtwoord', 'mijn-duo-token')`),
    )
    .addColumn('gebruikersnaam', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text')
    .addColumn('totp_secret', 'text')
    .addColumn('totp_laatste_stap', 'integer')
    .addColumn('bestuursnummer', 'text', (c) => c.notNull().references('bestuur.bestuursnummer'))
    .addColumn('naam', 'text', (c) => c.notNull())
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('gekoppeld_aan_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('gekoppeld_op', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('legacy_account_persoon_idx')
    .on('legacy_account')
    .column('gekoppeld_aan_persoon_id')
    .execute()

  // No foreign keys: the log must outlive and never block changes elsewhere.
  await addAutoIncrementPrimaryKey(db.schema.createTable('audit_log'), 'seq', dialect)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_persoon_id', 'text')
    .addColumn('actor_omschrijving', 'text', (c) => c.notNull())
    .addColumn('sessie_ref', 'text')
    .addColumn('actie', 'text', (c) => c.notNull())
    .addColumn('onderwerp_persoon_id', 'text')
    .addColumn('bestuursnummer', 'text')
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute()
  await db.schema
    .createIndex('audit_log_bestuur_idx')
    .on('audit_log')
    .columns(['bestuursnummer', 'seq'])
    .execute()
  await db.schema
    .createIndex('audit_log_actie_idx')
    .on('audit_log')
    .columns(['actie', 'seq'])
    .execute()
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute()
  await db.schema
    .createIndex('audit_log_onderwerp_idx')
    .on('audit_log')
    .columns(['onderwerp_persoon_id', 'seq'])
    .execute()
  await makeAppendOnly(db, 'audit_log')
}
