/**
 * Input validation for every route: zod schemas through one hook, so bad input always gets
 * 400 `ongeldige-invoer` with each problem per field in Dutch and English, and the handler
 * (so nothing changes) never runs.
 */
import type { Context, ValidationTargets } from 'hono'
import { zValidator } from '@hono/zod-validator'
import { z, type ZodType } from 'zod'
import type { VeldFout } from '@duo/portal-sdk/errors'
import { apiFout } from './errors'

const SCHEIDING = '\u001f'

/**
 * A validation message in both languages, for zod's `message`/`error` options.
 * @example
 * z.string().min(1, tekst('Vul het onderwerp in', 'Enter the subject'))
 */
export function tekst(nl: string, en: string): string {
  return `${nl}${SCHEIDING}${en}`
}

const nlFouten = z.locales.nl().localeError
const enFouten = z.locales.en().localeError

type Issue = z.core.$ZodIssue

/** A zod issue as a field problem: our own bilingual message, or zod's in both languages. */
export function veldFout(issue: Issue): VeldFout {
  const veld = issue.path.map(String).join('.')
  const [nl, en] = issue.message.includes(SCHEIDING)
    ? (issue.message.split(SCHEIDING) as [string, string])
    : [localeText(nlFouten, issue), localeText(enFouten, issue) || issue.message]
  return { veld, nl: nl || issue.message, en: en || issue.message }
}

function localeText(map: (i: never) => unknown, issue: Issue): string {
  const out = map(issue as never)
  if (typeof out === 'string') return out
  return (out as { message?: string } | undefined)?.message ?? ''
}

/** The 400 answer for a list of zod issues. */
export function invoerFout(issues: readonly Issue[]) {
  const velden = issues.map(veldFout)
  const namen = velden.map((v) => v.veld || 'invoer').join(', ')
  return apiFout(
    'ongeldige-invoer',
    `Controleer uw invoer: ${namen}.`,
    `Please check your input: ${namen.replace(/\binvoer\b/g, 'input')}.`,
    velden,
  )
}

/** The zValidator hook of the platform. */
export function validationHook(
  result: { success: boolean; error?: { issues: readonly Issue[] } },
  c: Context,
) {
  if (result.success || !result.error) return
  return c.json(invoerFout(result.error.issues), 400)
}

/**
 * Validates one part of the request with a zod schema; the handler reads it with
 * `c.req.valid(target)`.
 * @example
 * .post('/meldingen', valideer('json', nieuweMelding), (c) => { const input = c.req.valid('json') … })
 */
export function valideer<T extends ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return zValidator(target, schema, validationHook)
}
