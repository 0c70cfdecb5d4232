/**
 * A feature of a section: its files from `templates/feature/`, and the lines that wire it into
 * the section (API routes, audit action, table, migration, demo data, page route, navigation,
 * texts). Used by `gen feature` and, for the first feature, by `gen section`. Touches nothing
 * outside `apps/<section>/`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PlopTypes } from '@turbo/gen'
import { voegToe } from './bestanden'
import { metImport, naLaatste, voorLaatste, wijzig } from './invoegen'
import { camel, isKebab, label, pascal, snake, toegang } from './namen'
import { medewerkerMet } from './toegang'

export interface FeatureAntwoorden {
  feature: string
  enkelvoud: string
  permissie: string
}

/** Names of a section as its files spell them (`helpdesk` → `HelpdeskTables`, `useHelpdeskApi`). */
export const sectieNamen = (id: string) => ({
  id,
  idCamel: camel(id),
  idPascal: pascal(id),
  idSnake: snake(id),
})

/** Folders of a section that a feature may not be named after. */
const GERESERVEERD = new Set(['landing', 'shared', 'demo', 'migrations', 'testing', 'bench'])

export function featureNaamFout(root: string, sectie: string | undefined, feature: string) {
  if (!isKebab(feature)) return 'Gebruik kebab-case: kleine letters, cijfers en streepjes.'
  if (GERESERVEERD.has(feature)) return `'${feature}' is al een map van elke sectie.`
  if (
    sectie &&
    (existsSync(join(root, 'apps', sectie, 'api', feature)) ||
      existsSync(join(root, 'apps', sectie, 'src', 'pages', feature)))
  )
    return `Sectie ${sectie} heeft al een feature '${feature}'.`
  return null
}

export function enkelvoudFout(root: string, sectie: string | undefined, enkelvoud: string) {
  if (!isKebab(enkelvoud)) return 'Gebruik kebab-case: kleine letters, cijfers en streepjes.'
  const tabellen = sectie && join(root, 'apps', sectie, 'api', 'tables.ts')
  if (tabellen && existsSync(tabellen)) {
    const tabel = `${snake(sectie)}_${snake(enkelvoud)}`
    if (readFileSync(tabellen, 'utf8').includes(`${tabel}:`)) return `Tabel ${tabel} bestaat al.`
  }
  return null
}

export const permissieFout = (permissie: string) => {
  const r = medewerkerMet(permissie)
  return 'fout' in r ? r.fout : null
}

