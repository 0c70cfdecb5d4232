/**
 * Input of a grant: the shape through zod, then the values against `@duo/authz` (known role,
 * a kenmerk of the kind the role takes, real days, a period not over). Whether the actor may
 * give it is the rules' question, asked after this.
 */
import { z } from 'zod'
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
import { tekst, type VeldFout } from '@duo/server-kit'
import { isCalendarDay } from '../shared/dagen'
import { ongeldig } from '../shared/invoer'

const persoon = tekst('Kies een persoon van uw bestuur.', 'Choose a person of your bestuur.')
const rol = tekst('Kies een rol uit de lijst.', 'Choose a role from the list.')
const kenmerk = tekst('Vul het kenmerk in.', 'Enter the kenmerk.')
const kenmerkTeLang = tekst(
  'Het kenmerk is te lang: ten hoogste 40 tekens.',
  'The kenmerk is too long: at most 40 characters.',
)
const dag = (nl: string, en: string) =>
  z
    .string({ message: tekst(`Vul ${nl} in als JJJJ-MM-DD.`, `Enter ${en} as YYYY-MM-DD.`) })
    .max(10, tekst(`Vul ${nl} in als JJJJ-MM-DD.`, `Enter ${en} as YYYY-MM-DD.`))
    .nullish()

export const toekennenSchema = z.object({
  persoonId: z.string({ message: persoon }).min(1, persoon).max(100, persoon),
  rol: z.string({ message: rol }).min(1, rol).max(100, rol),
  kenmerk: z.string({ message: kenmerk }).max(40, kenmerkTeLang),
  vanaf: dag('de eerste dag', 'the first day'),
  tot: dag('de laatste dag', 'the last day'),
})

type ParseResult = { ok: true; value: string } | { ok: false; error: { nl: string; en: string } }

const PARSERS: Partial<Record<KenmerkType, (s: string) => ParseResult>> = {
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

/** Checks a grant request's values (not yet whether the actor may give it): 400 per field. */
export function checkToekenning(
  input: z.infer<typeof toekennenSchema>,
  now: Date,
): CheckedToekenning {
  const fields: VeldFout[] = []
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
    else if (types.length > 0) {
      // Roles with a DUO kenmerk or none of ours are left to the rules, which refuse them with their reason.
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
  if (fields.length) throw ongeldig(fields)
  return { persoonId: input.persoonId, rol, kenmerk, vanaf, tot }
}
