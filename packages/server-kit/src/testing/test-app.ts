/**
 * The portal in-process for API tests: a fresh migrated database (SQLite, or PostgreSQL when
 * `TEST_DATABASE_URL` is set) with the platform's and the given sections' demo data, a clock to
 * set, and `loginAs(persona)` for a real session cookie without the OIDC round trip (the browser
 * tests cover that). Requests go through every middleware, as in production.
 *
 * @example
 * const t = await createTestApp('sqlite', { sections: [rodApi], now: '2022-06-01T10:00:00+02:00' })
 * const res = await t.request('GET', '/api/rod/dashboard', { as: 'schoolleiding-12ab' })
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { pino } from 'pino'
import type { Clock } from '../clock'
import type { DialectName } from '../db/dialect'
import type { ApiSection } from '../define-api-section'
import type { AppEnv } from '../http/env'
import { createTestDb } from '../platform/db/test-db'
import { migrateToLatest } from '../platform/db/migrate'
import {
  composeSections,
  type ComposedSections,
  type MailDeps,
  type PlatformDeps,
} from '../platform/compose'
import { installApi } from '../platform/api-app'
import type { SessionTimeouts } from '../platform/auth/session'
import { seedDemo, getDemoPersona, demoPersoonId } from '../platform/demo/seed'
import { createSession } from '../platform/stores/sessions'
import { getBestuur, getBestuurByKvk } from '../platform/stores/organisations'
import { createPersoon } from '../platform/stores/people'
import { findByGebruikersnaam, setEigenPersoon } from '../platform/stores/legacy-accounts'
import { grantsVersion, sessionGrants } from '../platform/auth/context'

/** A response whose JSON body is left untyped: the tests' assertions check its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are checked by expect(), not by types
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<any> }

export interface TestLogin {
  machtigingen?: string[]
  niveau?: 'EH2' | 'EH2+' | 'EH3' | 'EH4'
}

/** A clock the test can set; null runs it on real time. */
export type TestClock = Clock & { set(iso: string | null): void }

/** What an app builder gets: the BFF passes its own to test the whole portal. */
export interface TestBase extends PlatformDeps {
  clock: TestClock
  composed: ComposedSections
  timeouts: SessionTimeouts
}

function testClock(start: string | null): TestClock {
  let fixed = start
  return {
    now: () => (fixed ? new Date(fixed) : new Date()),
    get fixed() {
      return fixed
    },
    set(iso: string | null) {
      fixed = iso
    },
  }
}

/** The platform's API with the given sections, as the BFF mounts it. */
export function platformApp(base: TestBase): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  app.use(requestId())
  installApi(app, base, base.composed, new Hono<AppEnv>())
  return app
}

