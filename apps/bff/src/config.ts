import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { SECTION_ID_PATTERN } from '@duo/portal-sdk/contract'

/** Where each section is loaded from: deployment configuration, changed without any rebuild. */
const sectionSourceSchema = z.object({
  id: z.string().regex(SECTION_ID_PATTERN),
  manifestUrl: z.url(),
})
export type SectionSource = z.infer<typeof sectionSourceSchema>

const envSchema = z.object({
  PORT: z.coerce.number().int().positive().default(8080),
  HOST: z.string().default('127.0.0.1'),
  /** Public origin of the portal, e.g. https://mijn.duo.nl (for redirects and cookies). */
  DUO_PUBLIC_URL: z.url().default('http://localhost:8080'),
  /** A JSON file with the section list, or the list itself in DUO_SECTIONS. */
  DUO_SECTIONS_FILE: z.string().optional(),
  DUO_SECTIONS: z.string().optional(),
  /** Folder of the built shell to serve (the demo); unset when a CDN serves it. */
  DUO_SHELL_DIST: z.string().optional(),
  /** How long a section's section.json is cached before it is read again. */
  DUO_SECTIONS_TTL_MS: z.coerce.number().int().nonnegative().default(30_000),
  /** Fixes the clock for demos and tests (ISO timestamp). */
  DUO_NOW: z.iso.datetime({ offset: true }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Addresses of the load balancers in front (comma-separated): only a request from one of
   * these may name the client's address in X-Forwarded-For. Empty: the socket's address counts.
   */
  DUO_TRUSTED_PROXIES: z.string().default(''),
  /**
   * The SMTP server for notifications and the newsletter, e.g. `smtp://user:pass@mail:587` or
   * `smtps://…`. Unset: mails wait in the outbox (the demo sets its local mail catcher).
   */
  DUO_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'verwacht smtp://… of smtps://…')
    .optional(),
  /** The From of every mail. */
  DUO_MAIL_VAN: z.string().min(3).default('Mijn DUO <noreply@mijn.duo.example>'),
})

export interface Config {
  port: number
  host: string
  publicUrl: string
  sections: SectionSource[]
  sectionsTtlMs: number
  shellDist: string | null
  fixedNow: string | null
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL']
  trustedProxies: string[]
  smtpUrl: string | null
  mailVan: string
}

/** Reads and checks the configuration; a wrong value stops the start with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) throw new Error(`Ongeldige configuratie: ${z.prettifyError(parsed.error)}`)
  const e = parsed.data
  const rawSections =
    e.DUO_SECTIONS ?? (e.DUO_SECTIONS_FILE ? readFileSync(e.DUO_SECTIONS_FILE, 'utf8') : '[]')
  const sections = z.array(sectionSourceSchema).safeParse(JSON.parse(rawSections))
  if (!sections.success)
    throw new Error(`Ongeldige sectielijst: ${z.prettifyError(sections.error)}`)
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.DUO_PUBLIC_URL,
    sections: sections.data,
    sectionsTtlMs: e.DUO_SECTIONS_TTL_MS,
    shellDist: e.DUO_SHELL_DIST ?? null,
    fixedNow: e.DUO_NOW ?? null,
    logLevel: e.LOG_LEVEL,
    trustedProxies: e.DUO_TRUSTED_PROXIES.split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    smtpUrl: e.DUO_SMTP_URL ?? null,
    mailVan: e.DUO_MAIL_VAN,
  }
}
