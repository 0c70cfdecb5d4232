export { createDb, dbConfigFromEnv, type DbConfig, type DbHandle } from './create-db'
export {
  appliedMigrations,
  collectMigrations,
  compareMigrationNames,
  migrateToLatest,
  registerMigrations,
  type Migration,
  type MigrationSet,
  type NamespacedMigrations,
} from './migrate'
export {
  addAutoIncrementPrimaryKey,
  dialectOf,
  fromIntBool,
  inTransaction,
  isUniqueViolation,
  makeAppendOnly,
  newId,
  toIntBool,
  toIso,
  type DialectName,
} from './dialect'
export type * from './schema'
