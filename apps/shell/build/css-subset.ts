/**
 * Ships only the Rijkshuisstijl CSS the portal uses. `@rijkshuisstijl-community/components-css`
 * comes as one 350 kB file with every component (accordion, hero, toggletip, 94 kB of margin
 * utilities …) and the design tokens as 93 kB of custom properties. This PostCSS plugin (run by
 * Vite on the shell's CSS) drops, from those two files only:
 * - every selector that names a component (a `utrecht-*`, `rhc-*`, `nl-*` or `ams-*` block)
 *   not in the list of components the portal uses (`RHC_COMPONENTEN` in @duo/ui), then rules
 *   and media queries left empty;
 * - every design token of a dropped component that nothing left refers to (`var(--…)`).
 * Our own CSS (`@duo/ui/styles.css`, the components' scoped styles) is never touched.
 */

/** The bits of PostCSS's AST used here (no dependency on postcss's types). */
interface CssNode {
  type: string
  source?: { input?: { file?: string } }
  parent?: CssNode
  nodes?: CssNode[]
  remove(): void
}
interface CssRule extends CssNode {
  selectors: string[]
}
interface CssDecl extends CssNode {
  prop: string
  value: string
}
interface CssRoot extends CssNode {
  walkRules(cb: (rule: CssRule) => void): void
  walkDecls(cb: (decl: CssDecl) => void): void
  walkAtRules(cb: (atRule: CssNode & { name: string }) => void): void
}

const VENDOR = /@rijkshuisstijl-community[\\/](components-css|design-tokens)[\\/]/
const BLOCK = /\.((?:utrecht|rhc|nl|ams)-[a-z0-9-]+?)(?=__|--|[^a-z0-9-]|$)/g
const VAR = /var\(\s*(--[\w-]+)/g

/** The component blocks a selector names: `.utrecht-button--primary:hover` → utrecht-button. */
export function blocksOf(selector: string): string[] {
  return [...selector.matchAll(BLOCK)].map((m) => m[1]!)
}

const fromVendor = (node: CssNode) => VENDOR.test(node.source?.input?.file ?? '')

export function rhcSubset(options: { keep: readonly string[] }) {
  const keep = new Set(options.keep)
  return {
    postcssPlugin: 'duo-rhc-subset',
    OnceExit(root: CssRoot) {
      const known = new Set<string>()
      root.walkRules((rule) => {
        if (fromVendor(rule))
          for (const s of rule.selectors) blocksOf(s).forEach((b) => known.add(b))
      })
      const wanted = (block: string) => keep.has(block) || !known.has(block)

      root.walkRules((rule) => {
        if (!fromVendor(rule)) return
        const kept = rule.selectors.filter((s) => blocksOf(s).every(wanted))
        if (!kept.length) rule.remove()
        else if (kept.length !== rule.selectors.length) rule.selectors = kept
      })
      let emptied = true
      while (emptied) {
        emptied = false
        root.walkAtRules((at) => {
          if (fromVendor(at) && at.nodes && at.nodes.length === 0) {
            at.remove()
            emptied = true
          }
        })
      }

      // Tokens of dropped components, unless something left still refers to them.
      const blockOfToken = (prop: string) => {
        let best = ''
        for (const b of known) if (prop.startsWith(`--${b}-`) && b.length > best.length) best = b
        return best
      }
      const candidates = new Set<CssDecl>()
      root.walkDecls((decl) => {
        if (!decl.prop.startsWith('--') || !fromVendor(decl)) return
        const block = blockOfToken(decl.prop)
        if (block && !keep.has(block)) candidates.add(decl)
      })
      // Remove unreferenced candidates until none is left: a token that only a removed token
      // referred to goes in the next round.
      let removed = true
      while (removed) {
        removed = false
        const referenced = new Set<string>()
        root.walkDecls((decl) => {
          for (const m of decl.value.matchAll(VAR)) referenced.add(m[1]!)
        })
        for (const decl of candidates) {
          if (referenced.has(decl.prop)) continue
          decl.remove()
          candidates.delete(decl)
          removed = true
        }
      }
    },
  }
}
rhcSubset.postcss = true as const
