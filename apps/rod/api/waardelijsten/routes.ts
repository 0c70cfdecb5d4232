/**
 * `/api/rod/waardelijsten`: DUO's value lists the forms offer (schooladviezen with their sort
 * order, onderdelen of a handmatige mutatie). Reference data, no personal data.
 */
import { Hono } from 'hono'
import { requireLogin, type AppEnv } from '@duo/server-kit'
import { ADVIESWAARDEN } from '../shared/waardelijsten'
import { ONDERDEEL_LABEL, ONDERDELEN } from '../handmatige-mutatie/onderdelen'

export function waardelijstenRoutes() {
  return new Hono<AppEnv>().use(requireLogin()).get('/', (c) => {
    c.header('Cache-Control', 'private, max-age=3600')
    return c.json({
      adviezen: ADVIESWAARDEN.map((w) => ({ code: w.code, label: w.label, volgorde: w.volgorde })),
      onderdelen: ONDERDELEN.map((o) => ({ code: o, label: ONDERDEEL_LABEL[o] })),
    })
  })
}
