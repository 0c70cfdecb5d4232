/**
 * The digitaal archief became a platform service (any section publishes to it): the
 * helpdesk's documents move to the platform's `document` table, their files stay where they are.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    INSERT INTO document (id, bestuursnummer, bron, soort, titel, referentie, datum, bestandsnaam,
                          content_type, grootte, opslag, zaak_referentie, created_at)
    SELECT id, bestuursnummer, 'helpdesk', soort, titel, kenmerk, datum, bestandsnaam,
           'application/pdf', grootte, 'helpdesk/archief/' || opslag_naam, NULL, created_at
    FROM helpdesk_document`.execute(db)
  await db.schema.dropTable('helpdesk_document').execute()
}

export async function down(): Promise<void> {
  throw new Error('Het archief gaat niet terug naar de helpdesk')
}
