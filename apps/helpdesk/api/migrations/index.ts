import type { MigrationSet } from '@duo/server-kit'
import * as m0001 from './0001_helpdesk_tables'
import * as m0002 from './0002_archief_naar_platform'
import * as m0003 from './0003_lijsten'

/** The helpdesk section's migrations (namespace `helpdesk`). */
export const helpdeskMigrations: MigrationSet = {
  '0001_helpdesk_tables': m0001,
  '0002_archief_naar_platform': m0002,
  '0003_lijsten': m0003,
}
