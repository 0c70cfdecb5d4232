/**
 * Version skew between the shell and sections deployed earlier. Real sections are built from the
 * fixture in e2e/fixtures/skew-section (the same code): two declare in their mf-manifest.json
 * the @duo/ui and @duo/portal-sdk they were built against, the previous minor and the previous
 * major of the versions this workspace (and so the shell) has, and share @duo/ui with the shell
 * as sections did then; a third is built today and bundles its @duo/ui components. Loaded into
 * the current shell, the previous minor and today's work; the previous major is refused before
 * any of its code is fetched, with the fallback panel and a message in Dutch and English, and no
 * console error.
 */
import { spawnSync } from 'node:child_process'
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, ConsoleMessage, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { startPortal } from '../support/portal'
import { loginAs } from '../support/session'

const BASE = 9900
const FIXTURE = fileURLToPath(new URL('../fixtures/skew-section', import.meta.url))
const versionOf = (pkg: string): string =>
  JSON.parse(readFileSync(new URL(`../../packages/${pkg}/package.json`, import.meta.url), 'utf8'))
    .version

/** The previous minor (1.1.0 → 1.0.0) and previous major (1.1.0 → 0.9.0) of a version. */
function previous(version: string): { minor: string; major: string } {
  const [major = 0, minor = 0] = version.split('.').map(Number)
  if (minor === 0)
    throw new Error(`${version} heeft geen vorige minor: pas de versieproef aan na deze release`)
  return { minor: `${major}.${minor - 1}.0`, major: `${major - 1}.9.0` }
}

const current = { ui: versionOf('ui'), sdk: versionOf('portal-sdk') }
// The older ones were built when sections still took @duo/ui from the shell, as they declare.
const fixtures = [
  { id: 'skew-minor', port: BASE + 21, kind: 'minor' as const },
  { id: 'skew-major', port: BASE + 22, kind: 'major' as const },
  { id: 'skew-actueel', port: BASE + 23, kind: 'actueel' as const },
].map((f) => ({
  ...f,
  builtAgainst:
    f.kind === 'actueel'
      ? {}
      : {
          '@duo/ui': previous(current.ui)[f.kind],
          '@duo/portal-sdk': previous(current.sdk)[f.kind],
        },
  dir: mkdtempSync(join(tmpdir(), `duo-${f.id}-`)),
}))
/** The shell's chunk with the whole of @duo/ui, only for sections that still share it. */
const UI_VOOR_OUDE_SECTIES = /\/assets\/ui-voor-oude-secties-[\w-]+\.js$/

/** Builds the fixture as section `id`, declaring the versions it was "built against". */
function buildFixture(f: (typeof fixtures)[number]): void {
  const vite = join(createRequire(import.meta.url).resolve('vite/package.json'), '../bin/vite.js')
  const r = spawnSync(process.execPath, [vite, 'build', '--configLoader', 'runner'], {
    cwd: FIXTURE,
    encoding: 'utf8',
    env: {
      // Not the test runner's own variables: under VITEST the federation plugin builds nothing.
      ...Object.fromEntries(
        Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$)/.test(k)),
      ),
      DUO_FIXTURE_ID: f.id,
      DUO_FIXTURE_GEBOUWD_TEGEN: JSON.stringify(f.builtAgainst),
      DUO_FIXTURE_OUT: f.dir,
    },
  })
  if (r.status !== 0) throw new Error(`bouw van ${f.id} mislukte:\n${r.stdout}\n${r.stderr}`)
}

/** Serves a built section under /v1/ with CORS, as a team's CDN would. */
function serve(dir: string, port: number): Promise<Server> {
  const types: Record<string, string> = {
    '.js': 'text/javascript; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
  }
  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*')
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const file = normalize(join(dir, path.replace(/^\/v1\//, '/')))
    if (!path.startsWith('/v1/') || !file.startsWith(dir + sep)) return res.writeHead(404).end()
    try {
      if (!statSync(file).isFile()) return res.writeHead(404).end()
    } catch {
      return res.writeHead(404).end()
    }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

let portal: Awaited<ReturnType<typeof startPortal>>
let browser: Browser
const servers: Server[] = []

beforeAll(async () => {
  for (const f of fixtures) {
    buildFixture(f)
    servers.push(await serve(f.dir, f.port))
  }
  portal = await startPortal(BASE, {
    DUO_SECTIONS: JSON.stringify(
      fixtures.map((f) => ({
        id: f.id,
        manifestUrl: `http://localhost:${f.port}/v1/mf-manifest.json`,
      })),
    ),
  })
  browser = await launchBrowser()
}, 240_000)
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))))
  for (const f of fixtures) rmSync(f.dir, { recursive: true, force: true })
})

