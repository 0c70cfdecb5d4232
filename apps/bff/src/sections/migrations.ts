import type { NamespacedMigrations } from '../db/migrate'
import { helpdeskMigrations } from './helpdesk/migrations'
import * as beheer0001 from './beheer/migrations/0001_beheer_tables'

/** Every section's migrations, applied at start after the platform's (one entry per section). */
export const sectionMigrations: NamespacedMigrations[] = [
  { namespace: 'helpdesk', migrations: helpdeskMigrations },
  { namespace: 'beheer', migrations: { '0001_beheer_tables': beheer0001 } },
]
