// `npm run demo`: builds the shell and the sections, then starts the whole portal with demo
// data on http://localhost:8080 (each section on its own port). Ctrl-C stops everything.
import { execSync } from 'node:child_process'
import { startPortal } from './lib/portal.mjs'
import { ROOT } from './lib/sections.mjs'

if (!process.argv.includes('--no-build')) {
  console.log('Bouwen van shell en secties…')
  execSync('pnpm turbo run build --concurrency=2 --output-logs=errors-only', {
    cwd: ROOT,
    stdio: 'inherit',
  })
}
// Request lines stay out of the demo's terminal unless LOG_LEVEL asks for them.
const portal = await startPortal({
  base: Number(process.env.DUO_DEMO_PORT ?? 8080),
  env: {
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // A real SMTP server instead of the local mail catcher (see README).
    ...(process.env.DUO_SMTP_URL ? { DUO_SMTP_URL: process.env.DUO_SMTP_URL } : {}),
  },
})
console.log(`
Mijn DUO draait op ${portal.url}
  eHerkenning-testmakelaar: ${portal.issuer}
  secties:                  ${portal.sectionList.map((s) => new URL(s.manifestUrl).origin).join(', ')}
  verzonden e-mail:         ${portal.mailUrl ?? `via ${process.env.DUO_SMTP_URL}`}
Inloggen als demopersoon zonder keuzescherm: ${portal.url}/auth/login?login_hint=beheerder-po
Redactie (mededelingen, onderhoud, nieuwsbrief, feedback): ${portal.url}/auth/intern/login?login_hint=redacteur
Stoppen: Ctrl-C
`)
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return
    stopping = true
    console.log('\nStoppen…')
    await portal.stop()
    process.exit(0)
  })
}
