/**
 * The whole BFF in-process for its own API tests: every section of the list, the login routes,
 * `/api/me`, the security headers. Sections test their API with `@duo/server-kit/testing`.
 *
 * @example
 * const t = await createBffTestApp('sqlite')
 * const res = await t.request('GET', '/api/me', { as: 'beheerder-po' })
 */
import type { DialectName } from '@duo/server-kit'
import { createTestApp, type TestBase } from '@duo/server-kit/testing'
import { createApp } from '../app'
import { loadConfig } from '../config'
import { loadAuthConfig } from '../auth/config'
import { createSectionRegistry } from '../platform/section-registry'
import * as apiSections from '../sections'

export { cookieFrom, type TestResponse } from '@duo/server-kit/testing'

export async function createBffTestApp(
  dialect: DialectName,
  options: { now?: string; env?: Record<string, string> } = {},
) {
  const env = { DUO_SECTIONS: '[]', DUO_DEMO_DATA: 'true', LOG_LEVEL: 'silent', ...options.env }
  const config = loadConfig(env)
  const auth = loadAuthConfig(env)
  return createTestApp(dialect, {
    sections: Object.values(apiSections),
    now: options.now,
    timeouts: { idleSeconds: auth.idleSeconds, absoluteSeconds: auth.absoluteSeconds },
    app: (base: TestBase) =>
      createApp({
        ...base,
        config,
        auth,
        sections: createSectionRegistry([], { logger: base.logger }),
        oidc: { portaal: null, intern: null },
      }),
  })
}
