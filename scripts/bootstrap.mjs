// The entry of both README commands on a fresh machine with only Node 20 and npm: brings the
// pinned pnpm (into .tools/, no global install), installs the workspace from the lock file,
// then runs the demo or every check and test.
import { execSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const mode = process.argv[2]
if (mode !== 'demo' && mode !== 'test') {
  console.error('Gebruik: node scripts/bootstrap.mjs demo|test')
  process.exit(2)
}
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Node ${process.versions.node} is te oud: Node 20.19 of nieuwer is nodig.`)
  process.exit(1)
}

const pnpmVersion = JSON.parse(
  readFileSync(join(ROOT, 'package.json'), 'utf8'),
).packageManager.split('@')[1]
const tools = join(ROOT, '.tools')
const env = { ...process.env }
env.PATH = [join(tools, 'node_modules', '.bin'), env.PATH].join(delimiter)
// pnpm 12 pins its own version in the lock; never let it try to switch versions itself.
env.pnpm_config_manage_package_manager_versions = 'false'
// better-sqlite3 compiles against Node's own headers when they are on the machine (no download).
if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h'))
  env.npm_config_nodedir = '/usr'

function pnpmWorks() {
  const r = spawnSync('pnpm', ['--version'], { env, encoding: 'utf8' })
  return r.status === 0 && r.stdout.trim() === pnpmVersion
}
if (!pnpmWorks()) {
  console.log(`pnpm ${pnpmVersion} installeren in .tools/ …`)
  execSync(`npm install --prefix "${tools}" --no-save --no-audit --no-fund pnpm@${pnpmVersion}`, {
    stdio: 'inherit',
    env,
  })
}
const step = (cmd) => execSync(cmd, { cwd: ROOT, stdio: 'inherit', env })
step('pnpm install --frozen-lockfile')
const script = mode === 'demo' ? 'scripts/demo.mjs' : 'scripts/test-all.mjs'
const result = spawnSync(process.execPath, [script, ...process.argv.slice(3)], {
  cwd: ROOT,
  stdio: 'inherit',
  env,
})
process.exit(result.status ?? 1)
