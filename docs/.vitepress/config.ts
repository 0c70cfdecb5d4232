import { defineConfig, postcssIsolateStyles } from 'vitepress'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The component pages of @duo/ui, in the order of ui/volgorde.json (groups as in its README). */
const uiRoot = fileURLToPath(new URL('../ui/', import.meta.url))
const groepen = JSON.parse(readFileSync(`${uiRoot}volgorde.json`, 'utf8')) as Record<
  string,
  string[]
>
const bekend = new Set(readdirSync(uiRoot).filter((f) => f.endsWith('.md')))

/** The sidebar of the pages for section teams (the guidelines page included). */
function secties() {
  return [
    {
      text: 'Building a section',
      items: [
        { text: 'From generator to deploy', link: '/secties/' },
        { text: 'The shell contract', link: '/secties/contract' },
        { text: 'The error contract', link: '/secties/fouten' },
        { text: 'The server kit', link: '/secties/server-kit' },
        { text: 'The generators', link: '/secties/generator' },
        { text: 'Words and conventions', link: '/guidelines' },
      ],
    },
  ]
}

export default defineConfig({
  title: 'Mijn DUO voor ontwikkelaars',
  description:
    'For the teams that use the shared packages of Mijn DUO: sections, @duo/authz, @duo/ui, @duo/xbrl.',
  lang: 'en',
  cleanUrls: true,
  // generated/ holds text the pages include; scripts/ and the package's own files are no pages.
  srcExclude: ['generated/**', 'scripts/**', 'README.md', 'node_modules/**'],
  lastUpdated: false,
  themeConfig: {
    nav: [
      { text: 'Sections', link: '/secties/' },
      { text: '@duo/authz', link: '/authz/' },
      { text: '@duo/ui', link: '/ui/' },
      { text: '@duo/xbrl', link: '/xbrl/' },
      { text: 'Releases', link: '/releases' },
    ],
    sidebar: {
      '/guidelines': secties(),
      '/secties/': secties(),
      '/authz/': [
        {
          text: '@duo/authz',
          items: [
            { text: 'Deciding a request', link: '/authz/' },
            { text: 'The role matrix', link: '/authz/rolmatrix' },
          ],
        },
      ],
      '/ui/': [
        { text: '@duo/ui', items: [{ text: 'Using the components', link: '/ui/' }] },
        ...Object.entries(groepen).map(([text, namen]) => ({
          text,
          items: namen
            .filter((naam) => bekend.has(`${naam}.md`))
            .map((naam) => ({ text: naam, link: `/ui/${naam}` })),
        })),
      ],
      '/xbrl/': [
        {
          text: '@duo/xbrl',
          items: [
            { text: 'Validating', link: '/xbrl/' },
            { text: 'The rules', link: '/xbrl/regels' },
          ],
        },
      ],
    },
    outline: { level: [2, 3] },
    search: { provider: 'local' },
  },
  vite: {
    // The component examples (class vp-raw) keep the Rijkshuisstijl look, not the theme's.
    css: { postcss: { plugins: [postcssIsolateStyles({ includeFiles: [/vp-doc\.css/] })] } },
  },
})
