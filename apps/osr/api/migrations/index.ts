import type { MigrationSet } from '@duo/server-kit'
import * as m0001 from './0001_osr_tables'
import * as m0002 from './0002_lijsten'

/** The OSR section's migrations (namespace `osr`). */
export const osrMigrations: MigrationSet = {
  '0001_osr_tables': m0001,
  '0002_lijsten': m0002,
}
