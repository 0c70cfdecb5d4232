import type { MigrationSet } from '@duo/server-kit'
import * as m0001 from './0001_rod_tables'

/** ROD's migrations (namespace `rod`). */
export const rodMigrations: MigrationSet = {
  '0001_rod_tables': m0001,
}
