/**
 * Lists that do not slow down with their size: the archive's keyset order per bestuur (and per
 * soort) as indexes that end in the id, and its full-text search (titel, referentie).
 */
import type { Kysely } from 'kysely'
import { documentZoek } from '../../services/documenten'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('document_bestuur_datum_idx').execute()
  await db.schema
    .createIndex('document_bestuur_datum_idx')
    .on('document')
    .columns(['bestuursnummer', 'datum', 'id'])
    .execute()
  await db.schema
    .createIndex('document_bestuur_soort_datum_idx')
    .on('document')
    .columns(['bestuursnummer', 'soort', 'datum', 'id'])
    .execute()
  await documentZoek.maak(db)
}
