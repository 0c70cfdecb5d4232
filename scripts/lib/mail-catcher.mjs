// The demo's mail catcher: a local SMTP server (the `smtp-server` package) that keeps every
// mail the portal sends in memory, and a small web page listing them, so notifications and the
// newsletter's double opt-in can be tried without a real mail server. Used by `npm run demo`
// (through portal.mjs) and by the browser tests (which read `/api/mails`). Nothing leaves the
// machine; both listen on 127.0.0.1 only.
import { createServer } from 'node:http'
import { SMTPServer } from 'smtp-server'
import { simpleParser } from 'mailparser'

const esc = (s) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  )
/** Escaped text with its http(s) links made clickable (the confirmation and unsubscribe links). */
const linkify = (s) =>
  esc(s).replace(/https?:\/\/[^\s<>"']+/g, (url) => `<a href="${url}">${url}</a>`)

const page = (title, body) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a}header{background:#154273;color:#fff;padding:1rem 2rem}
main{padding:1rem 2rem;max-width:60rem}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #ccc;vertical-align:top}
a{color:#154273}pre{white-space:pre-wrap;background:#f3f3f3;padding:1rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:bold}
</style></head><body><header><strong>Mijn DUO demo: verzonden e-mail</strong></header><main>${body}</main></body></html>`

/**
 * @param {{ smtpPort: number, webPort: number, host?: string }} options
 */
export async function startMailCatcher({ smtpPort, webPort, host = '127.0.0.1' }) {
  /** @type {Array<{ id: number, ontvangenOp: string, van: string, aan: string[], onderwerp: string, tekst: string, kopregels: Record<string,string> }>} */
  const mails = []
  let volgende = 1
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((m) => {
          const kopregels = {}
          for (const line of m.headerLines) {
            const i = line.line.indexOf(':')
            kopregels[line.key] = line.line
              .slice(i + 1)
              .replace(/\r?\n\s+/g, ' ')
              .trim()
          }
          const to = Array.isArray(m.to) ? m.to : m.to ? [m.to] : []
          mails.push({
            id: volgende++,
            ontvangenOp: new Date().toISOString(),
            van: m.from?.text ?? '',
            aan: to.flatMap((a) => a.value.map((v) => v.address ?? '')),
            onderwerp: m.subject ?? '',
            tekst: m.text ?? '',
            kopregels,
          })
          // Memory stays bounded in a long demo.
          if (mails.length > 500) mails.shift()
          callback()
        })
        .catch((err) => callback(err))
    },
  })
  await new Promise((resolve, reject) => {
    smtp.server.once('error', reject)
    smtp.listen(smtpPort, host, resolve)
  })

  const web = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`)
    const send = (status, type, body) => {
      res.writeHead(status, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      })
      res.end(body)
    }
    if (url.pathname === '/api/mails' && req.method === 'GET')
      return send(200, 'application/json; charset=utf-8', JSON.stringify(mails))
    if (url.pathname === '/api/mails' && req.method === 'DELETE') {
      mails.length = 0
      return send(204, 'text/plain', '')
    }
    const detail = /^\/mail\/(\d+)$/.exec(url.pathname)
    if (detail) {
      const m = mails.find((x) => x.id === Number(detail[1]))
      if (!m)
        return send(
          404,
          'text/html; charset=utf-8',
          page('Niet gevonden', '<p>Deze mail bestaat niet (meer).</p>'),
        )
      const koppen = Object.entries(m.kopregels)
        .filter(([k]) =>
          /^(from|to|subject|date|message-id|list-unsubscribe|list-unsubscribe-post|list-id)$/.test(
            k,
          ),
        )
        .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${linkify(v)}</dd>`)
        .join('')
      return send(
        200,
        'text/html; charset=utf-8',
        page(
          m.onderwerp,
          `<p><a href="/">Alle mails</a></p><h1>${esc(m.onderwerp)}</h1><dl>${koppen}</dl><pre>${linkify(m.tekst)}</pre>`,
        ),
      )
    }
    if (url.pathname === '/') {
      const rijen = [...mails]
        .reverse()
        .map(
          (m) =>
            `<tr><td>${esc(new Date(m.ontvangenOp).toLocaleString('nl-NL'))}</td><td>${esc(m.aan.join(', '))}</td><td><a href="/mail/${m.id}">${esc(m.onderwerp)}</a></td></tr>`,
        )
        .join('')
      return send(
        200,
        'text/html; charset=utf-8',
        page(
          'Verzonden e-mail',
          `<h1>Verzonden e-mail</h1><p>De mails die het demoportaal verstuurde (nieuwste eerst). Ververs de pagina voor nieuwe.</p>${
            mails.length
              ? `<table><caption class="visually-hidden">Mails</caption><thead><tr><th scope="col">Ontvangen</th><th scope="col">Aan</th><th scope="col">Onderwerp</th></tr></thead><tbody>${rijen}</tbody></table>`
              : '<p>Nog geen mail.</p>'
          }`,
        ),
      )
    }
    send(404, 'text/plain; charset=utf-8', 'Niet gevonden')
  })
  await new Promise((resolve, reject) => {
    web.once('error', reject)
    web.listen(webPort, host, resolve)
  })

  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    url: `http://localhost:${webPort}`,
    mails,
    async close() {
      await Promise.all([
        new Promise((r) => smtp.close(r)),
        new Promise((r) => {
          web.closeAllConnections?.()
          web.close(r)
        }),
      ])
    },
  }
}