export async function createTestApp(
  dialect: DialectName,
  options: {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any section
    sections?: readonly ApiSection<any, any>[]
    now?: string
    timeouts?: Partial<SessionTimeouts>
    app?: (base: TestBase) => { fetch: Hono['fetch']; request: Hono['request'] }
    /** Seed the demo data (default true). */
    demo?: boolean
    /**
     * E-mail: the outbox is always there; its worker is not started (call
     * `composed.mail.verwerk()`). Give `smtpUrl` or a `transport` to send for real.
     */
    mail?: Partial<MailDeps>
  } = {},
) {
  const handle = await createTestDb(dialect, { migrate: false })
  const clock = testClock(options.now ?? null)
  const logger = pino({ level: 'silent' })
  const dataDir = mkdtempSync(join(tmpdir(), 'duo-test-'))
  const deps: PlatformDeps = {
    db: handle.db,
    dialect,
    clock,
    logger,
    dataDir,
    mail: {
      portaalUrl: 'http://localhost:8080',
      smtpUrl: null,
      van: 'Mijn DUO <noreply@mijn.duo.example>',
      ...options.mail,
    },
  }
  const composed = composeSections(deps, options.sections ?? [])
  await migrateToLatest(handle.db, composed.migrations)
  if (options.demo !== false) {
    await seedDemo(handle.db)
    await composed.seedDemo()
  }
  await composed.jobs.start()
  const timeouts: SessionTimeouts = {
    idleSeconds: options.timeouts?.idleSeconds ?? 900,
    absoluteSeconds: options.timeouts?.absoluteSeconds ?? 28_800,
  }
  const base: TestBase = { ...deps, clock, composed, timeouts }
  const app = (options.app ?? platformApp)(base)

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
      absoluteExpiresAt: new Date(Date.now() + timeouts.absoluteSeconds * 1000),
      actsForKvk: persona.kind === 'duo' ? null : persona.kvk,
      intermediairKvk: persona.kind === 'duo' ? null : persona.intermediairKvk,
      machtigingen:
        persona.kind === 'duo' ? [] : (login.machtigingen ?? ['mijn-duo', 'mijn-helpdesk-po']),
      niveau: persona.kind === 'duo' ? null : (login.niveau ?? persona.niveau),
      rechtenVersie: grantsVersion(grants),
    })
    return `__Host-duo-sessie=${rawId}`
  }

  /**
   * A session of an old (pre-eHerkenning) account, as its password or token login makes one:
   * the linked person, or the account's own.
   */
  async function loginAsOudAccount(gebruikersnaam: string): Promise<string> {
    const account = await findByGebruikersnaam(handle.db, gebruikersnaam)
    if (!account) throw new Error(`Onbekend oud account ${gebruikersnaam}`)
    let persoonId = account.gekoppeldAanPersoonId ?? account.eigenPersoonId
    if (!persoonId) {
      persoonId = (await createPersoon(handle.db, { naam: account.naam }, clock.now())).id
      await setEigenPersoon(handle.db, account.id, persoonId)
    }
    const bestuur = await getBestuur(handle.db, account.bestuursnummer)
    const grants = await sessionGrants(
      handle.db,
      persoonId,
      account.soort,
      account.bestuursnummer,
      clock.now(),
    )
    const { rawId } = await createSession(handle.db, {
      persoonId,
      methode: account.soort,
      absoluteExpiresAt: new Date(Date.now() + timeouts.absoluteSeconds * 1000),
      actsForKvk: bestuur?.kvk ?? null,
      intermediairKvk: null,
      machtigingen: [account.soort === 'helpdesk-wachtwoord' ? 'mijn-helpdesk-po' : 'mijn-duo'],
      niveau: null,
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
      /** The client's address (rate limits count per address); default 127.0.0.1. */
      adres?: string
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
    // As a real client sends it: the bytes with their Content-Length (and a form's boundary).
    let bytes: Uint8Array | undefined
    if (body !== undefined) {
      const encoded = new Request('http://test.invalid/', { method: 'POST', body: body as string })
      bytes = new Uint8Array(await encoded.arrayBuffer())
      const type = encoded.headers.get('content-type')
      if (type && !headers.has('content-type')) headers.set('Content-Type', type)
      headers.set('Content-Length', String(bytes.byteLength))
    }
    return app.request(
      path,
      { method, headers, body: bytes as Uint8Array<ArrayBuffer> | undefined },
      { incoming: { socket: { remoteAddress: opts.adres ?? '127.0.0.1' } } },
    )
  }

  return {
    app,
    db: handle.db,
    dialect,
    clock,
    dataDir,
    composed,
    timeouts,
    loginAs,
    loginAsOudAccount,
    request,
    /** The platform one section gets (its services, its typed tables). */
    platformOf: composed.platformOf,
    async close() {
      await composed.jobs.stop()
      await composed.mail.stop()
      await handle.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>

/** The new cookie a response set, as a request Cookie header. */
export function cookieFrom(res: Pick<Response, 'headers'>): string | null {
  const set = res.headers.get('set-cookie')
  const match = set?.match(/__Host-duo-sessie=([^;]+)/)
  return match && match[1] ? `__Host-duo-sessie=${match[1]}` : null
}
