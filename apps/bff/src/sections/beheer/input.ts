/**
 * Input checks of the beheer API: every problem named per field, in Dutch and English, as
 * `400 { error: { code: 'ongeldige-invoer', details: [{ veld, nl, en, melding }] } }`. A handler
 * that finds a problem throws before it changes anything.
 */
import type { Context } from 'hono'
import {
  dutchDate,
  parseBestuursnummer,
  parseInstellingscode,
  parseOnderwijsaanbiedercode,
  parseOnderwijsbestuurcode,
  roleIds,
  roles,
  type KenmerkType,
  type RoleId,
} from '@duo/authz'
import { z } from 'zod'
import { ApiProblem, apiError } from '../../http/errors'

export interface FieldError {
  veld: string
  nl: string
  en: string
}

export function invalidInput(fields: FieldError[]) {
  return apiError(
    'ongeldige-invoer',
    `Controleer uw invoer: ${fields.map((f) => f.nl).join(' ')}`,
    `Please check your input: ${fields.map((f) => f.en).join(' ')}`,
    fields.map((f) => ({ ...f, melding: f.nl })),
  )
}

export function badInput(fields: FieldError[]): ApiProblem {
  return new ApiProblem(400, invalidInput(fields))
}

/** Generic messages for shape errors zod finds, per field. */
const FIELD_NAMES: Record<string, { nl: string; en: string }> = {
  persoonId: { nl: 'de persoon', en: 'the person' },
  rol: { nl: 'de rol', en: 'the role' },
  kenmerk: { nl: 'het kenmerk', en: 'the kenmerk' },
  vanaf: { nl: 'de eerste dag', en: 'the first day' },
  tot: { nl: 'de laatste dag', en: 'the last day' },
  reden: { nl: 'de reden', en: 'the reason' },
  actie: { nl: 'de actie', en: 'the action' },
  cursor: { nl: 'de positie in de lijst', en: 'the position in the list' },
}

