import type { MigrationSet } from '@duo/server-kit'
import * as m0001 from './0001_xbrl_tables'
import * as m0002 from './0002_status_volgorde'
import * as m0003 from './0003_lijsten'

/** The XBRL section's migrations (namespace `xbrl`). */
export const xbrlMigrations: MigrationSet = {
  '0001_xbrl_tables': m0001,
  '0002_status_volgorde': m0002,
  '0003_lijsten': m0003,
}
