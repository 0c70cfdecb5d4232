/**
 * The portal's own features around the sections, under `/api/portaal`: announcements, the
 * sections' maintenance windows, manuals and forms, the newsletter, e-mail notifications and the
 * feedback survey. Everything under `/api/portaal/redactie` is for DUO's redactie only
 * (`portaal.redactie.beheren`), refused before any input is read.
 */
import { Hono } from 'hono'
import type { AppEnv } from '@duo/server-kit'
import type { PortaalDeps } from './deps'
import { alleenRedactie } from './redactie'
import { mededelingenRoutes } from './mededelingen/routes'
import { onderhoudRoutes } from './onderhoud/routes'
import { handleidingenRoutes } from './handleidingen/routes'
import { eenKlikUitschrijven, nieuwsbriefRoutes } from './nieuwsbrief/routes'
import { eenKlikUitzetten, notificatiesRoutes } from './notificaties/routes'
import { feedbackRoutes } from './feedback/routes'
import { ruimOp } from './nieuwsbrief/store'

export type { PortaalDeps }
export { seedPortaalDemo } from './demo'

export function portaalRoutes(deps: PortaalDeps) {
  return new Hono<AppEnv>()
    .use('/redactie/*', alleenRedactie(deps.clock))
    .route('/', mededelingenRoutes(deps))
    .route('/', onderhoudRoutes(deps))
    .route('/', handleidingenRoutes(deps))
    .route('/', nieuwsbriefRoutes(deps))
    .route('/', notificatiesRoutes(deps))
    .route('/', feedbackRoutes(deps))
}

/** The RFC 8058 one-click POSTs of the mails' `List-Unsubscribe` links (outside `/api`). */
export function eenKlikRoutes(deps: PortaalDeps) {
  return new Hono().route('/', eenKlikUitschrijven(deps)).route('/', eenKlikUitzetten(deps))
}

/** The portal's sweep: newsletter requests not confirmed within 48 hours are removed. */
export const ruimPortaalOp = (deps: Pick<PortaalDeps, 'db' | 'clock'>) =>
  ruimOp(deps.db, deps.clock.now())