/** zValidator hook: 400 with a Dutch and English message per field. */
export function beheerValidationHook(
  result: {
    success: boolean
    error?: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }
  },
  c: Context,
) {
  if (result.success || !result.error) return
  const seen = new Set<string>()
  const fields: FieldError[] = []
  for (const issue of result.error.issues) {
    const veld = issue.path.map(String).join('.') || 'invoer'
    if (seen.has(veld)) continue
    seen.add(veld)
    const name = FIELD_NAMES[veld] ?? { nl: veld, en: veld }
    fields.push({
      veld,
      nl: `Controleer ${name.nl}: deze waarde is niet geldig.`,
      en: `Check ${name.en}: this value is not valid.`,
    })
  }
  return c.json(invalidInput(fields), 400)
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** A real calendar day `YYYY-MM-DD` (no 31 February). */
export function isCalendarDay(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const d = new Date(`${value}T12:00:00Z`)
  return d.toISOString().slice(0, 10) === value
}

const optionalText = (max: number) => z.string().max(max).nullish()

export const toekennenSchema = z.object({
  persoonId: z.string().min(1).max(100),
  rol: z.string().min(1).max(100),
  kenmerk: z.string().max(40),
  vanaf: optionalText(10),
  tot: optionalText(10),
})

export const afwijzenSchema = z.object({ reden: z.string().max(2000) })

export const logboekQuerySchema = z.object({
  actie: z.string().max(60).optional(),
  persoonId: z.string().max(100).optional(),
  bestuursnummer: z.string().max(10).optional(),
  van: z.string().max(10).optional(),
  tot: z.string().max(10).optional(),
  cursor: z
    .string()
    .regex(/^\d{1,12}$/)
    .optional(),
})

const PARSERS: Partial<
  Record<
    KenmerkType,
    (s: string) => { ok: true; value: string } | { ok: false; error: { nl: string; en: string } }
  >
> = {
  bestuursnummer: parseBestuursnummer,
  instellingscode: parseInstellingscode,
  onderwijsbestuurcode: parseOnderwijsbestuurcode,
  onderwijsaanbiedercode: parseOnderwijsaanbiedercode,
}

export interface CheckedToekenning {
  persoonId: string
  rol: RoleId
  kenmerk: string
  vanaf: string | null
  tot: string | null
}

/** Checks a grant request's values (not yet whether the actor may give it): throws 400 per field. */
export function checkToekenning(
  input: z.infer<typeof toekennenSchema>,
  now: Date,
): CheckedToekenning {
  const fields: FieldError[] = []
  const rol = input.rol as RoleId
  let kenmerk = input.kenmerk.replace(/\s+/g, '').toUpperCase()
  if (!(roleIds as readonly string[]).includes(input.rol)) {
    fields.push({
      veld: 'rol',
      nl: `‘${input.rol}’ is geen bekende rol. Kies een rol uit de lijst.`,
      en: `‘${input.rol}’ is not a known role. Choose a role from the list.`,
    })
  } else {
    const role = roles[rol]
    const types = role.kenmerkTypes.filter((t) => PARSERS[t])
    let firstError: { nl: string; en: string } | null = null
    let parsed: string | null = null
    for (const t of types) {
      const r = PARSERS[t]!(input.kenmerk)
      if (r.ok) {
        parsed = r.value
        break
      }
      firstError ??= r.error
    }
    if (parsed !== null) kenmerk = parsed
    else if (types.length === 0) {
      // Roles with a DUO kenmerk or none of ours; the rules refuse them with their reason.
    } else {
      const names = types.join(' / ')
      fields.push({
        veld: 'kenmerk',
        nl: `${firstError?.nl ?? 'Vul het kenmerk in.'} Bij de rol ${role.name.nl} hoort als kenmerk: ${names}.`,
        en: `${firstError?.en ?? 'Enter the kenmerk.'} The role ${role.name.en} takes as kenmerk: ${names}.`,
      })
    }
  }
  const vanaf = input.vanaf ? input.vanaf : null
  const tot = input.tot ? input.tot : null
  if (vanaf !== null && !isCalendarDay(vanaf)) {
    fields.push({
      veld: 'vanaf',
      nl: 'Vul de eerste dag in als een bestaande datum (JJJJ-MM-DD).',
      en: 'Enter the first day as an existing date (YYYY-MM-DD).',
    })
  }
  if (tot !== null && !isCalendarDay(tot)) {
    fields.push({
      veld: 'tot',
      nl: 'Vul de laatste dag in als een bestaande datum (JJJJ-MM-DD).',
      en: 'Enter the last day as an existing date (YYYY-MM-DD).',
    })
  } else if (tot !== null) {
    if (vanaf !== null && isCalendarDay(vanaf) && tot < vanaf) {
      fields.push({
        veld: 'tot',
        nl: 'De laatste dag ligt vóór de eerste dag.',
        en: 'The last day is before the first day.',
      })
    } else if (tot < dutchDate(now)) {
      fields.push({
        veld: 'tot',
        nl: 'De laatste dag ligt in het verleden.',
        en: 'The last day is in the past.',
      })
    }
  }
  if (fields.length) throw badInput(fields)
  return { persoonId: input.persoonId, rol, kenmerk, vanaf, tot }
}

/** The first moment of a Dutch calendar day, as an ISO timestamp. */
export function startOfDutchDay(day: string): Date {
  for (const offset of ['+01:00', '+02:00']) {
    const d = new Date(`${day}T00:00:00${offset}`)
    if (dutchDate(d) === day && dutchDate(new Date(d.getTime() - 1)) !== day) return d
  }
  return new Date(`${day}T00:00:00+01:00`)
}

/** The day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/**
 * One CSV cell: always quoted, quotes doubled, and a leading = + - @ (or tab / carriage
 * return) neutralised with a quote so a spreadsheet never runs it as a formula.
 */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return `"${s.replace(/"/g, '""')}"`
}

export function csvLine(cells: unknown[]): string {
  return cells.map(csvCell).join(',')
}
