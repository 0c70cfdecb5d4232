import type { MiddlewareHandler } from 'hono'
import type { Logger } from '@duo/server-kit'

/** One structured log line per request: method, path, status, duration and request id. */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now()
    await next()
    const ms = Math.round((performance.now() - start) * 10) / 10
    const line = {
      reqId: c.get('requestId' as never),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms,
    }
    if (c.res.status >= 500) logger.error(line, 'request')
    else logger.info(line, 'request')
  }
}
