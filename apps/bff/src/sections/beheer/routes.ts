import { Hono } from 'hono'
import type { AppEnv } from '../../http/env'
import { requireLogin } from '../../auth/middleware'
import type { SectionDeps } from '../deps'

/** The beheer section's API (`/api/beheer/...`). */
export function beheerRoutes(_deps: SectionDeps) {
  return new Hono<AppEnv>().use(requireLogin())
}
