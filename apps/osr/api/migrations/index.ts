import type { MigrationSet } from '@duo/server-kit'
import * as m0001 from './0001_osr_tables'

/** The OSR section's migrations (namespace `osr`). */
export const osrMigrations: MigrationSet = {
  '0001_osr_tables': m0001,
}
