/**
 * Second step of checking a change: every mutatie becomes versions in the in-memory register,
 * in the order given, each seeing the ones before it. Input per kind is checked here
 * (`veldfouten`: 400 with the field) and the timeline rules of a single object (foutmeldingen);
 * the rules across objects follow in `regels.ts`.
 */
import { veldFout, type VeldFout } from '@duo/server-kit'
import { bestaansperiodes, segmentOp } from './tijdlijn'
import { vorigeDag, type Dag } from './datum'
import { FOUT, type Foutmelding } from './foutcodes'
import type { Plan, Stap } from './plan'
import type { Register, RegisterObject, RegisterVersie } from './register'
import { GEGEVENS } from './soorten'

export interface ToepasContext {
  wijzigingId: string
  volgnummer: number
  /** Today (Dutch calendar): a planned end may still move, one that has passed may not. */
  vandaag: Dag
  nieuwId(): string
}

export interface Toepassing {
  versies: RegisterVersie[]
  veldfouten: VeldFout[]
  fouten: Foutmelding[]
  /** Objects a mutatie touched, with the last mutatie that did. */
  geraakt: Map<string, number>
}

export function pasToe(register: Register, plan: Plan, ctx: ToepasContext): Toepassing {
  const versies: RegisterVersie[] = []
  const veldfouten: VeldFout[] = []
  const fouten: Foutmelding[] = []
  const geraakt = new Map<string, number>()
  const begonnen = new Map<string, Set<Dag>>()

  const schrijf = (
    object: RegisterObject,
    v: Omit<RegisterVersie, 'id' | 'objectId' | 'wijzigingId' | 'volgnummer' | 'positie'>,
  ) => {
    const versie: RegisterVersie = {
      ...v,
      id: ctx.nieuwId(),
      objectId: object.id,
      wijzigingId: ctx.wijzigingId,
      volgnummer: ctx.volgnummer,
      positie: versies.length,
    }
    register.voegVersieToe(versie)
    versies.push(versie)
  }

  for (const stap of plan.stappen) {
    const { mutatie: m, object, index } = stap
    if (!object) continue
    const meld = (f: { foutcode: string; nl: string; en: string }, veld: string) =>
      fouten.push({
        ...f,
        mutatie: index,
        veld: `mutaties.${index}.${veld}`,
        sleutelgegeven: object.code,
      })
    geraakt.set(object.id, index)

    if (m.actie === 'beeindig') {
      beeindig(register, object, m.einddatum, ctx.vandaag, meld, schrijf)
      continue
    }
    const gegevens = leesGegevens(stap, plan, register, veldfouten, meld)
    if (!gegevens) continue
    const eerder = begonnen.get(object.id) ?? new Set<Dag>()
    if (eerder.has(m.begindatum)) {
      meld(FOUT.overlap(m.begindatum), 'begindatum')
      continue
    }
    eerder.add(m.begindatum)
    begonnen.set(object.id, eerder)
    if (m.einddatum && m.einddatum <= m.begindatum) {
      meld(FOUT.eindeVoorBegin(), 'einddatum')
      continue
    }

    if (m.actie === 'registreer') {
      if (m.soort === 'onderwijsbestuur' && register.vanSoort('onderwijsbestuur').length > 1)
        meld(FOUT.bestuurAlGeregistreerd(), 'soort')
      if (m.soort === 'onderwijslocatiegebruik' && object.ouderId) {
        const anderen = register.kinderen(object.ouderId, 'onderwijslocatiegebruik')
        if (anderen.length > 1)
          meld(FOUT.gebruikBestaatAl(register.objecten.get(object.ouderId)!.code), 'ouder')
      }
      schrijf(object, {
        begindatum: m.begindatum,
        einddatum: m.einddatum ?? null,
        bestaat: true,
        gegevens,
      })
      continue
    }

    // A change holds from its date until the next change of the object (or its end): it
    // corrects one period, and never silently covers a later one.
    const segmenten = register.segmenten(object.id)
    const segment = segmentOp(segmenten, m.begindatum)
    if (!segment) {
      meld(FOUT.bestaatNietOp(m.begindatum), 'begindatum')
      continue
    }
    const grens = segment.einddatum
    let einde = m.einddatum ?? grens
    if (grens !== null && einde !== null && einde > grens) {
      const gaatDoor = segmentOp(segmenten, grens)
      meld(gaatDoor ? FOUT.overlap(grens) : FOUT.alBeeindigd(grens), 'einddatum')
      continue
    }
    if (einde === undefined) einde = null
    schrijf(object, { begindatum: m.begindatum, einddatum: einde, bestaat: true, gegevens })
  }
  return { versies, veldfouten, fouten, geraakt }
}

