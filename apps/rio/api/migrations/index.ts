import type { MigrationSet } from '@duo/server-kit'
import * as m0001 from './0001_rio_tables'

/** The RIO section's migrations (namespace `rio`). */
export const rioMigrations: MigrationSet = {
  '0001_rio_tables': m0001,
}
