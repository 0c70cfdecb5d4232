// nginx from Debian's packages as the cluster's load balancer, with its configuration written
// into the cluster's data folder. Installed with apt-get when missing (as root), like
// scripts/postgres.mjs installs PostgreSQL.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const NGINX = '/usr/sbin/nginx'

function ensureNginx(log) {
  if (existsSync(NGINX)) return NGINX
  if (process.getuid?.() !== 0)
    throw new Error(
      'nginx ontbreekt en dit is geen root: installeer het eerst (apt-get install nginx)',
    )
  log('nginx niet gevonden: installeren met apt-get')
  const apt = (args) =>
    spawnSync('apt-get', args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  apt(['update'])
  // Debian's policy-rc.d keeps the package from starting a system-wide nginx on port 80.
  if (apt(['install', '-y', '--no-install-recommends', 'nginx']).status !== 0 || !existsSync(NGINX))
    throw new Error('apt-get install nginx mislukte')
  return NGINX
}

/**
 * The configuration: round robin over the BFF instances; passive health checks (an instance
 * that refuses or resets a connection is left out for `failSeconds`, then tried again); a
 * request that could not reach an instance goes to the next one, except a POST that was already
 * sent (nginx never repeats a non-idempotent request); the Host header kept (openid-client builds
 * the callback URL from it); the client's address in X-Forwarded-For, overwritten, never appended,
 * so the BFF (`DUO_TRUSTED_PROXIES`) reads exactly what the balancer saw.
 */
function nginxConfig({ dir, port, upstreams, failSeconds = 3 }) {
  const servers = upstreams
    .map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=${failSeconds}s;`)
    .join('\n')
  const tmp = (name) => `${name}_temp_path ${join(dir, 'tmp', name)};`
  return `# Written by scripts/lib/load-balancer.mjs for npm run demo:cluster / npm run drill.
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  log_format duo '$msec $status $request_method $uri $upstream_addr $upstream_status $request_time';
  access_log ${join(dir, 'access.log')} duo buffer=64k flush=1s;
  ${tmp('client_body')}
  ${tmp('proxy')}
  ${tmp('fastcgi')}
  ${tmp('uwsgi')}
  ${tmp('scgi')}
  # The BFF sets each upload route's own limit; nginx only must not be the smaller one.
  client_max_body_size 300m;
  upstream duo_bff {
${servers}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://duo_bff;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      # Which instance answered: to watch round robin in a browser's devtools, and for the drill.
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`
}

/** Writes the configuration and runs nginx in the foreground as a child of this process. */
export async function startNginx({ dir, port, upstreams, log }) {
  const nginx = ensureNginx(log)
  mkdirSync(join(dir, 'tmp'), { recursive: true })
  const conf = join(dir, 'nginx.conf')
  writeFileSync(conf, nginxConfig({ dir, port, upstreams }))
  const test = spawnSync(nginx, ['-t', '-q', '-p', dir, '-e', join(dir, 'error.log'), '-c', conf], {
    encoding: 'utf8',
  })
  if (test.status !== 0) throw new Error(`nginx-configuratie ongeldig:\n${test.stderr}`)
  const child = spawn(
    nginx,
    ['-p', dir, '-e', join(dir, 'error.log'), '-c', conf, '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  child.stderr.on('data', (d) => log(`[nginx] ${String(d).trim()}`))
  return { child, conf, accessLog: join(dir, 'access.log'), errorLog: join(dir, 'error.log') }
}