type Meld = (f: { foutcode: string; nl: string; en: string }, veld: string) => void
type Schrijf = (
  o: RegisterObject,
  v: {
    begindatum: Dag
    einddatum: Dag | null
    bestaat: boolean
    gegevens: Record<string, unknown> | null
  },
) => void

/**
 * Ends an object from `einddatum` (exclusive). A later date than a planned end (still in the
 * future) moves that end; an end that has passed is final.
 */
function beeindig(
  register: Register,
  object: RegisterObject,
  einddatum: Dag,
  vandaag: Dag,
  meld: Meld,
  schrijf: Schrijf,
) {
  const segmenten = register.segmenten(object.id)
  const loop = bestaansperiodes(segmenten)
  const eerste = loop[0]
  const laatste = loop.at(-1)
  if (!eerste || !laatste) {
    meld(FOUT.alBeeindigd(einddatum), 'einddatum')
    return
  }
  if (einddatum <= eerste.begindatum) {
    meld(FOUT.eindeVoorBegin(), 'einddatum')
    return
  }
  if (laatste.einddatum !== null && einddatum > laatste.einddatum) {
    if (laatste.einddatum <= vandaag) {
      meld(FOUT.eindeVoorbij(laatste.einddatum), 'einddatum')
      return
    }
    // Postponing a planned end: the last state continues until the new end.
    const slot = segmenten.at(-1)!
    schrijf(object, {
      begindatum: laatste.einddatum,
      einddatum,
      bestaat: true,
      gegevens: slot.versie.gegevens,
    })
  } else if (!segmentOp(segmenten, vorigeDag(einddatum)) || laatste.einddatum === einddatum) {
    const tot = loop.find((p) => p.einddatum !== null && p.einddatum < einddatum)
    meld(FOUT.alBeeindigd(tot?.einddatum ?? laatste.einddatum ?? einddatum), 'einddatum')
    return
  }
  schrijf(object, { begindatum: einddatum, einddatum: null, bestaat: false, gegevens: null })
}

/** The mutatie's gegevens checked against its kind; references by sleutel become codes. */
function leesGegevens(
  stap: Stap,
  plan: Plan,
  register: Register,
  veldfouten: VeldFout[],
  meld: Meld,
): Record<string, unknown> | null {
  const { mutatie: m, object, index } = stap
  if (m.actie === 'beeindig' || !object) return null
  const r = GEGEVENS[object.soort].safeParse(m.gegevens)
  if (!r.success) {
    for (const issue of r.error.issues) {
      const v = veldFout(issue)
      veldfouten.push({ ...v, veld: `mutaties.${index}.gegevens${v.veld ? `.${v.veld}` : ''}` })
    }
    return null
  }
  const gegevens = { ...r.data } as Record<string, unknown>
  if (object.soort === 'aangeboden-opleiding') {
    const codes: string[] = []
    for (const c of gegevens.onderwijslocatiecodes as string[]) {
      const locatie = plan.nieuw.get(c) ?? register.opCode(c)
      if (!locatie || locatie.soort !== 'onderwijslocatie') {
        meld(FOUT.onbekend(c), 'gegevens.onderwijslocatiecodes')
        return null
      }
      codes.push(locatie.code)
    }
    gegevens.onderwijslocatiecodes = [...new Set(codes)].sort()
  }
  return gegevens
}
