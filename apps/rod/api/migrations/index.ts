import type { MigrationSet } from '@duo/server-kit'
import * as m0001 from './0001_rod_tables'
import * as m0002 from './0002_dashboard_indexen'
import * as m0003 from './0003_lijsten'

/** ROD's migrations (namespace `rod`). */
export const rodMigrations: MigrationSet = {
  '0001_rod_tables': m0001,
  '0002_dashboard_indexen': m0002,
  '0003_lijsten': m0003,
}
