import type { MigrationSet } from '../../../db/migrate'
import * as m0001 from './0001_helpdesk_tables'

/** The helpdesk section's migrations (namespace `helpdesk`). */
export const helpdeskMigrations: MigrationSet = {
  '0001_helpdesk_tables': m0001,
}
