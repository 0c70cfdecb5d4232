/**
 * First step of checking a change: which object every mutatie is about. New objects are made
 * (with their codes) so mutaties can refer to each other by sleutel; existing ones are looked
 * up in the bestuur's own register only, so a code of another bestuur is simply unknown.
 * The route authorises every step on the object found here before anything else is checked.
 */
import type { Foutmelding } from './foutcodes'
import { FOUT } from './foutcodes'
import type { Mutatie, Wijziging } from './mutaties'
import type { Register, RegisterObject } from './register'
import { OUDER, type Soort } from './soorten'

export interface Stap {
  index: number
  mutatie: Mutatie
  /** The object the mutatie is about; undefined when its code is unknown (RIO-F007). */
  object: RegisterObject | undefined
  /** Whether the object is registered by this change. */
  nieuw: boolean
}

export interface PlanContext {
  nieuwId(): string
  /** A fresh code for a new object; `ouder` is known for kinds whose code derives from it. */
  nieuweCode(
    soort: Soort,
    ouder: RegisterObject | undefined,
    gegevens: Record<string, unknown>,
  ): string
}

export interface Plan {
  stappen: Stap[]
  /** sleutel → new object. */
  nieuw: Map<string, RegisterObject>
  fouten: Foutmelding[]
}

const fout = (
  f: { foutcode: string; nl: string; en: string },
  mutatie: number,
  veld: string,
  sleutelgegeven: string | null,
): Foutmelding => ({ ...f, mutatie, veld, sleutelgegeven })

/** Finds (or makes) the object of every mutatie. Adds new objects to the register. */
export function maakPlan(register: Register, wijziging: Wijziging, ctx: PlanContext): Plan {
  const nieuw = new Map<string, RegisterObject>()
  const fouten: Foutmelding[] = []
  const opCodeOfSleutel = (s: string) => nieuw.get(s) ?? register.opCode(s)

  // Parents first: a registreer may name, by sleutel, an object registered further down.
  const ouders = new Map<number, RegisterObject | undefined>()
  const volgorde = wijziging.mutaties
    .map((m, index) => ({ m, index }))
    .sort((a, b) => diepte(a.m) - diepte(b.m))
  const stappen: Stap[] = []
  for (const { m, index } of volgorde) {
    if (m.actie !== 'registreer') {
      const object = opCodeOfSleutel(m.code)
      if (!object) fouten.push(fout(FOUT.onbekend(m.code), index, `mutaties.${index}.code`, m.code))
      stappen.push({
        index,
        mutatie: m,
        object,
        nieuw: object ? [...nieuw.values()].includes(object) : false,
      })
      continue
    }
    const toegestaan = OUDER[m.soort]
    let ouder: RegisterObject | undefined
    if (toegestaan.length > 0) {
      const ouderCode =
        m.ouder ??
        (m.soort === 'communicatiecontext' ? register.bestuur.onderwijsbestuurcode : undefined)
      if (!ouderCode)
        fouten.push(
          fout(FOUT.ouderOntbreekt(), index, `mutaties.${index}.ouder`, m.sleutel ?? null),
        )
      else {
        ouder = opCodeOfSleutel(ouderCode)
        if (!ouder || !toegestaan.includes(ouder.soort)) {
          ouder = undefined
          fouten.push(fout(FOUT.onbekend(ouderCode), index, `mutaties.${index}.ouder`, ouderCode))
        }
      }
    }
    ouders.set(index, ouder)
    const object: RegisterObject = {
      id: ctx.nieuwId(),
      code: ctx.nieuweCode(m.soort, ouder, m.gegevens),
      soort: m.soort,
      ouderId: ouder?.id ?? null,
    }
    register.voegObjectToe(object)
    if (m.sleutel) nieuw.set(m.sleutel, object)
    else nieuw.set(`#${index}`, object)
    stappen.push({ index, mutatie: m, object, nieuw: true })
  }
  stappen.sort((a, b) => a.index - b.index)
  return { stappen, nieuw, fouten }
}

/** Top-level kinds before their children, so sleutels of parents resolve. */
function diepte(m: Mutatie): number {
  if (m.actie !== 'registreer') return 3
  switch (m.soort) {
    case 'onderwijsbestuur':
      return 0
    case 'onderwijsaanbieder':
    case 'onderwijslocatie':
      return 1
    default:
      return 2
  }
}
