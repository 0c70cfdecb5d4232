/** The two eHerkenning services of DUO; a machtiging is given per service. */
export type Dienst = 'mijn-duo' | 'mijn-helpdesk-po'

/** eHerkenning level of assurance. EH1 ended on 2021-07-01 and is not accepted. */
export type Betrouwbaarheidsniveau = 'EH2' | 'EH2+' | 'EH3' | 'EH4'

const rank: Readonly<Record<Betrouwbaarheidsniveau, number>> = {
  EH2: 0,
  'EH2+': 1,
  EH3: 2,
  EH4: 3,
}

/**
 * Whether a login at `actual` meets `required`.
 * @example meetsNiveau('EH3', 'EH2+') // true
 */
export function meetsNiveau(
  actual: Betrouwbaarheidsniveau,
  required: Betrouwbaarheidsniveau,
): boolean {
  // An unknown level (e.g. a stale 'EH1' from a session) never meets anything.
  const a = rank[actual]
  return a !== undefined && a >= rank[required]
}

/** Names of the services as eHerkenning shows them. */
export const dienstNames: Readonly<Record<Dienst, string>> = {
  'mijn-duo': 'Mijn DUO voor zakelijke klanten',
  'mijn-helpdesk-po': 'Mijn Helpdesk po',
}
