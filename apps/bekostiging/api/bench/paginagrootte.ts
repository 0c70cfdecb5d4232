/**
 * What a browser loads (JS and CSS, gzip level 9 per file, as scripts/bench-size.mjs counts) for
 * bekostiging's first page and for the Dashboard bekostiging, and what the dashboard adds on top
 * of the first page. Needs a build (`pnpm --filter @duo/bekostiging build`) and Chromium.
 * Not a test: prints figures.
 *
 *   pnpm --filter @duo/bekostiging exec tsx api/bench/paginagrootte.ts
 */
import { mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const ROOT = new URL('../../../../', import.meta.url)
// The workspace's own launcher and the e2e package's playwright-core (Debian's Chromium).
const { startPortal } = (await import(new URL('scripts/lib/portal.mjs', ROOT).href)) as {
  startPortal: (o: object) => Promise<{ url: string; stop(): Promise<void> }>
}
/** The little of playwright-core this script uses (its types live in the e2e package). */
interface Antwoord {
  url(): string
  status(): number
  body(): Promise<Buffer>
}
interface Pagina {
  on(e: 'response', f: (r: Antwoord) => void): void
  goto(url: string): Promise<unknown>
  locator(s: string): { first(): { waitFor(o: object): Promise<void> } }
  getByTestId(id: string): { waitFor(o: object): Promise<void> }
  waitForLoadState(s: string): Promise<void>
}
interface Context {
  newPage(): Promise<Pagina>
  storageState(): Promise<object>
  close(): Promise<void>
}
const { chromium } = createRequire(new URL('e2e/package.json', ROOT))('playwright-core') as {
  chromium: {
    launch(o: object): Promise<{ newContext(o?: object): Promise<Context>; close(): Promise<void> }>
  }
}

const PAGINAS = [
  { naam: 'eerste pagina', pad: '/bekostiging/' },
  { naam: 'dashboard', pad: '/bekostiging/dashboard', klaar: 'main svg[role="img"]' },
]

const portal = await startPortal({
  base: 9320,
  dataDir: mkdtempSync(join(tmpdir(), 'duo-grootte-')),
  env: { LOG_LEVEL: 'warn', DUO_NOW: '2022-05-02T10:00:00+02:00' },
  log: () => {},
})
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
try {
  const login = await browser.newContext()
  const lp = await login.newPage()
  await lp.goto(`${portal.url}/auth/login?login_hint=medewerker-bekostiging`)
  await lp.getByTestId('session-bar').waitFor({ timeout: 20_000 })
  const storageState = await login.storageState()
  await login.close()
  const gemeten: Record<string, Map<string, { raw: number; gz: number }>> = {}
  for (const p of PAGINAS) {
    const context = await browser.newContext({ storageState })
    const page = await context.newPage()
    const files = new Map<string, { raw: number; gz: number }>()
    const wacht: Promise<unknown>[] = []
    page.on('response', (res) => {
      const url = res.url()
      if (!/\.(m?js|css)(\?|$)/.test(new URL(url).pathname) || res.status() !== 200) return
      wacht.push(
        res.body().then(
          (b) => files.set(url, { raw: b.length, gz: gzipSync(b, { level: 9 }).length }),
          () => {},
        ),
      )
    })
    await page.goto(`${portal.url}${p.pad}`)
    await page
      .locator(p.klaar ?? 'main h1')
      .first()
      .waitFor({ timeout: 20_000 })
    await page.waitForLoadState('networkidle')
    await Promise.all(wacht)
    gemeten[p.naam] = files
    await context.close()
  }
  const som = (m: Map<string, { raw: number; gz: number }>, alleen?: (u: string) => boolean) =>
    [...m]
      .filter(([u]) => !alleen || alleen(u))
      .reduce((s, [, f]) => ({ raw: s.raw + f.raw, gz: s.gz + f.gz }), { raw: 0, gz: 0 })
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`
  const sectie = (u: string) => new URL(u).port !== new URL(portal.url).port
  for (const [naam, m] of Object.entries(gemeten)) {
    const t = som(m)
    const s = som(m, sectie)
    console.log(
      `${naam.padEnd(14)} alles ${kb(t.raw)} raw / ${kb(t.gz)} gzip (${m.size} bestanden); waarvan sectie ${kb(s.raw)} / ${kb(s.gz)}`,
    )
  }
  const eerste = gemeten['eerste pagina']!
  const extra = [...gemeten['dashboard']!].filter(([u]) => !eerste.has(u))
  const e = extra.reduce((s, [, f]) => ({ raw: s.raw + f.raw, gz: s.gz + f.gz }), { raw: 0, gz: 0 })
  console.log(`dashboard bovenop de eerste pagina: ${kb(e.raw)} raw / ${kb(e.gz)} gzip`)
  for (const [u, f] of extra.sort((a, b) => b[1].gz - a[1].gz))
    console.log(`  ${new URL(u).pathname.split('/').pop()!.padEnd(44)} ${kb(f.gz)}`)
} finally {
  await browser.close()
  await portal.stop()
}
