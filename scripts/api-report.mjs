// The API report of every published package (`etc/<name>.api.md`, one per entry point), made
// by API Extractor from the built declarations in dist/ (run after the build). Then the check
// that a changed public API comes with a changeset of the right kind.
//
//   node scripts/api-report.mjs           CI: fails when a report differs from the committed
//                                         one, or when the API changed since the package's
//                                         last version without a pending changeset of that kind
//   node scripts/api-report.mjs --local   rewrites the reports (commit them with the change)
//
// The workflow is in docs/releases.md.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor'
import { checkChangesets } from './lib/api-kind.mjs'
import { genormaliseerd } from './lib/api-normaliseer.mjs'
import { publishedPackages, reportName } from './lib/packages.mjs'

const local = process.argv.includes('--local')
const packages = publishedPackages()
const temp = mkdtempSync(join(tmpdir(), 'duo-api-'))

/**
 * TypeScript `paths` so another @duo package resolves to its built declarations, through
 * node_modules (then API Extractor keeps it an import instead of inlining it).
 */
function workspacePaths(pkg) {
  const paths = {}
  for (const other of packages) {
    if (other === pkg) continue
    const direct = `node_modules/${other.name}`
    const via = existsSync(`${pkg.dir}/node_modules/@duo`)
      ? readdirSync(`${pkg.dir}/node_modules/@duo`)
          .map((dep) => `node_modules/@duo/${dep}/node_modules/${other.name}`)
          .find((p) => existsSync(`${pkg.dir}/${p}`))
      : undefined
    const base = existsSync(`${pkg.dir}/${direct}`) ? direct : via
    if (!base) continue
    for (const entry of other.entries) {
      const specifier =
        entry.subpath === '.' ? other.name : `${other.name}/${entry.subpath.slice(2)}`
      paths[specifier] = [`./${base}/${entry.types.slice(2)}`]
    }
  }
  return paths
}

/** Whether the fresh report differs from the committed one in more than the order of props. */
function echtAnders(vers, vastgelegd) {
  if (!existsSync(vers) || !existsSync(vastgelegd)) return true
  return (
    genormaliseerd(readFileSync(vers, 'utf8')) !== genormaliseerd(readFileSync(vastgelegd, 'utf8'))
  )
}

let failed = 0
for (const pkg of packages) {
  for (const entry of pkg.entries) {
    const file = `${pkg.dir}/${entry.types.slice(2)}`
    const name = reportName(pkg, entry)
    if (!existsSync(file)) {
      console.error(`✗ ${file} ontbreekt: bouw eerst (pnpm turbo run build --filter=${pkg.name}).`)
      failed++
      continue
    }
    if (local) mkdirSync(`${pkg.dir}/etc`, { recursive: true })
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder: pkg.dir,
        mainEntryPointFilePath: file,
        compiler: {
          overrideTsconfig: {
            compilerOptions: {
              module: 'esnext',
              moduleResolution: 'bundler',
              target: 'es2022',
              lib: ['es2022', 'dom'],
              types: pkg.folder === 'xbrl' ? ['node'] : [],
              skipLibCheck: true,
              strict: true,
              paths: workspacePaths(pkg),
            },
            include: [file],
          },
        },
        apiReport: {
          enabled: true,
          reportFileName: name,
          reportFolder: `${pkg.dir}/etc/`,
          reportTempFolder: `${temp}/`,
          // Props of Vue components are types nobody exports by name: report them all the same.
          includeForgottenExports: true,
        },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          compilerMessageReporting: { default: { logLevel: 'warning' } },
          extractorMessageReporting: {
            default: { logLevel: 'warning', addToApiReportFile: true },
            // Release tags (@public, @beta) are not used here: everything exported is public.
            'ae-missing-release-tag': { logLevel: 'none' },
          },
          tsdocMessageReporting: { default: { logLevel: 'none' } },
        },
      },
      configObjectFullPath: `${pkg.dir}/api-extractor.json`,
      packageJsonFullPath: `${pkg.dir}/package.json`,
    })
    const result = Extractor.invoke(config, {
      localBuild: local,
      showVerboseMessages: false,
      messageCallback: (message) => {
        // The bundled TypeScript version note and "report changed" (reported below) are noise here.
        if (message.messageId === 'console-preamble') message.handled = true
        if (message.messageId === 'console-api-report-changed') message.handled = true
        if (message.messageId === 'console-api-report-not-copied') message.handled = true
      },
    })
    const where = `${pkg.folder}/etc/${name}.api.md`
    const anders =
      result.apiReportChanged &&
      echtAnders(`${temp}/${name}.api.md`, `${pkg.dir}/etc/${name}.api.md`)
    if (anders && !local) {
      console.error(
        `✗ De publieke API van ${pkg.name}${entry.subpath === '.' ? '' : ` (${entry.subpath})`} wijkt af van ${where}.\n` +
          `  Bekijk het verschil met: node scripts/api-report.mjs --local && git diff packages/${where}\n` +
          '  en commit het bijgewerkte rapport met een changeset (docs/releases.md).',
      )
      failed++
    } else if (!result.succeeded && !(result.apiReportChanged && !anders)) {
      console.error(`✗ API Extractor faalde voor ${pkg.name} ${entry.subpath}`)
      failed++
    } else {
      console.log(`${anders ? '↻' : '✓'} ${where}`)
    }
  }
}
rmSync(temp, { recursive: true, force: true })
if (failed) process.exit(1)

// The kind of each change against the package's last released version, and the changesets.
const problems = checkChangesets(packages)
for (const p of problems) console.error(`✗ ${p}`)
if (problems.length) process.exit(1)
console.log('API-rapporten en changesets kloppen.')
