import type { Kysely } from 'kysely'
import type { Clock, Logger } from '@duo/server-kit'
import type { ComposedSections, Database } from '@duo/server-kit/platform'
import type { SectionRegistry } from '../platform/section-registry'

/** What the portal's own features (around the sections) need. */
export interface PortaalDeps {
  db: Kysely<Database>
  clock: Clock
  logger: Logger
  composed: ComposedSections
  sections: SectionRegistry
  /** The portal's public origin, for links in mails. */
  publicUrl: string
}
