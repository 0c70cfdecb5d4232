import type { AuthContext } from '../auth/context'

/** What middleware puts on the Hono context for the handlers. */
export interface AppEnv {
  Variables: {
    auth: AuthContext | null
    requestId: string
  }
}
