// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { RHC_COMPONENTEN } from '@duo/ui/rhc-components'
import { blocksOf, rhcSubset } from './css-subset'

// postcss comes with Vite; the plugin itself needs nothing of it.
const require = createRequire(import.meta.url)
interface PostcssRoot {
  append(node: PostcssRoot): void
}
interface Postcss {
  parse(css: string, opts: { from: string }): PostcssRoot
  (plugins: unknown[]): { process(root: PostcssRoot, opts: object): Promise<{ css: string }> }
}
const postcss = createRequire(require.resolve('vite'))('postcss') as Postcss
const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const uiRequire = createRequire(join(ROOT, 'packages/ui/package.json'))
const componentsFile = uiRequire.resolve('@rijkshuisstijl-community/components-css/dist/index.css')
const tokensFile = uiRequire.resolve('@rijkshuisstijl-community/design-tokens/dist/index.css')

async function subset(keep: readonly string[]) {
  const root = postcss.parse(readFileSync(tokensFile, 'utf8'), { from: tokensFile })
  root.append(postcss.parse(readFileSync(componentsFile, 'utf8'), { from: componentsFile }))
  root.append(
    postcss.parse(
      '.duo-eigen { color: var(--rhc-color-lintblauw-500); } .utrecht-accordion-eigen {}',
      { from: '/x/styles.css' },
    ),
  )
  const result = await postcss([rhcSubset({ keep })]).process(root, { from: undefined })
  return result.css
}

describe('the Rijkshuisstijl CSS the portal ships', () => {
  it('names the block of a selector', () => {
    expect(blocksOf('.utrecht-button--primary-action:hover .utrecht-button__icon')).toEqual([
      'utrecht-button',
      'utrecht-button',
    ])
    expect(blocksOf('.utrecht-form-field-description')).toEqual(['utrecht-form-field-description'])
    expect(blocksOf('html')).toEqual([])
  })

  it('keeps the components in use and their tokens, drops the rest, leaves our own CSS', async () => {
    const before =
      readFileSync(componentsFile, 'utf8').length + readFileSync(tokensFile, 'utf8').length
    const css = await subset(RHC_COMPONENTEN)
    expect(css.length).toBeLessThan(before * 0.5)
    expect(css).toContain('.utrecht-button--primary-action')
    expect(css).toContain('.utrecht-alert__content')
    expect(css).toContain('.utrecht-table__cell')
    expect(css).not.toContain('.utrecht-accordion__button')
    expect(css).not.toContain('.rhc-hero')
    expect(css).not.toContain('--utrecht-accordion-button-background-color')
    expect(css).toContain('.duo-eigen')
    expect(css).toContain('.utrecht-accordion-eigen')
    // Every token a remaining rule refers to is still defined.
    const defined = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]))
    const used = new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]))
    // (Tokens a dropped component set only for itself, e.g. inside .utrecht-accordion, go too.)
    const themeTokens = readFileSync(tokensFile, 'utf8')
    const definedBefore = new Set([...themeTokens.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]))
    const lost = [...used].filter((v) => definedBefore.has(v) && !defined.has(v))
    expect(lost).toEqual([])
  })

  it('lists every component a page of the workspace uses', () => {
    const known = new Set(
      [
        ...readFileSync(componentsFile, 'utf8').matchAll(
          /\.((?:utrecht|rhc|nl|ams)-[a-z0-9-]+?)(?=__|--|[^a-z0-9-]|$)/g,
        ),
      ].map((m) => m[1]!),
    )
    const keep = new Set<string>(RHC_COMPONENTEN)
    const missing = new Map<string, string>()
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) {
          if (!['node_modules', 'dist', 'dist-monolith', 'api'].includes(entry.name)) walk(path)
        } else if (/\.(vue|ts|css)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
          const text = readFileSync(path, 'utf8')
          for (const m of text.matchAll(
            /\b((?:utrecht|rhc|nl|ams)-[a-z0-9-]+?)(?=__|--|[^a-z0-9-]|$)/g,
          ))
            if (known.has(m[1]!) && !keep.has(m[1]!)) missing.set(m[1]!, path.slice(ROOT.length))
        }
      }
    }
    for (const dir of readdirSync(join(ROOT, 'apps'))) walk(join(ROOT, 'apps', dir))
    walk(join(ROOT, 'packages/ui/src'))
    walk(join(ROOT, 'packages/section-kit/src'))
    expect(Object.fromEntries(missing)).toEqual({})
  })
})
