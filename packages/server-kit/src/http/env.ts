import type { AuthContext } from '../auth/types'

/** What the platform's middleware puts on the Hono context for every handler. */
export interface AppEnv {
  Variables: {
    auth: AuthContext | null
    requestId: string
  }
}
