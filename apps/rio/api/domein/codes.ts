/**
 * RIO's codes are made by RIO, never typed: `999A999` for an onderwijsaanbieder, `999X999` for
 * an onderwijslocatie (the first three digits those of the bestuur's own code, then the next
 * free number), a UUID for an aangeboden opleiding and a communicatiecontext, and
 * `<bestuur>-<locatie>` for onderwijslocatiegebruik, as in RIO's open data.
 */
import { newId } from '@duo/server-kit'
import type { RegisterObject } from './register'
import type { Soort } from './soorten'

/**
 * A code maker that avoids the codes already taken. `voorbehouden` are the aanbiedercodes the
 * platform already knows per school (RIO gave them): registering the aanbieder of that school's
 * erkenning gets that code, so the register agrees with the rest of the portal.
 */
export function codeMaker(
  onderwijsbestuurcode: string,
  bezet: Iterable<string>,
  voorbehouden: ReadonlyMap<string, string> = new Map(),
  uuid: () => string = newId,
) {
  const gebruikt = new Set([...bezet, ...voorbehouden.values()])
  const vrijVoorbehouden = new Map(
    [...voorbehouden].filter(([, code]) => !new Set(bezet).has(code)),
  )
  const prefix = Number(onderwijsbestuurcode.slice(0, 3)) || 100

  function volgende(letter: 'A' | 'X'): string {
    for (let p = 0; p < 900; p++) {
      const voor = String(((prefix - 100 + p) % 900) + 100)
      for (let n = 1; n <= 999; n++) {
        const code = `${voor}${letter}${String(n).padStart(3, '0')}`
        if (!gebruikt.has(code)) {
          gebruikt.add(code)
          return code
        }
      }
    }
    throw new Error(`Geen vrije ${letter}-code meer`)
  }

  return (
    soort: Soort,
    ouder: RegisterObject | undefined,
    gegevens?: Record<string, unknown>,
  ): string => {
    switch (soort) {
      case 'onderwijsbestuur':
        return onderwijsbestuurcode
      case 'onderwijsaanbieder': {
        const erkenning = String(gegevens?.erkenningscode ?? '')
          .trim()
          .toUpperCase()
        const code = vrijVoorbehouden.get(erkenning)
        if (code) {
          vrijVoorbehouden.delete(erkenning)
          return code
        }
        return volgende('A')
      }
      case 'onderwijslocatie':
        return volgende('X')
      case 'onderwijslocatiegebruik':
        return `${onderwijsbestuurcode}-${ouder?.code ?? 'onbekend'}`
      default:
        return uuid()
    }
  }
}
