// Decisions per second of `decide` next to CASL implementing the same rules, measured in
// the same run, plus the browser bundle size. Run: pnpm --filter @duo/authz bench
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import {
  AbilityBuilder,
  createMongoAbility,
  subject as caslSubject,
  type MongoAbility,
} from '@casl/ability'
import {
  contextOf,
  decide,
  decideIn,
  defaultConfig,
  dutchDate,
  effectiveGrantsForBench,
  grantStatus,
  kenmerkType,
  locate,
  meetsNiveau,
  permissionIds,
  permissions,
  roles,
  type Bestuur,
  type Grant,
  type PermissionId,
  type Resource,
  type Subject,
} from './bench-imports.ts'
import { bestuurWithSchools } from '../src/testing/fixtures.ts'

const NOW = new Date('2022-07-01T10:00:00+02:00')
const TODAY = dutchDate(NOW)

/** 1 grant: schoolleiding ROD on the first school. 50 grants: a mix over the schools, some expired. */
function grantsFor(bestuur: Bestuur, n: number): Grant[] {
  const schools = bestuur.scholen
  const pick = (i: number) => schools[i % schools.length]!
  const makers: Array<(i: number) => Grant> = [
    (i) => ({ role: 'medewerker-schoolleiding-rod', kenmerk: pick(i).instellingscode }),
    (i) => ({
      role: 'medewerker-schooladministratie-rod',
      kenmerk: pick(i).instellingscode,
      until: '2022-03-31',
    }),
    (i) => ({ role: 'rio-beheren-aangeboden-opleiding', kenmerk: pick(i).onderwijsaanbiedercode }),
    (i) => ({
      role: 'rio-beheren-contactadres',
      kenmerk: pick(i).onderwijsaanbiedercode,
      from: '2022-01-01',
    }),
    () => ({ role: 'medewerker-bekostiging', kenmerk: bestuur.bestuursnummer }),
  ]
  return Array.from({ length: n }, (_, i) => makers[i % makers.length]!(i))
}

function subjectFor(bestuur: Bestuur, n: number): Subject {
  return {
    kind: 'bestuur-medewerker',
    personId: 'p-1',
    grants: grantsFor(bestuur, n),
    actsFor: { kvk: bestuur.kvk, bestuursnummer: bestuur.bestuursnummer },
    intermediary: null,
    machtigingen: ['mijn-duo', 'mijn-helpdesk-po'],
    niveau: 'EH3',
  }
}

/** A fixed, mixed workload: every permission on the bestuur and on a spread of schools. */
function queries(bestuur: Bestuur): Array<[PermissionId, Resource]> {
  const out: Array<[PermissionId, Resource]> = []
  const step = Math.max(1, Math.floor(bestuur.scholen.length / 7))
  for (const p of permissionIds) {
    out.push([p, { bestuur }])
    for (let i = 0; i < bestuur.scholen.length; i += step)
      out.push([p, { bestuur, school: bestuur.scholen[i]!.instellingscode }])
  }
  return out
}

// ---- CASL: the same rules, compiled into an ability per subject and moment ----

interface CaslResource {
  kvk: string
  bestuursnummer: string
  onderwijsbestuurcode: string
  school: string | null
  aanbieder: string | null
  osr: boolean
}
type Ability = MongoAbility<
  [PermissionId, 'Resource' | ReturnType<typeof caslSubject<'Resource', CaslResource>>]
>

function caslAbility(s: Subject, bestuur: Bestuur): Ability {
  const { can, cannot, build } = new AbilityBuilder<Ability>(createMongoAbility)
  const org = { kvk: s.actsFor!.kvk }
  const usable = (p: PermissionId) => {
    const def = permissions[p]
    const from = defaultConfig.permissionAvailableFrom[p]
    if (from && TODAY < from) return false
    if (def.dienst && !s.machtigingen.includes(def.dienst)) return false
    return meetsNiveau(s.niveau, defaultConfig.minimumNiveau[p] ?? defaultConfig.defaultNiveau)
  }
  for (const p of permissionIds) {
    const def = permissions[p]
    if (def.source !== 'rol' && usable(p)) can(p, 'Resource', org)
  }
  for (const g of effectiveGrantsForBench(s.grants, bestuur)) {
    const role = roles[g.role]
    const type = kenmerkType(g.kenmerk)
    if (
      role.internal ||
      !type ||
      !role.kenmerkTypes.includes(type) ||
      grantStatus(g, TODAY) !== 'geldig'
    )
      continue
    const from = defaultConfig.roleAvailableFrom[g.role]
    if (from && TODAY < from) continue
    const where =
      type === 'bestuursnummer'
        ? { bestuursnummer: g.kenmerk }
        : type === 'onderwijsbestuurcode'
          ? { onderwijsbestuurcode: g.kenmerk }
          : type === 'instellingscode'
            ? { school: g.kenmerk }
            : { aanbieder: g.kenmerk }
    for (const p of role.permissions) {
      if (usable(p))
        can(p, 'Resource', {
          ...org,
          ...where,
          ...(role.requiresOsrOvereenkomst ? { osr: true } : {}),
        })
    }
  }
  const beheerder = s.grants.some(
    (g) => g.role === 'beheerder-bekostiging-opleidingen' && grantStatus(g, TODAY) === 'geldig',
  )
  if (beheerder) {
    for (const r of [
      'medewerker-bekostiging',
      'medewerker-opleidingen',
      'raadpleger-zaakdossier',
      'medewerker-verantwoording',
    ] as const) {
      for (const p of roles[r].permissions)
        cannot(p, 'Resource', { bestuursnummer: bestuur.bestuursnummer })
    }
  }
  return build()
}

