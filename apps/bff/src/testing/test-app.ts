/**
 * The whole BFF in-process for API tests: a fresh migrated database with the demo data, a
 * fixed clock if asked, and `loginAs(persona)` that gives a real session cookie without the
 * OIDC round trip (the browser tests cover that). Requests go through every middleware.
 *
 * @example
 * const t = await createTestApp('sqlite')
 * const res = await t.request('GET', '/api/me', { as: 'beheerder-po' })
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pino } from 'pino'
import { createApp } from '../app'
import { loadConfig } from '../config'
import { loadAuthConfig } from '../auth/config'
import type { Clock } from '../platform/clock'
import { createSectionRegistry } from '../platform/section-registry'
import { createTestDb } from '../db/test-db'
import { migrateToLatest } from '../db/migrate'
import { sectionMigrations } from '../sections/migrations'
import type { DialectName } from '../db/dialect'
import { seedDemo, getDemoPersona, demoPersoonId } from '../demo/seed'
import { createSession } from '../stores/sessions'
import { getBestuurByKvk } from '../stores/organisations'
import { grantsVersion, sessionGrants } from '../auth/context'

/** A response whose JSON body is left untyped: the tests' assertions check its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are checked by expect(), not by types
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<any> }

export interface TestLogin {
  machtigingen?: string[]
  niveau?: 'EH2' | 'EH2+' | 'EH3' | 'EH4'
}

export async function createTestApp(
  dialect: DialectName,
  options: { now?: string; env?: Record<string, string> } = {},
) {
  const handle = await createTestDb(dialect)
  await migrateToLatest(handle.db, sectionMigrations)
  await seedDemo(handle.db)
  const env = { DUO_SECTIONS: '[]', DUO_DEMO_DATA: 'true', LOG_LEVEL: 'silent', ...options.env }
  const config = loadConfig(env)
  const auth = loadAuthConfig(env)
  const logger = pino({ level: 'silent' })
  const clock: Clock & { set(iso: string | null): void } = (() => {
    let fixed = options.now ?? null
    return {
      now: () => (fixed ? new Date(fixed) : new Date()),
      get fixed() {
        return fixed
      },
      set(iso: string | null) {
        fixed = iso
      },
    }
  })()
  const dataDir = mkdtempSync(join(tmpdir(), 'duo-bff-test-'))
  const app = createApp({
    config,
    clock: clock as Clock,
    logger,
    sections: createSectionRegistry([], { logger }),
    db: handle.db,
    auth,
    oidc: { portaal: null, intern: null },
    dataDir,
  })

  /** A session cookie for a demo persona (machtigingen default: both services). */
  async function loginAs(personaId: string, login: TestLogin = {}): Promise<string> {
    const persona = getDemoPersona(personaId)
    const persoonId = demoPersoonId(personaId)
    if (!persona || !persoonId) throw new Error(`Onbekende of niet-geseede persona ${personaId}`)
    const methode = persona.kind === 'duo' ? 'duo' : 'eherkenning'
    const bestuur = persona.kind === 'duo' ? null : await getBestuurByKvk(handle.db, persona.kvk)
    const grants = await sessionGrants(
      handle.db,
      persoonId,
      methode,
      bestuur?.bestuursnummer ?? null,
      clock.now(),
    )
    const { rawId } = await createSession(handle.db, {
      persoonId,
      methode,
      absoluteExpiresAt: new Date(Date.now() + auth.absoluteSeconds * 1000),
      actsForKvk: persona.kind === 'duo' ? null : persona.kvk,
      intermediairKvk: persona.kind === 'duo' ? null : persona.intermediairKvk,
      machtigingen:
        persona.kind === 'duo' ? [] : (login.machtigingen ?? ['mijn-duo', 'mijn-helpdesk-po']),
      niveau: persona.kind === 'duo' ? null : (login.niveau ?? persona.niveau),
      rechtenVersie: grantsVersion(grants),
    })
    return `__Host-duo-sessie=${rawId}`
  }

  /** One request through the whole app. `as`: a persona id or a cookie string. */
  async function request(
    method: string,
    path: string,
    opts: {
      as?: string
      json?: unknown
      body?: string | FormData | Uint8Array
      headers?: Record<string, string>
      csrf?: boolean
    } = {},
  ): Promise<TestResponse> {
    const headers = new Headers(opts.headers)
    if (opts.as) headers.set('Cookie', opts.as.includes('=') ? opts.as : await loginAs(opts.as))
    if (method !== 'GET' && opts.csrf !== false) headers.set('X-DUO-CSRF', '1')
    let body = opts.body
    if (opts.json !== undefined) {
      headers.set('Content-Type', 'application/json')
      body = JSON.stringify(opts.json)
    }
    return app.request(
      path,
      { method, headers, body },
      { incoming: { socket: { remoteAddress: '127.0.0.1' } } },
    )
  }

  return { app, db: handle.db, clock, auth, dataDir, loginAs, request, close: handle.close }
}

/** The new cookie a response set, as a request Cookie header. */
export function cookieFrom(res: Pick<Response, 'headers'>): string | null {
  const set = res.headers.get('set-cookie')
  const match = set?.match(/__Host-duo-sessie=([^;]+)/)
  return match && match[1] ? `__Host-duo-sessie=${match[1]}` : null
}
