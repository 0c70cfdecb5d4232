import type { Kysely } from 'kysely'
import type { Database } from '@duo/server-kit/platform'

/** Whether the bestuur still has an unlinked Mijn Helpdesk po account that a first login could claim. */
export async function offersHelpdeskLink(
  db: Kysely<Database>,
  bestuursnummer: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('legacy_account')
    .select('id')
    .where('bestuursnummer', '=', bestuursnummer)
    .where('soort', '=', 'helpdesk-wachtwoord')
    .where('gekoppeld_aan_persoon_id', 'is', null)
    .executeTakeFirst()
  return row !== undefined
}
