/**
 * Mijn Helpdesk po: meldingen with their conversation and attachments, who read what, the
 * bestuur's contactpersoon, the helpdesk's own contact details (reference data) and the digital
 * archive. Timestamps ISO text, ids text UUIDs, as on the platform tables.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('helpdesk_melding')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('referentie', 'text', (c) => c.notNull().unique())
    .addColumn('bestuursnummer', 'text', (c) => c.notNull().references('bestuur.bestuursnummer'))
    .addColumn('instellingscode', 'text', (c) => c.references('school.instellingscode'))
    .addColumn('onderwerp', 'text', (c) => c.notNull())
    .addColumn('categorie', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('ingediend_door_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('ingediend_door_naam', 'text', (c) => c.notNull())
    // Owned by a pre-eHerkenning account: shown to the bestuur only once that account is linked.
    .addColumn('legacy_account_id', 'text', (c) => c.references('legacy_account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('laatste_antwoord_helpdesk_at', 'text')
    .execute()
  // The overview filters on status and sorts on updated_at or created_at; the queue runs across besturen.
  await db.schema
    .createIndex('helpdesk_melding_bestuur_status_idx')
    .on('helpdesk_melding')
    .columns(['bestuursnummer', 'status', 'updated_at'])
    .execute()
  await db.schema
    .createIndex('helpdesk_melding_bestuur_updated_idx')
    .on('helpdesk_melding')
    .columns(['bestuursnummer', 'updated_at'])
    .execute()
  await db.schema
    .createIndex('helpdesk_melding_bestuur_created_idx')
    .on('helpdesk_melding')
    .columns(['bestuursnummer', 'created_at'])
    .execute()
  await db.schema
    .createIndex('helpdesk_melding_bestuur_antwoord_idx')
    .on('helpdesk_melding')
    .columns(['bestuursnummer', 'laatste_antwoord_helpdesk_at'])
    .execute()
  await db.schema
    .createIndex('helpdesk_melding_status_idx')
    .on('helpdesk_melding')
    .columns(['status', 'updated_at'])
    .execute()
  await db.schema
    .createIndex('helpdesk_melding_updated_idx')
    .on('helpdesk_melding')
    .column('updated_at')
    .execute()
  await db.schema
    .createIndex('helpdesk_melding_legacy_idx')
    .on('helpdesk_melding')
    .column('legacy_account_id')
    .execute()

  await db.schema
    .createTable('helpdesk_reactie')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('melding_id', 'text', (c) => c.notNull().references('helpdesk_melding.id'))
    .addColumn('van', 'text', (c) => c.notNull()) // 'bestuur' | 'helpdesk'
    .addColumn('auteur_persoon_id', 'text', (c) => c.references('persoon.id'))
    .addColumn('auteur_naam', 'text', (c) => c.notNull())
    .addColumn('tekst', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('helpdesk_reactie_melding_idx')
    .on('helpdesk_reactie')
    .columns(['melding_id', 'created_at'])
    .execute()

  await db.schema
    .createTable('helpdesk_bijlage')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('melding_id', 'text', (c) => c.notNull().references('helpdesk_melding.id'))
    .addColumn('reactie_id', 'text', (c) => c.references('helpdesk_reactie.id'))
    .addColumn('bestandsnaam', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('grootte', 'integer', (c) => c.notNull())
    // Server-made file name under dataDir; never derived from what the user sent.
    .addColumn('opslag_naam', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('helpdesk_bijlage_melding_idx')
    .on('helpdesk_bijlage')
    .column('melding_id')
    .execute()

  await db.schema
    .createTable('helpdesk_gelezen')
    .addColumn('melding_id', 'text', (c) => c.notNull().references('helpdesk_melding.id'))
    .addColumn('persoon_id', 'text', (c) => c.notNull().references('persoon.id'))
    .addColumn('gelezen_op', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('helpdesk_gelezen_pk', ['melding_id', 'persoon_id'])
    .execute()
  await db.schema
    .createIndex('helpdesk_gelezen_persoon_idx')
    .on('helpdesk_gelezen')
    .columns(['persoon_id', 'melding_id'])
    .execute()

  await db.schema
    .createTable('helpdesk_contactpersoon')
    .addColumn('bestuursnummer', 'text', (c) => c.primaryKey().references('bestuur.bestuursnummer'))
    .addColumn('naam', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('telefoon', 'text', (c) => c.notNull())
    .addColumn('gewijzigd_op', 'text', (c) => c.notNull())
    .addColumn('gewijzigd_door', 'text')
    .execute()

  // The helpdesk's own contact details: data, so they change without a release.
  await db.schema
    .createTable('helpdesk_contactgegevens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('naam', 'text', (c) => c.notNull())
    .addColumn('telefoon', 'text', (c) => c.notNull())
    .addColumn('bereikbaarheid_nl', 'text', (c) => c.notNull())
    .addColumn('bereikbaarheid_en', 'text', (c) => c.notNull())
    .addColumn('postadres', 'text', (c) => c.notNull())
    .addColumn('bezoekadres', 'text', (c) => c.notNull())
    .addColumn('website', 'text', (c) => c.notNull())
    .execute()
  await db
    .insertInto('helpdesk_contactgegevens')
    .values({
      id: 'po',
      naam: 'Helpdesk DUO Primair Onderwijs',
      telefoon: '050 599 9300',
      bereikbaarheid_nl: 'Maandag tot en met vrijdag van 9.00 tot 17.00 uur',
      bereikbaarheid_en: 'Monday to Friday, 9:00 to 17:00',
      postadres: 'Postbus 30205, 2500 GE Den Haag',
      bezoekadres: 'Kempkensberg 12, 9722 TB Groningen',
      website: 'https://duo.nl/zakelijk/primair-onderwijs/',
    })
    .execute()

  await db.schema
    .createTable('helpdesk_document')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bestuursnummer', 'text', (c) => c.notNull().references('bestuur.bestuursnummer'))
    .addColumn('soort', 'text', (c) => c.notNull()) // 'brief' | 'beschikking'
    .addColumn('titel', 'text', (c) => c.notNull())
    .addColumn('kenmerk', 'text', (c) => c.notNull())
    .addColumn('datum', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('bestandsnaam', 'text', (c) => c.notNull())
    .addColumn('grootte', 'integer', (c) => c.notNull())
    .addColumn('opslag_naam', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('helpdesk_document_bestuur_idx')
    .on('helpdesk_document')
    .columns(['bestuursnummer', 'datum'])
    .execute()
}