function caslResource(r: Resource): CaslResource {
  const school = r.school ? locate(r.school, r.bestuur) : null
  const s = school && school.level === 'school' ? school.school : null
  return {
    kvk: r.bestuur.kvk,
    bestuursnummer: r.bestuur.bestuursnummer,
    onderwijsbestuurcode: r.bestuur.onderwijsbestuurcode,
    school: s?.instellingscode ?? null,
    aanbieder: s?.onderwijsaanbiedercode ?? null,
    osr: r.bestuur.osrOvereenkomstGetekend,
  }
}

// ---- measuring ----

function perSecond(work: () => number, ms = 400): number {
  work() // warm up
  let count = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < ms) {
    count += work()
    elapsed = performance.now() - start
  }
  return (count / elapsed) * 1000
}

const fmt = (n: number) => `${(n / 1e6).toFixed(2)} M/s`.padStart(10)
const rows: string[][] = []
for (const schools of [1, 200]) {
  const bestuur = bestuurWithSchools(schools, 3)
  const qs = queries(bestuur)
  const caslQs = qs.map(([p, r]) => [p, caslSubject('Resource', caslResource(r))] as const)
  for (const grants of [1, 50]) {
    const s = subjectFor(bestuur, grants)
    const ability = caslAbility(s, bestuur)
    // The two implementations must agree before their speed means anything.
    let allowed = 0
    qs.forEach(([p, r], i) => {
      const ours = decide(s, p, r, { now: NOW }).allowed
      if (ours !== ability.can(p, caslQs[i]![1]))
        throw new Error(`CASL and decide disagree on ${p} ${r.school ?? ''}`)
      if (ours) allowed++
    })
    const ours = perSecond(() => {
      for (const [p, r] of qs) decide(s, p, r, { now: NOW })
      return qs.length
    })
    // Without the per-subject memo: every rule evaluated and every sentence built, each time.
    const cold = perSecond(() => {
      for (const [p, r] of qs) decideIn(s, p, r, contextOf({ now: NOW }))
      return qs.length
    })
    const caslCheck = perSecond(() => {
      for (const [p, r] of caslQs) ability.can(p, r)
      return caslQs.length
    })
    const caslPerRequest = perSecond(() => {
      // A BFF request: build the ability for the session, resolve the resource, check.
      const a = caslAbility(s, bestuur)
      for (const [p, r] of qs.slice(0, 10)) a.can(p, caslSubject('Resource', caslResource(r)))
      return 10
    })
    rows.push([
      `${grants} grant(s), ${schools} school(s)`,
      String(qs.length),
      String(allowed),
      fmt(ours),
      fmt(cold),
      fmt(caslCheck),
      fmt(caslPerRequest),
      `${(ours / caslCheck).toFixed(1)}×`,
    ])
  }
}

console.log(
  'decisions per second (mixed workload of every permission on the bestuur and a spread of schools)\n',
)
const header = [
  'scenario',
  'queries',
  'allowed',
  'decide',
  'decide (no memo)',
  'CASL can()',
  'CASL build+10',
  'decide vs CASL can()',
]
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')
console.log(line(header))
for (const r of rows) console.log(line(r))

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
  bundle: true,
  platform: 'browser',
  format: 'esm',
  minify: true,
  write: false,
})
const code = bundle.outputFiles[0]!.contents
const gz = gzipSync(code, { level: 9 }).length
console.log(
  `\nbrowser bundle (esbuild, platform browser, minify): ${(code.length / 1024).toFixed(1)} kB, gzip ${(gz / 1024).toFixed(2)} kB (${gz} bytes; aim < 8 kB)`,
)
