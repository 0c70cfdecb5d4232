/**
 * The whole BFF in-process for its own API tests: every section of the list, the login routes,
 * `/api/me`, the security headers. Sections test their API with `@duo/server-kit/testing`.
 *
 * @example
 * const t = await createBffTestApp('sqlite')
 * const res = await t.request('GET', '/api/me', { as: 'beheerder-po' })
 */
import type { DialectName } from '@duo/server-kit'
import type { MailDeps } from '@duo/server-kit/platform'
import { createTestApp, type TestBase } from '@duo/server-kit/testing'
import { createApp } from '../app'
import { loadConfig } from '../config'
import { loadAuthConfig } from '../auth/config'
import { createSectionRegistry, type SectionRegistry } from '../platform/section-registry'
import * as apiSections from '../sections'
import { seedPortaalDemo } from '../portaal'

export { cookieFrom, type TestResponse } from '@duo/server-kit/testing'

export async function createBffTestApp(
  dialect: DialectName,
  options: {
    now?: string
    env?: Record<string, string>
    mail?: Partial<MailDeps>
    /** The section list (`/api/sections`); default empty. */
    registry?: SectionRegistry
  } = {},
) {
  const env = { DUO_SECTIONS: '[]', DUO_DEMO_DATA: 'true', LOG_LEVEL: 'silent', ...options.env }
  const config = loadConfig(env)
  const auth = loadAuthConfig(env)
  const t = await createTestApp(dialect, {
    sections: Object.values(apiSections),
    now: options.now,
    mail: { portaalUrl: config.publicUrl, ...options.mail },
    timeouts: { idleSeconds: auth.idleSeconds, absoluteSeconds: auth.absoluteSeconds },
    app: (base: TestBase) =>
      createApp({
        ...base,
        config,
        auth,
        sections: options.registry ?? createSectionRegistry([], { logger: base.logger }),
        oidc: { portaal: null, intern: null },
      }),
  })
  await seedPortaalDemo(t.db, t.composed)
  return t
}
