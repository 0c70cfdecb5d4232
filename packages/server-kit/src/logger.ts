import { pino, type Logger } from 'pino'

/**
 * Structured JSON logs (one line per event) on stdout, for any log collector. Written
 * asynchronously: a slow collector (a full pipe) never holds up a request, and lines that come
 * while a write is under way go out together. Pino flushes what is left when the process exits.
 */
export function createLogger(level: string): Logger {
  return pino(
    { level, base: { service: 'duo-bff' }, timestamp: pino.stdTimeFunctions.isoTime },
    pino.destination({ dest: 1, sync: false }),
  )
}
export type { Logger }
