import type { MigrationSet } from '@duo/server-kit'
import * as m0001 from './0001_bekostiging_tables'
import * as m0002 from './0002_lijsten'

/** The bekostiging section's migrations (namespace `bekostiging`). */
export const bekostigingMigrations: MigrationSet = {
  '0001_bekostiging_tables': m0001,
  '0002_lijsten': m0002,
}
