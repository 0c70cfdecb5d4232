// Starts the whole portal as in the demo: the eHerkenning test broker, every section on its
// own origin, and the BFF serving the shell. Used by `npm run demo` and by the e2e tests.
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { startStaticServer } from './static-server.mjs'
import { startMailCatcher } from './mail-catcher.mjs'
import { ROOT, SECTIONS } from './sections.mjs'

/**
 * Ports: BFF + shell on `base`, sections on base+1..base+7, the broker on base+10, the mail
 * catcher's SMTP on base+11 and its web page on base+12.
 */
function portsFor(base) {
  return {
    bff: base,
    idp: base + 10,
    smtp: base + 11,
    mail: base + 12,
    sections: Object.fromEntries(SECTIONS.map((s, i) => [s.id, base + 1 + i])),
  }
}

export async function waitFor(url, ms, child) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (child?.exitCode != null) throw new Error(`${url}: proces stopte met code ${child.exitCode}`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150))
  }
  throw new Error(`${url} kwam niet op binnen ${ms} ms`)
}

export function run(name, cwd, args, env, log) {
  const child = spawn(process.execPath, args, {
    cwd: `${ROOT}${cwd}`,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const prefix = (line) => log(`[${name}] ${line}`)
  for (const stream of [child.stdout, child.stderr]) {
    let rest = ''
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop() ?? ''
      lines.forEach(prefix)
    })
  }
  return child
}

/** The test broker's settings: demo mode (persona by login_hint), redirects to the portal. */
export function brokerEnv({ port, issuer, publicUrl }) {
  return {
    IDP_PORT: String(port),
    IDP_HOST: '127.0.0.1',
    IDP_ISSUER: issuer,
    IDP_REDIRECT_URIS: `${publicUrl}/auth/callback`,
    IDP_POST_LOGOUT_REDIRECT_URIS: `${publicUrl}/`,
    IDP_DEMO_MODE: 'true',
  }
}

/** A demo BFF's settings (`npm run demo`, and each instance of `npm run demo:cluster`). */
export function bffEnv({ port, publicUrl, issuer, sectionList, dataDir }) {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    DUO_PUBLIC_URL: publicUrl,
    DUO_SECTIONS: JSON.stringify(sectionList),
    DUO_SHELL_DIST: `${ROOT}apps/shell/dist`,
    DUO_DATA_DIR: dataDir,
    DUO_DEMO_DATA: 'true',
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: 'duo-portaal',
    OIDC_CLIENT_SECRET: 'demo-secret-portaal',
    OIDC_INTERN_CLIENT_ID: 'duo-intern',
    OIDC_INTERN_CLIENT_SECRET: 'demo-secret-intern',
    OIDC_ALLOW_HTTP: 'true',
  }
}

/**
 * Without `DUO_SMTP_URL` in `env`, a local mail catcher receives the portal's mail (its page:
 * `mailUrl`); with it, mail goes to that server.
 * @param {{ base?: number, dataDir?: string, env?: Record<string,string>, log?: (line: string) => void }} options
 */
export async function startPortal(options = {}) {
  const base = options.base ?? 8080
  const ports = portsFor(base)
  const log = options.log ?? ((line) => console.log(line))
  const publicUrl = `http://localhost:${ports.bff}`
  const issuer = `http://localhost:${ports.idp}`
  const dataDir = options.dataDir ?? `${ROOT}data/demo`
  mkdirSync(dataDir, { recursive: true })

  const servers = {}
  const children = []
  /** @type {Awaited<ReturnType<typeof startMailCatcher>> | null} */
  let catcher = null
  const stopChild = (child) =>
    new Promise((done) => {
      if (child.exitCode != null) return done()
      child.once('exit', () => done())
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 3000).unref()
    })
  const stopAll = () =>
    Promise.all([
      ...children.map(stopChild),
      ...Object.values(servers).map((s) => s.close()),
      catcher?.close(),
    ])
  try {
    return await start()
  } catch (error) {
    // A BFF that cannot start must not leave the broker and the file servers running.
    await stopAll()
    throw error
  }

  async function start() {
    for (const s of SECTIONS) {
      servers[s.id] = await startStaticServer({
        dir: s.dir,
        port: ports.sections[s.id],
        prefix: s.prefix,
        host: '127.0.0.1',
      })
    }
    const sectionList = SECTIONS.map((s) => ({
      id: s.id,
      manifestUrl: `http://localhost:${ports.sections[s.id]}/${s.prefix}/mf-manifest.json`,
    }))

    const idp = run(
      'broker',
      'apps/idp',
      ['--import', 'tsx', 'src/main.ts'],
      brokerEnv({ port: ports.idp, issuer, publicUrl }),
      log,
    )
    children.push(idp)
    await waitFor(`${issuer}/.well-known/openid-configuration`, 20_000, idp)

    const eigenSmtp = options.env?.DUO_SMTP_URL
    if (!eigenSmtp) catcher = await startMailCatcher({ smtpPort: ports.smtp, webPort: ports.mail })
    const bff = run(
      'bff',
      'apps/bff',
      ['--import', 'tsx', 'src/main.ts'],
      {
        ...bffEnv({ port: ports.bff, publicUrl, issuer, sectionList, dataDir }),
        ...(catcher ? { DUO_SMTP_URL: catcher.smtpUrl } : {}),
        ...options.env,
      },
      log,
    )
    children.push(bff)
    await waitFor(`${publicUrl}/api/health`, 30_000, bff)

    return {
      ports,
      url: publicUrl,
      issuer,
      sectionList,
      /** The mail catcher's page (null when `DUO_SMTP_URL` pointed elsewhere). */
      mailUrl: catcher?.url ?? null,
      /** Stops one section's server (it is "down") and returns a function that restarts it. */
      async stopSection(id) {
        await servers[id].close()
        /** @param {{ mode?: 'serve' | 'hang', dir?: string }} how */
        return async (how = {}) => {
          const s = SECTIONS.find((x) => x.id === id)
          servers[id] = await startStaticServer({
            dir: how.dir ?? s.dir,
            port: ports.sections[id],
            prefix: s.prefix,
            mode: how.mode ?? 'serve',
          })
        }
      },
      async stop() {
        await stopAll()
      },
    }
  }
}
