import type { NamespacedMigrations } from '../db/migrate'

/** Every section's migrations, applied at start after the platform's (one entry per section). */
export const sectionMigrations: NamespacedMigrations[] = []
