/**
 * The actions of the log as the filter offers them: every action of every section and the
 * portal, grouped by section, and which of them are logins (left out by default, so they do
 * not crowd out the changes). Labels come from the platform (`audit.acties()`), which knows
 * every declared action and the old names entries were written under.
 */
import type { Label } from '@duo/server-kit'

/** A section's name for the filter's groups and the export's column. */
const SECTIES: Record<string, Label> = {
  portaal: { nl: 'Portaal', en: 'Portal' },
  beheer: { nl: 'Beheer', en: 'Administration' },
  helpdesk: { nl: 'Mijn Helpdesk po', en: 'Mijn Helpdesk po (helpdesk)' },
  bekostiging: { nl: 'Bekostiging', en: 'Bekostiging (funding)' },
  rod: { nl: 'ROD', en: 'ROD (register of pupils)' },
  rio: { nl: 'RIO', en: 'RIO (register of institutions)' },
  osr: { nl: 'OSR', en: 'OSR (service register)' },
  xbrl: { nl: 'XBRL onderwijsportaal', en: 'XBRL onderwijsportaal (annual accounts)' },
}

export function sectieNaam(sectie: string): Label {
  const naam = sectie.charAt(0).toUpperCase() + sectie.slice(1)
  return SECTIES[sectie] ?? { nl: naam, en: naam }
}

const isLoginNaam = (actie: string) => /^portaal\.(login|sessie)\./.test(actie)

export interface ActieIndex {
  /** Label of any action, old names included; a readable fallback for one nobody declared. */
  label(actie: string): Label
  /** The section an action belongs to (old names: the section of their current name). */
  sectie(actie: string): string
  /** Today's actions grouped by section, portal first, for the filter. */
  groepen: Array<{ sectie: string; naam: Label; acties: Array<{ actie: string; naam: Label }> }>
  /** Every known name (old ones too) of a login or logout: left out by default. */
  logins: string[]
  isLogin(actie: string): boolean
}

/**
 * @example
 * const index = actieIndex(audit.acties(), audit.acties({ huidige: true }))
 * index.label('login.mislukt') // { nl: 'Inloggen mislukt', en: 'Login failed' }
 */
export function actieIndex(
  alle: Record<string, Label>,
  huidige: Record<string, Label>,
): ActieIndex {
  // An old name (`login`, `rol.toegekend`) has the label of its current name: that is its link.
  const huidigeNaam = (actie: string): string => {
    if (actie in huidige) return actie
    const label = alle[actie]
    const match = label && Object.entries(huidige).find(([, l]) => l.nl === label.nl)
    return match ? match[0] : actie
  }
  const sectie = (actie: string) => huidigeNaam(actie).split('.')[0] ?? actie
  const isLogin = (actie: string) => isLoginNaam(huidigeNaam(actie))

  const perSectie = new Map<string, Array<{ actie: string; naam: Label }>>()
  for (const [actie, naam] of Object.entries(huidige)) {
    const s = sectie(actie)
    perSectie.set(s, [...(perSectie.get(s) ?? []), { actie, naam }])
  }
  const volgorde = (s: string) => (s === 'portaal' ? 0 : s === 'beheer' ? 1 : 2)
  const groepen = [...perSectie.entries()]
    .sort(([a], [b]) => volgorde(a) - volgorde(b) || a.localeCompare(b))
    .map(([s, acties]) => ({
      sectie: s,
      naam: sectieNaam(s),
      acties: acties.sort((a, b) => a.naam.nl.localeCompare(b.naam.nl, 'nl')),
    }))

  return {
    label: (actie) =>
      alle[actie] ?? { nl: `Onbekende actie (${actie})`, en: `Unknown action (${actie})` },
    sectie,
    groepen,
    logins: Object.keys(alle).filter(isLogin),
    isLogin,
  }
}
