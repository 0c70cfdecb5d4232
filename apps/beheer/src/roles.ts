import { roles, type RoleId } from '@duo/authz'
import type { Localized } from '@duo/portal-sdk'

/**
 * Role names are official Dutch names and stay Dutch in English; a short English gloss follows
 * where a foreign reader would not understand the name.
 */
const GLOSS: Partial<Record<RoleId, string>> = {
  'beheerder-po': 'administrator for ROD, RIO and OSR roles',
  'beheerder-bekostiging-opleidingen': 'administrator for funding and programme roles',
  'medewerker-bekostiging': 'funding officer',
  'medewerker-opleidingen': 'programmes officer',
  'raadpleger-zaakdossier': 'case file viewer',
  'medewerker-verantwoording': 'annual accounts officer',
  'po-informatiediensten': 'primary education information services',
  'medewerker-bestuur-rod': 'register of pupils, board level',
  'medewerker-schoolleiding-rod': 'register of pupils, school management',
  'medewerker-schooladministratie-rod': 'register of pupils, school administration',
  'beheerder-rio-algemeen': 'RIO administrator',
  'beheerder-rio-selfservice': 'RIO self-service administrator',
  'osr-toegang': 'access to the service register',
  'duo-security-servicedesk': 'DUO security service desk',
}

/** The name of a role in both languages; English with its gloss: "Beheerder po (administrator …)". */
export function rolNaam(id: string): Localized {
  const role = roles[id as RoleId]
  if (!role) return { nl: id, en: id }
  const gloss = GLOSS[id as RoleId] ?? (id.startsWith('rio-beheren-') ? 'manages data in RIO' : '')
  const en = gloss && role.name.en === role.name.nl ? `${role.name.en} (${gloss})` : role.name.en
  return { nl: role.name.nl, en }
}

type Loc = (text: Localized | null | undefined) => string

/** The name of a role in the current language (with its gloss in English). */
export function roleLabel(id: string, loc: Loc): string {
  return loc(rolNaam(id))
}
