import { Hono } from 'hono'
import type { AppEnv } from '../../http/env'
import { requireLogin } from '../../auth/middleware'
import type { SectionDeps } from '../deps'

/** The helpdesk section's API (`/api/helpdesk/...`). */
export function helpdeskRoutes(_deps: SectionDeps) {
  return new Hono<AppEnv>().use(requireLogin())
}
