/** The stappenplan's steps, its draft, and where a field of the draft sits on which step. */
import type { ConceptGegevens, StapNaam } from '../../../api/stappenplan/concept'

export type { ConceptGegevens, StapNaam }

const TEKSTEN = {
  onderwijsbestuur: ['naam', 'internationaleNaam', 'kvkNummer', 'rsin', 'begindatum'],
  aanbieder: ['naam', 'internationaleNaam', 'erkenningscode', 'begindatum'],
  locatie: [
    'postcode',
    'huisnummer',
    'toevoeging',
    'straatnaam',
    'plaatsnaam',
    'gebruiksnaam',
    'begindatum',
  ],
  opleiding: ['opleidingseenheidcode', 'eigenNaam', 'doelgroep', 'onderwijsconcept', 'begindatum'],
  contact: ['context', 'email', 'telefoon', 'website'],
} as const
type Teksten<K extends keyof typeof TEKSTEN> = Record<(typeof TEKSTEN)[K][number], string>

export type ConceptLocatie = Teksten<'locatie'> & { sleutel: string }
export type ConceptOpleiding = Teksten<'opleiding'> & {
  bijzondereInrichting?: boolean
  locaties: string[]
}
/** The draft as the forms bind to it: every text present (empty when not filled in). */
export interface Concept {
  onderwijsbestuur?: Teksten<'onderwijsbestuur'>
  aanbieder: Teksten<'aanbieder'>
  locaties: ConceptLocatie[]
  opleidingen: ConceptOpleiding[]
  contact: Teksten<'contact'>
}

export const STAPPEN: StapNaam[] = ['wie', 'waar', 'wat', 'met-wie', 'controle']

const teksten = <K extends keyof typeof TEKSTEN>(k: K, g: Record<string, unknown> | undefined) =>
  Object.fromEntries(
    TEKSTEN[k].map((n) => [n, typeof g?.[n] === 'string' ? g[n] : '']),
  ) as Teksten<K>

export const nieuweLocatie = (sleutel: string): ConceptLocatie => ({
  ...teksten('locatie', {}),
  sleutel,
})
export const nieuweOpleiding = (): ConceptOpleiding => ({
  ...teksten('opleiding', {
    opleidingseenheidcode: '1000O0001',
    doelgroep: 'BO',
    onderwijsconcept: 'GEEN',
  }),
  bijzondereInrichting: false,
  locaties: [],
})

/** A draft from the server, with every part present so the forms can bind to it. */
export function vul(
  g: ConceptGegevens | undefined,
  bestuurNieuw: boolean,
  bestuur: { naam: string; kvk: string },
): Concept {
  return {
    onderwijsbestuur: bestuurNieuw
      ? teksten(
          'onderwijsbestuur',
          g?.onderwijsbestuur ?? { naam: bestuur.naam, kvkNummer: bestuur.kvk },
        )
      : undefined,
    aanbieder: teksten('aanbieder', g?.aanbieder),
    locaties: (g?.locaties ?? []).map((l) => ({ ...teksten('locatie', l), sleutel: l.sleutel })),
    opleidingen: (g?.opleidingen ?? []).map((o) => ({
      ...teksten('opleiding', o),
      bijzondereInrichting: o.bijzondereInrichting,
      locaties: [...(o.locaties ?? [])],
    })),
    contact: teksten('contact', g?.contact),
  }
}

/** The step a field of the draft is filled in on (`locaties.0.postcode` → waar). */
export function stapVan(veld: string): StapNaam {
  const deel = veld.split('.')[0]
  if (deel === 'locaties') return 'waar'
  if (deel === 'opleidingen') return 'wat'
  if (deel === 'contact') return 'met-wie'
  return 'wie'
}

/** The id of a draft's field on its step (`locaties.0.postcode` → `rio-sp-locaties-0-postcode`). */
export const veldId = (veld: string) => `rio-sp-${veld.replace(/\./g, '-')}`

let teller = 0
/** A new locatie's sleutel, unique within the draft (opleidingen refer to it). */
export function nieuweSleutel(bestaand: ReadonlyArray<{ sleutel: string }>): string {
  let s: string
  do s = `nieuw-locatie-${Date.now().toString(36)}-${++teller}`
  while (bestaand.some((l) => l.sleutel === s))
  return s
}
