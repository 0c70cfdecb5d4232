import { pino, type Logger } from 'pino'

/** Structured JSON logs (one line per event) on stdout, for any log collector. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'duo-bff' }, timestamp: pino.stdTimeFunctions.isoTime })
}
export type { Logger }
