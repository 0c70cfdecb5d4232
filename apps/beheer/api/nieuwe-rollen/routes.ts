/**
 * `/api/beheer/nieuwe-rollen…`: tells a beheerder which new roles (with a date in the authz
 * configuration, e.g. the ROD roles) can now be assigned and which come soon; each notice can
 * be dismissed, per person. (Not a "melding": that word means a helpdesk ticket.)
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { roleIds } from '@duo/authz'
import {
  authOf,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import type { BeheerTables } from '../tables'
import { roleAvailability } from '../shared/rules'
import { geenCache, roleName } from '../shared/weergave'
import { gezieneRollen, markeerGezien } from './store'

const gezienParam = z.object({
  rol: z.string().refine((rol) => (roleIds as readonly string[]).includes(rol), {
    error: (issue) =>
      tekst(
        `‘${String(issue.input)}’ is geen bekende rol.`,
        `‘${String(issue.input)}’ is not a known role.`,
      ),
  }),
})

export function nieuweRollenRoutes(platform: SectionPlatform<BeheerTables>) {
  const { db, clock } = platform
  return new Hono<AppEnv>()
    .use(requireLogin())
    .use(geenCache())
    .get('/', async (c) => {
      const auth = authOf(c)
      if (!auth.bestuur) return c.json({ nieuweRollen: [], binnenkort: [] })
      const { nu, binnenkort } = roleAvailability(auth.subject, auth.bestuur, clock.now())
      const gezien = await gezieneRollen(db, auth.persoon.id)
      return c.json({
        nieuweRollen: nu
          .filter((r) => !gezien.has(r.rol))
          .map((r) => ({ ...r, naam: roleName(r.rol) })),
        binnenkort: binnenkort.map((r) => ({ ...r, naam: roleName(r.rol) })),
      })
    })
    .post('/:rol/gezien', valideer('param', gezienParam), async (c) => {
      const auth = authOf(c)
      await markeerGezien(db, auth.persoon.id, c.req.valid('param').rol, clock.now())
      return c.json({ gezien: true as const })
    })
}
