/**
 * `/api/beheer/logboek` and `/logboek.csv`: the audit log of the bestuur (for the servicedesk:
 * of all besturen, or one), filtered, with every action's label from the platform.
 */
import { Hono } from 'hono'
import { dutchDate } from '@duo/authz'
import {
  GEEN_BESTUUR,
  authOf,
  authorize,
  downloadHeaders,
  requireBestuur,
  requireLogin,
  valideer,
  type AppEnv,
  type AuditEntry,
  type AuditFilter,
  type AuthContext,
  type SectionPlatform,
} from '@duo/server-kit'
import type { BeheerTables } from '../tables'
import { nextDay, startOfDutchDay } from '../shared/dagen'
import { geenCache, roleName } from '../shared/weergave'
import { logboekQuery, type LogboekQuery } from './schemas'
import { CSV_KOP, csvLine } from './csv'

/** At most this many entries in one CSV export. */
const MAX_CSV_REGELS = 20_000

export function logboekRoutes(platform: SectionPlatform<BeheerTables>) {
  const { clock, audit, personen } = platform
  const now = () => clock.now()

  /** The person's view: DUO staff all besturen (or the one asked for), others their own. */
  function logFilter(auth: AuthContext, q: LogboekQuery, at: Date): AuditFilter {
    const filter: AuditFilter = {}
    if (auth.subject.kind === 'duo-medewerker') {
      authorize(auth, 'beheer.audit.raadplegen', { bestuur: GEEN_BESTUUR }, at)
      if (q.bestuursnummer) filter.bestuursnummer = q.bestuursnummer
    } else {
      const bestuur = requireBestuur(auth)
      authorize(auth, 'beheer.audit.raadplegen', { bestuur }, at)
      filter.bestuursnummer = bestuur.bestuursnummer
    }
    if (q.actie) filter.actie = q.actie
    if (q.persoonId) filter.onderwerpPersoonId = q.persoonId
    if (q.van) filter.from = startOfDutchDay(q.van)
    if (q.tot) filter.to = startOfDutchDay(nextDay(q.tot))
    if (q.cursor) filter.cursor = Number(q.cursor)
    return filter
  }

  /** Entries with the name of the person they are about, and labels of action and role. */
  async function metNamen(entries: AuditEntry[]) {
    const acties = audit.acties()
    const namen = await personen.namen(
      entries.flatMap((e) => (e.onderwerpPersoonId ? [e.onderwerpPersoonId] : [])),
    )
    return entries.map((e) => ({
      ...e,
      actieNaam: acties[e.actie] ?? null,
      onderwerpNaam: e.onderwerpPersoonId
        ? (namen.get(e.onderwerpPersoonId) ?? (e.details.onderwerp as string | undefined) ?? null)
        : null,
      rolNaam: typeof e.details.rol === 'string' ? roleName(e.details.rol) : null,
    }))
  }

  return new Hono<AppEnv>()
    .use('/logboek', requireLogin(), geenCache())
    .use('/logboek.csv', requireLogin(), geenCache())
    .get('/logboek', valideer('query', logboekQuery), async (c) => {
      const filter = logFilter(authOf(c), c.req.valid('query'), now())
      const page = await audit.list({ ...filter, limit: 50 })
      return c.json({
        entries: await metNamen(page.entries),
        nextCursor: page.nextCursor,
        // Today's actions of every section and the portal, for the filter.
        acties: Object.entries(audit.acties({ huidige: true })).map(([actie, naam]) => ({
          actie,
          naam,
        })),
      })
    })
    .get('/logboek.csv', valideer('query', logboekQuery), async (c) => {
      const at = now()
      const filter = logFilter(authOf(c), { ...c.req.valid('query'), cursor: undefined }, at)
      const lines = [csvLine(CSV_KOP)]
      let cursor: number | null = null
      let count = 0
      do {
        const page: Awaited<ReturnType<typeof audit.list>> = await audit.list({
          ...filter,
          limit: 500,
          cursor,
        })
        for (const e of await metNamen(page.entries)) {
          const d = e.details
          lines.push(
            csvLine([
              e.at,
              e.actie,
              e.actorOmschrijving,
              e.sessieRef,
              e.onderwerpNaam,
              e.bestuursnummer,
              d.rol,
              d.kenmerk,
              d.vanaf,
              d.tot,
              d.reden,
              JSON.stringify(d),
            ]),
          )
        }
        count += page.entries.length
        cursor = page.nextCursor
      } while (cursor !== null && count < MAX_CSV_REGELS)
      const naam = `logboek-${filter.bestuursnummer ?? 'alle'}-${dutchDate(at)}.csv`
      return c.body(`\uFEFF${lines.join('\r\n')}\r\n`, 200, downloadHeaders('text/csv', naam))
    })
}