/** A logged-in page that records console errors and warnings and what it fetched per origin. */
async function newPage(): Promise<{ page: Page; console: string[]; fetched: string[] }> {
  const context = await browser.newContext({ locale: 'nl-NL' })
  const page = await context.newPage()
  const messages: string[] = []
  const fetched: string[] = []
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`))
  page.on('request', (r) => fetched.push(r.url()))
  await loginAs(page, portal.url, 'beheerder-po')
  return { page, console: messages, fetched }
}

function declared(dir: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(dir, 'mf-manifest.json'), 'utf8')) as {
    shared: Array<{ name: string; requiredVersion: string }>
  }
  return Object.fromEntries(manifest.shared.map((s) => [s.name, s.requiredVersion]))
}

describe('sections built against older versions of @duo/ui and @duo/portal-sdk', () => {
  it('declare the ranges they were built against in their mf-manifest.json', () => {
    const [minor, major] = fixtures
    expect(declared(minor!.dir)).toMatchObject({
      '@duo/ui': `^${previous(current.ui).minor}`,
      '@duo/portal-sdk': `^${previous(current.sdk).minor}`,
    })
    expect(declared(major!.dir)).toMatchObject({
      '@duo/ui': `^${previous(current.ui).major}`,
      '@duo/portal-sdk': `^${previous(current.sdk).major}`,
    })
  })

  it('loads and runs the section built against the previous minor', async () => {
    const { page, console, fetched } = await newPage()
    await page.goto(`${portal.url}/skew-minor/`)
    await expect(page.locator('main h1').first().innerText({ timeout: 15_000 })).resolves.toBe(
      'Versieproef',
    )
    await page.getByTestId('skew-knop').click()
    await page.getByTestId('skew-knop').click()
    await expect(page.getByTestId('skew-kliks').innerText()).resolves.toBe('2')
    // It runs on the shell's own Vue, Pinia, vue-router and vue-i18n.
    const report = await page.evaluate(() =>
      (window as never as { __duoPortal: { singletons(): unknown } }).__duoPortal.singletons(),
    )
    expect(report).toEqual({
      'skew-minor': { vue: true, pinia: true, vueRouter: true, vueI18n: true },
    })
    // Its @duo/ui components (DuoAlert, DuoButton) came from the shell, loaded for it alone.
    expect(fetched.filter((u) => UI_VOOR_OUDE_SECTIES.test(u))).toHaveLength(1)
    expect(console).toEqual([])
  })

  it("loads a section built today with the @duo/ui components it bundles, not the shell's", async () => {
    const actueel = fixtures[2]!
    expect(Object.keys(declared(actueel.dir))).not.toContain('@duo/ui')
    const { page, console, fetched } = await newPage()
    await page.goto(`${portal.url}/skew-actueel/`)
    await expect(page.locator('main h1').first().innerText({ timeout: 15_000 })).resolves.toBe(
      'Versieproef',
    )
    await page.getByTestId('skew-knop').click()
    await expect(page.getByTestId('skew-kliks').innerText()).resolves.toBe('1')
    // The same language switch reaches its own copy of the components (through the portal SDK).
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByTestId('skew-knop').innerText()).resolves.toBe('Click')
    expect(fetched.filter((u) => UI_VOOR_OUDE_SECTIES.test(u))).toEqual([])
    expect(console).toEqual([])
  })

  it('refuses the section built against the previous major before loading its code, with the fallback panel', async () => {
    const { page, console, fetched } = await newPage()
    const origin = `http://localhost:${fixtures[1]!.port}`
    await page.goto(`${portal.url}/skew-major/`)
    const panel = page.getByTestId('section-unavailable')
    await panel.waitFor({ timeout: 15_000 })
    const before = { ui: previous(current.ui).major, sdk: previous(current.sdk).major }
    await expect(panel.innerText()).resolves.toContain(
      `Deze sectie is gebouwd voor @duo/portal-sdk ^${before.sdk} en @duo/ui ^${before.ui}; dit portaal biedt @duo/portal-sdk ${current.sdk} en @duo/ui ${current.ui}.`,
    )
    await expect(page.locator('main h1').first().innerText()).resolves.toBe(
      'Deze sectie is tijdelijk niet beschikbaar',
    )
    // The rest of the portal is there: the header and its menu.
    await expect(page.locator('header').innerText()).resolves.toContain('Mijn DUO')
    await page.getByRole('button', { name: 'English' }).click()
    await expect(panel.innerText()).resolves.toContain(
      `This section was built for @duo/portal-sdk ^${before.sdk} and @duo/ui ^${before.ui}; this portal provides @duo/portal-sdk ${current.sdk} and @duo/ui ${current.ui}.`,
    )
    // Only its manifest (data) was read: no remoteEntry.js, no chunk of the section ran.
    expect(fetched.filter((u) => u.startsWith(origin))).toEqual([`${origin}/v1/mf-manifest.json`])
    expect(console).toEqual([])
  })
})