/** The next migration of a section: `NNNN_<name>` (snake case) after its highest number. */
function volgendeMigratie(root: string, id: string, naam: string): string {
  const pad = join(root, 'apps', id, 'api', 'migrations', 'index.ts')
  const nummers = existsSync(pad)
    ? [...readFileSync(pad, 'utf8').matchAll(/'(\d{4})_/g)].map((m) => Number(m[1]))
    : []
  return `${String(Math.max(0, ...nummers) + 1).padStart(4, '0')}_${naam}`
}

export function featureGegevens(
  root: string,
  id: string,
  a: FeatureAntwoorden,
  migratie = volgendeMigratie(root, id, snake(a.feature)),
) {
  const persona = medewerkerMet(a.permissie)
  if ('fout' in persona) throw new Error(persona.fout)
  const s = sectieNamen(id)
  return {
    ...s,
    feature: a.feature,
    featureCamel: camel(a.feature),
    featurePascal: pascal(a.feature),
    featureLabel: label(a.feature),
    featureToegang: toegang(a.feature),
    enkelvoud: a.enkelvoud,
    enkelvoudCamel: camel(a.enkelvoud),
    enkelvoudPascal: pascal(a.enkelvoud),
    enkelvoudLabel: label(a.enkelvoud),
    tabel: `${s.idSnake}_${snake(a.enkelvoud)}`,
    auditActie: `${id}.${a.enkelvoud}.afgerond`,
    permissie: a.permissie,
    persona: persona.persona,
    migratie,
    migratieModule: `m${migratie.slice(0, 4)}`,
  }
}

export type FeatureGegevens = ReturnType<typeof featureGegevens>

/**
 * The conventions a section must follow for a feature to be wired in; the helpdesk (the model)
 * and every generated section do. Returns what is missing.
 */
export function ontbrekendeConventies(root: string, id: string): string[] {
  const { idPascal, idCamel } = sectieNamen(id)
  const eisen: Array<[string, string]> = [
    ['api/index.ts', 'new Hono<AppEnv>()'],
    ['api/index.ts', 'auditActies: {'],
    ['api/tables.ts', `export interface ${idPascal}Tables {`],
    ['api/tables.ts', `${idPascal}Db`],
    ['api/migrations/index.ts', 'MigrationSet = {'],
    ['api/demo/index.ts', `export async function seed${idPascal}Demo(`],
    ['api/test-support.ts', `function ${idCamel}TestApp(`],
    ['src/api.ts', `function use${idPascal}Api(`],
    ['src/routes.ts', 'RouteRecordRaw[] = ['],
    ['src/section.meta.ts', 'nav: ['],
    ['src/i18n/nl.json', '{'],
    ['src/i18n/en.json', '{'],
  ]
  return eisen
    .filter(([pad, tekst]) => {
      const vol = join(root, 'apps', id, pad)
      return !existsSync(vol) || !readFileSync(vol, 'utf8').includes(tekst)
    })
    .map(([pad, tekst]) => `${pad} (${tekst})`)
}

type Render = (template: string) => string

/** The wiring of a feature into its section's existing files. */
function koppel(sectieMap: string, d: FeatureGegevens, render: Render): string[] {
  const pad = (p: string) => join(sectieMap, p)
  wijzig(pad('api/index.ts'), (s) =>
    naLaatste(
      metImport(s, `import { ${d.featureCamel}Routes } from './${d.feature}/routes'`),
      /new Hono<AppEnv>\(\)(?:\s*\.route\([^\n]*\))*/g,
      `\n      .route('/${d.feature}', ${d.featureCamel}Routes(platform))`,
      'de Hono-keten van routes',
    ),
  )
  wijzig(pad('api/index.ts'), (s) =>
    naLaatste(s, /auditActies: \{/g, `\n${render('audit.ts.hbs').trimEnd()}`, "'auditActies: {'"),
  )
  wijzig(pad('api/tables.ts'), (s) =>
    naLaatste(
      s,
      new RegExp(`export interface ${d.idPascal}Tables \\{\\n?`, 'g'),
      render('tabel.ts.hbs'),
      `'export interface ${d.idPascal}Tables {'`,
    ),
  )
  wijzig(pad('api/migrations/index.ts'), (s) =>
    voorLaatste(
      metImport(s, `import * as ${d.migratieModule} from './${d.migratie}'`),
      /^\}/gm,
      `  '${d.migratie}': ${d.migratieModule},\n`,
      'het einde van de MigrationSet',
    ),
  )
  wijzig(pad('api/demo/index.ts'), (s) =>
    voorLaatste(
      metImport(s, `import { seed${d.featurePascal}Demo } from './${d.feature}'`),
      /^\}/gm,
      `  await seed${d.featurePascal}Demo(platform)\n`,
      `het einde van seed${d.idPascal}Demo`,
    ),
  )
  wijzig(pad('src/routes.ts'), (s) =>
    voorLaatste(s, /^\]/gm, render('route.ts.hbs'), 'het einde van de routes'),
  )
  wijzig(pad('src/section.meta.ts'), (s) =>
    voorLaatste(s, /^ {2}\],$/gm, render('nav.ts.hbs'), 'het einde van nav'),
  )
  for (const taal of ['nl', 'en']) {
    const json = pad(`src/i18n/${taal}.json`)
    const teksten = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>
    teksten[d.featureCamel] = JSON.parse(render(`i18n.${taal}.json.hbs`))
    writeFileSync(json, `${JSON.stringify(teksten, null, 2)}\n`)
  }
  return [
    'api/index.ts',
    'api/tables.ts',
    'api/migrations/index.ts',
    'api/demo/index.ts',
    'src/routes.ts',
    'src/section.meta.ts',
    'src/i18n/nl.json',
    'src/i18n/en.json',
  ].map(pad)
}

/** Actions that add a feature to `apps/<id>/`; `geschreven` collects the files to format. */
export function featureActies(
  root: string,
  d: FeatureGegevens,
  geschreven: string[],
): PlopTypes.ActionType[] {
  const sectieMap = join(root, 'apps', d.id)
  return [
    function featureBestanden(_answers, _config, plop) {
      geschreven.push(...voegToe(plop, 'feature', sectieMap, d))
      return `${d.feature}: routes, store, tests, migratie ${d.migratie}, demo en pagina`
    },
    function koppelFeature(_answers, _config, plop) {
      const render: Render = (naam) =>
        plop.renderString(
          readFileSync(join(plop.getPlopfilePath(), 'templates/koppelingen', naam), 'utf8'),
          d,
        )
      geschreven.push(...koppel(sectieMap, d, render))
      return `${d.feature} gekoppeld: api/index.ts, tables, migraties, demo, routes, nav, teksten`
    },
  ]
}
