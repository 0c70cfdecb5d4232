/**
 * `/api/beheer/logboek`, `/logboek.csv` and `/logboek.xlsx`: the audit log of the bestuur (for
 * the servicedesk: of all besturen, or one), filtered, in words: every action's label from the
 * platform, roles by name, "Voor" a person or a bestuur by name, "Wat" never empty. Logins and
 * logouts only when asked for. Both exports honour the same filter.
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
  type AuditFilter,
  type AuthContext,
  type SectionPlatform,
} from '@duo/server-kit'
import type { BeheerTables } from '../tables'
import { nextDay, startOfDutchDay } from '../shared/dagen'
import { geenCache } from '../shared/weergave'
import { logboekQuery, type LogboekQuery } from './schemas'
import { actieIndex, type ActieIndex } from './acties'
import { regelMaker, type LogRegel } from './regels'
import { csvKop, csvRegel, csvStroom } from './csv'
import { xlsxStroom } from './xlsx'

/** At most this many entries in one export. */
const MAX_EXPORT_REGELS = 20_000
/** Entries per page on the screen. */
const PER_PAGINA = 50

export function logboekRoutes(platform: SectionPlatform<BeheerTables>) {
  const { clock, audit, logger } = platform
  const now = () => clock.now()
  const acties = (): ActieIndex => actieIndex(audit.acties(), audit.acties({ huidige: true }))

  /** The person's view: DUO staff all besturen (or the one asked for), others their own. */
  function logFilter(auth: AuthContext, q: LogboekQuery, at: Date, index: ActieIndex): AuditFilter {
    const filter: AuditFilter = {}
    if (auth.subject.kind === 'duo-medewerker') {
      authorize(auth, 'beheer.audit.raadplegen', { bestuur: GEEN_BESTUUR }, at)
      if (q.bestuursnummer) filter.bestuursnummer = q.bestuursnummer
    } else {
      const bestuur = requireBestuur(auth)
      authorize(auth, 'beheer.audit.raadplegen', { bestuur }, at)
      filter.bestuursnummer = bestuur.bestuursnummer
    }
    // One action asked for (its old names too); else everything, without logins unless asked
    // (an action nobody declared still shows).
    if (q.actie) filter.actie = q.actie
    else if (q.logins !== 'ja') filter.nietActie = index.logins
    if (q.persoonId) filter.onderwerpPersoonId = q.persoonId
    if (q.van) filter.from = startOfDutchDay(q.van)
    if (q.tot) filter.to = startOfDutchDay(nextDay(q.tot))
    if (q.cursor) filter.cursor = Number(q.cursor)
    return filter
  }

  /** Every entry of the filter, page by page, as rows; at most MAX_EXPORT_REGELS. */
  async function* alleRegels(filter: AuditFilter, index: ActieIndex): AsyncGenerator<LogRegel> {
    const regels = regelMaker(platform, index)
    let cursor: number | null = null
    let count = 0
    do {
      const page: Awaited<ReturnType<typeof audit.list>> = await audit.list({
        ...filter,
        limit: 500,
        cursor,
      })
      for (const r of await regels(page.entries)) {
        if (count++ >= MAX_EXPORT_REGELS) return
        yield r
      }
      cursor = page.nextCursor
    } while (cursor !== null)
  }

  /** The filter of an export, its language and its file name. */
  function exportVan(auth: AuthContext, q: LogboekQuery, ext: 'csv' | 'xlsx') {
    const at = now()
    const index = acties()
    const filter = logFilter(auth, { ...q, cursor: undefined }, at, index)
    const naam = `logboek-${filter.bestuursnummer ?? 'alle'}-${dutchDate(at)}.${ext}`
    return { index, filter, naam, taal: q.taal === 'en' ? ('en' as const) : ('nl' as const) }
  }

  return new Hono<AppEnv>()
    .use('/logboek', requireLogin(), geenCache())
    .use('/logboek.csv', requireLogin(), geenCache())
    .use('/logboek.xlsx', requireLogin(), geenCache())
    .get('/logboek', valideer('query', logboekQuery), async (c) => {
      const index = acties()
      const filter = logFilter(authOf(c), c.req.valid('query'), now(), index)
      const page = await audit.list({ ...filter, limit: PER_PAGINA })
      return c.json({
        entries: await regelMaker(platform, index)(page.entries),
        nextCursor: page.nextCursor,
        // Today's actions of every section and the portal, grouped, for the filter.
        groepen: index.groepen,
      })
    })
    .get('/logboek.csv', valideer('query', logboekQuery), (c) => {
      const { index, filter, naam, taal } = exportVan(authOf(c), c.req.valid('query'), 'csv')
      async function* regels() {
        for await (const r of alleRegels(filter, index)) yield csvRegel(r, taal)
      }
      return c.body(csvStroom(csvKop(taal), regels()), 200, downloadHeaders('text/csv', naam))
    })
    .get('/logboek.xlsx', valideer('query', logboekQuery), (c) => {
      const { index, filter, naam, taal } = exportVan(authOf(c), c.req.valid('query'), 'xlsx')
      return c.body(
        xlsxStroom(alleRegels(filter, index), taal, logger),
        200,
        downloadHeaders('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', naam),
      )
    })
}
