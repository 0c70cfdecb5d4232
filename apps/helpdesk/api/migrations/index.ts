import type { MigrationSet } from '@duo/server-kit'
import * as m0001 from './0001_helpdesk_tables'
import * as m0002 from './0002_archief_naar_platform'

/** The helpdesk section's migrations (namespace `helpdesk`). */
export const helpdeskMigrations: MigrationSet = {
  '0001_helpdesk_tables': m0001,
  '0002_archief_naar_platform': m0002,
}
