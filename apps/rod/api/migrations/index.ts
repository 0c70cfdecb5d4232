import type { MigrationSet } from '@duo/server-kit'
import * as m0001 from './0001_rod_tables'
import * as m0002 from './0002_dashboard_indexen'
import * as m0003 from './0003_lijsten'
import * as m0004 from './0004_een_open_verzoek'

/** ROD's migrations (namespace `rod`). */
export const rodMigrations: MigrationSet = {
  '0001_rod_tables': m0001,
  '0002_dashboard_indexen': m0002,
  '0003_lijsten': m0003,
  '0004_een_open_verzoek': m0004,
}
