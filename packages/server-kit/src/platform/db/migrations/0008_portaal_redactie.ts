/**
 * What DUO's redactie runs around the sections: announcements (`mededeling`, and which person
 * dismissed which), the newsletter (requests awaiting their confirmation, confirmed
 * subscribers, the issues sent) and the answers of the feedback survey.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mededeling')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('titel_nl', 'text', (c) => c.notNull())
    .addColumn('titel_en', 'text', (c) => c.notNull())
    .addColumn('tekst_nl', 'text', (c) => c.notNull())
    .addColumn('tekst_en', 'text', (c) => c.notNull())
    .addColumn('ernst', 'text', (c) => c.notNull())
    .addColumn('plek', 'text', (c) => c.notNull())
    .addColumn('doelgroep', 'text', (c) => c.notNull())
    .addColumn('rol', 'text')
    .addColumn('vanaf', 'text', (c) => c.notNull())
    .addColumn('tot', 'text')
    .addColumn('gewijzigd_door', 'text')
    .addColumn('aangemaakt_op', 'text', (c) => c.notNull())
    .addColumn('gewijzigd_op', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('mededeling_verborgen')
    .addColumn('mededeling_id', 'text', (c) =>
      c.notNull().references('mededeling.id').onDelete('cascade'),
    )
    .addColumn('persoon_id', 'text', (c) => c.notNull().references('persoon.id'))
    .addColumn('verborgen_op', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mededeling_verborgen_pk', ['mededeling_id', 'persoon_id'])
    .execute()

  await db.schema
    .createTable('nieuwsbrief_aanvraag')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('onderwerpen', 'text', (c) => c.notNull())
    .addColumn('taal', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('aangemaakt_op', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('nieuwsbrief_aanvraag_email_idx')
    .on('nieuwsbrief_aanvraag')
    .columns(['email', 'aangemaakt_op'])
    .execute()
  await db.schema
    .createTable('nieuwsbrief_abonnee')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('onderwerpen', 'text', (c) => c.notNull())
    .addColumn('taal', 'text', (c) => c.notNull())
    .addColumn('uit_token', 'text', (c) => c.notNull().unique())
    .addColumn('bevestigd_op', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('nieuwsbrief_uitgave')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('onderwerp', 'text', (c) => c.notNull())
    .addColumn('titel', 'text', (c) => c.notNull())
    .addColumn('tekst', 'text', (c) => c.notNull())
    .addColumn('ontvangers', 'integer', (c) => c.notNull())
    .addColumn('verzonden_door', 'text')
    .addColumn('verzonden_op', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pagina', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('goed', 'text')
    .addColumn('beter', 'text')
    .addColumn('email', 'text')
    .addColumn('taal', 'text', (c) => c.notNull())
    .addColumn('gegeven_op', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('feedback_gegeven_op_idx')
    .on('feedback')
    .columns(['gegeven_op'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'feedback',
    'nieuwsbrief_uitgave',
    'nieuwsbrief_abonnee',
    'nieuwsbrief_aanvraag',
    'mededeling_verborgen',
    'mededeling',
  ])
    await db.schema.dropTable(t).execute()
}
