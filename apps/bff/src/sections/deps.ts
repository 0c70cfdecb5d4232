import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { Clock } from '../platform/clock'
import type { Logger } from '../platform/logger'

/** What a section's API gets from the platform: the database, the one clock and the logger. */
export interface SectionDeps {
  db: Kysely<Database>
  clock: Clock
  logger: Logger
  /** Where sections may keep uploaded files, outside any web root. */
  dataDir: string
}
