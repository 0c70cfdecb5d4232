import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'

const SECTIONS = ['helpdesk', 'bekostiging', 'rod', 'rio', 'osr', 'xbrl', 'beheer']
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

/** `pnpm --filter <section> dev`, the way a section team works without the shell. */
async function startHarness(id: string, port: number): Promise<ChildProcess> {
  const cwd = fileURLToPath(new URL(`../../apps/${id}`, import.meta.url))
  const child = spawn(
    process.execPath,
    [
      fileURLToPath(new URL(`../../apps/${id}/node_modules/vite/bin/vite.js`, import.meta.url)),
      '--config',
      'dev/vite.config.ts',
      '--configLoader',
      'runner',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd, stdio: 'ignore' },
  )
  const until = Date.now() + 30_000
  while (Date.now() < until) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return child
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  child.kill()
  throw new Error(`harness van ${id} kwam niet op`)
}

describe('each section runs standalone in its dev harness', () => {
  it.each(SECTIONS.map((id, i) => [id, 9600 + i] as const))('%s', async (id, port) => {
    const harness = await startHarness(id, port)
    try {
      const page = await browser.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await page.goto(`http://localhost:${port}/`)
      await expect(page.locator('header').innerText({ timeout: 20_000 })).resolves.toContain(
        'Ontwikkelomgeving',
      )
      await page.locator('main h1').first().waitFor({ timeout: 20_000 })
      expect(new URL(page.url()).pathname).toBe(`/${id}/`)
      expect(errors).toEqual([])
      await page.close()
    } finally {
      harness.kill()
    }
  })
})
