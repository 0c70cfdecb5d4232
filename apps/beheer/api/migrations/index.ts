import type { MigrationSet } from '@duo/server-kit'
import * as m0001 from './0001_beheer_tables'
import * as m0002 from './0002_rolbericht_gezien'

/** The beheer section's migrations (namespace `beheer`). */
export const beheerMigrations: MigrationSet = {
  '0001_beheer_tables': m0001,
  '0002_rolbericht_gezien': m0002,
}
