import { createHash } from 'node:crypto'
import { SERVICES, type Persona } from './personas.ts'

/** Escapes text for HTML element content and quoted attribute values. */
function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Content-Security-Policy for the broker's pages; `scriptSrc` e.g. `'sha256-…'` for an inline script. */
export function contentSecurityPolicy(scriptSrc = "'none'"): string {
  return [
    "default-src 'none'",
    `script-src ${scriptSrc}`,
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}

export const scriptHash = (script: string): string =>
  `sha256-${createHash('sha256').update(script).digest('base64')}`

const STYLE = `
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 0; color: #1b1b1b; background: #f5f5f5; line-height: 1.5; }
  header { background: #154273; color: #fff; padding: 1rem 1.5rem; }
  header p { margin: 0; }
  main { max-width: 64rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
  h1 { font-size: 1.75rem; margin: 0.5rem 0; }
  h2 { font-size: 1.3rem; margin: 2rem 0 0.25rem; }
  h3 { font-size: 1.1rem; margin: 0 0 0.5rem; }
  .waarschuwing { background: #fff4d6; border-left: 6px solid #b35900; padding: 0.75rem 1rem; }
  .melding { background: #e5f0fb; border-left: 6px solid #154273; padding: 0.75rem 1rem; }
  ul.personas { list-style: none; padding: 0; margin: 0.5rem 0 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); }
  ul.personas li { background: #fff; border: 1px solid #8c8c8c; border-radius: 4px; padding: 1rem; display: flex; flex-direction: column; }
  dl { margin: 0 0 1rem; display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.75rem; font-size: 0.95rem; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  button { font: inherit; font-weight: 600; margin-top: auto; padding: 0.6rem 1rem; border-radius: 4px; border: 2px solid #154273; background: #154273; color: #fff; cursor: pointer; }
  button.secundair { background: #fff; color: #154273; }
  button:hover { background: #0b2a4a; color: #fff; }
  :focus-visible { outline: 3px solid #b35900; outline-offset: 3px; }
  button:focus-visible { box-shadow: 0 0 0 6px #fff; }
  .en { color: #4a4a4a; }
  code { font-size: 0.95em; }
`

function page(opts: { title: string; body: string; head?: string }): string {
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(opts.title)}</title>
<style>${STYLE}</style>
${opts.head ?? ''}
</head>
<body>
<header><p><strong>eHerkenning testmakelaar</strong> – alleen voor demo en test <span lang="en" class="en">(demo and test only)</span></p></header>
<main id="inhoud">
${opts.body}
</main>
</body>
</html>`
}

const LOGIN_TITLE = 'eHerkenning testmakelaar (alleen demo)'

interface PersonaGroup {
  key: string
  heading: string
  subheading: string
  personas: Persona[]
}

function groupPersonas(personas: readonly Persona[]): PersonaGroup[] {
  const groups = new Map<string, PersonaGroup>()
  for (const p of personas) {
    let key: string
    let heading: string
    let subheading: string
    if (p.kind === 'medewerker') {
      key = 'duo'
      heading = 'DUO (medewerkers)'
      subheading = 'Interne medewerkers van DUO, geen eHerkenning-machtiging nodig.'
    } else if (p.intermediary) {
      key = `${p.actsFor.kvk}-via-${p.intermediary.kvk}`
      heading = `${p.actsFor.naam} via ${p.intermediary.naam}`
      subheading = `Ketenmachtiging: intermediair KvK ${p.intermediary.kvk} handelt namens KvK ${p.actsFor.kvk}.`
    } else {
      key = p.actsFor.kvk
      heading = p.actsFor.naam
      subheading = `KvK-nummer ${p.actsFor.kvk}`
    }
    let group = groups.get(key)
    if (!group) {
      group = { key, heading, subheading, personas: [] }
      groups.set(key, group)
    }
    group.personas.push(p)
  }
  return [...groups.values()]
}

const LOA_LABEL: Record<string, string> = {
  EH2: 'EH2 (laag)',
  'EH2+': 'EH2+ (laag)',
  EH3: 'EH3 (substantieel)',
  EH4: 'EH4 (hoog)',
}

function personaCard(p: Persona): string {
  const id = escapeHtml(p.id)
  const rows: Array<[string, string]> = []
  if (p.kind === 'eherkenning') {
    rows.push([
      'Handelt namens',
      `${escapeHtml(p.actsFor.naam)} (KvK ${escapeHtml(p.actsFor.kvk)})`,
    ])
    if (p.intermediary) {
      rows.push([
        'Intermediair',
        `${escapeHtml(p.intermediary.naam)} (KvK ${escapeHtml(p.intermediary.kvk)})`,
      ])
    }
    if (p.vestigingsnummer) rows.push(['Vestiging', escapeHtml(p.vestigingsnummer)])
    rows.push([
      'Machtigingen',
      p.services.length
        ? p.services.map((s) => escapeHtml(SERVICES[s])).join(', ')
        : '<em>geen</em>',
    ])
  } else {
    rows.push(['Rol', escapeHtml(p.rol)])
  }
  rows.push(['Betrouwbaarheid', escapeHtml(LOA_LABEL[p.loa] ?? p.loa)])
  rows.push(['Pseudoniem', `<code>${escapeHtml(p.pseudonym)}</code>`])
  rows.push(['Demo-rol', escapeHtml(p.omschrijving)])
  return `<li>
<h3 id="persona-${id}">${escapeHtml(p.name)}</h3>
<dl id="persona-${id}-gegevens">
${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}
</dl>
<button type="submit" name="persona" value="${id}" aria-describedby="persona-${id}-gegevens">Inloggen als ${escapeHtml(p.name)} (${escapeHtml(p.loa)})</button>
</li>`
}

export function loginPage(opts: {
  uid: string
  clientName: string
  clientId: string
  personas: readonly Persona[]
  notice?: string
}): string {
  const uid = encodeURIComponent(opts.uid)
  const groups = groupPersonas(opts.personas)
  const notice = opts.notice
    ? `<p class="melding" role="status">${escapeHtml(opts.notice)}</p>`
    : ''
  const sections = groups
    .map(
      (g, i) => `<section aria-labelledby="groep-${i}">
<h2 id="groep-${i}">${escapeHtml(g.heading)}</h2>
<p>${escapeHtml(g.subheading)}</p>
<ul class="personas">
${g.personas.map(personaCard).join('\n')}
</ul>
</section>`,
    )
    .join('\n')
  const body = `<h1>${escapeHtml(LOGIN_TITLE)}</h1>
<div class="waarschuwing">
<p>Dit is een <strong>testmakelaar</strong> voor demo's en tests. Er wordt niet echt ingelogd met eHerkenning en er worden geen echte gegevens gebruikt. Kies een testpersoon om in te loggen.</p>
<p lang="en" class="en">This is a test broker for demos and tests only, not real eHerkenning. Choose a test persona to log in.</p>
</div>
<p>U logt in bij: <strong>${escapeHtml(opts.clientName)}</strong> (<code>${escapeHtml(opts.clientId)}</code>).</p>
${notice}
<form method="post" action="/interaction/${uid}/login">
${sections || '<p>Er zijn geen testpersonen voor deze dienst.</p>'}
</form>
<form method="post" action="/interaction/${uid}/abort">
<h2>Niet inloggen</h2>
<p><button type="submit" class="secundair">Annuleren en terug naar de dienst</button></p>
</form>`
  return page({ title: LOGIN_TITLE, body })
}

export function errorPage(opts: {
  title: string
  message: string
  details?: Record<string, unknown>
}): string {
  const details = opts.details
    ? `<dl>${Object.entries(opts.details)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
        .join('')}</dl>`
    : ''
  return page({
    title: `${opts.title} – eHerkenning testmakelaar`,
    body: `<h1>${escapeHtml(opts.title)}</h1>
<p>${escapeHtml(opts.message)}</p>
<p lang="en" class="en">Something went wrong at the test broker. Go back to the service and start again.</p>
${details}`,
  })
}

export const LOGOUT_SCRIPT =
  "document.addEventListener('DOMContentLoaded',function(){document.forms[0].submit()});"

/** RP-initiated logout: submits the provider's form with logout=yes automatically. */
export function logoutPage(form: string): string {
  const autoForm = form.replace(
    '</form>',
    '<input type="hidden" name="logout" value="yes"/></form>',
  )
  return page({
    title: 'Uitloggen – eHerkenning testmakelaar',
    head: `<script>${LOGOUT_SCRIPT}</script>`,
    body: `<h1>Uitloggen</h1>
<p>U wordt uitgelogd bij de testmakelaar…</p>
<p lang="en" class="en">Signing you out of the test broker…</p>
${autoForm}
<noscript><p><button type="submit" form="op.logoutForm">Uitloggen</button></p></noscript>`,
  })
}

export function loggedOutPage(clientName?: string): string {
  return page({
    title: 'Uitgelogd – eHerkenning testmakelaar',
    body: `<h1>U bent uitgelogd</h1>
<p>U bent uitgelogd bij de testmakelaar${clientName ? ` en bij ${escapeHtml(clientName)}` : ''}.</p>
<p lang="en" class="en">You have been signed out of the test broker.</p>`,
  })
}
