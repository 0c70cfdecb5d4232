/**
 * For API tests of a section (never imported by production code): the portal in-process and
 * fresh test databases on SQLite and, when `TEST_DATABASE_URL` is set, PostgreSQL.
 */
export {
  createTestApp,
  platformApp,
  cookieFrom,
  type TestApp,
  type TestBase,
  type TestClock,
  type TestLogin,
  type TestResponse,
} from './test-app'
export { dialectsUnderTest, createTestDb, useTestDb } from '../platform/db/test-db'
export { demoId, demoPersoonId, BESTUUR_A, BESTUUR_B } from '../platform/demo/seed'
export { probeerAanvallen, type AanvalOpties } from './aanvallen'
export { startTestSmtp, vrijePoort, type TestMail, type TestSmtp } from './smtp'
export {
  benchLijsten,
  voegToe,
  type LijstBenchOpties,
  type LijstEndpoint,
  type LijstMeting,
} from './lijst-bench'
