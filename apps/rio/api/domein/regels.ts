/**
 * The rules across objects, checked on the register as it would be after the change: only
 * for the objects the change touched and those that hang together with them, so an old
 * irregularity elsewhere never blocks an unrelated change. Each rule names the object that
 * breaks it and the objects involved; the foutmelding goes to the mutatie that touched one.
 */
import { nietGedekt, overlapt, samenvoegen, type Periode } from './datum'
import { FOUT, type Foutmelding } from './foutcodes'
import type { Register, RegisterObject } from './register'
import type { Mutatie } from './mutaties'
import { weergavenaam } from './soorten'

interface Overtreding {
  fout: { foutcode: string; nl: string; en: string }
  /** The objects involved, the one whose field is wrong first. */
  objecten: RegisterObject[]
  /** The field on the first object's mutatie, e.g. `gegevens.erkenningscode`. */
  veld: string
}

/** Checks the rules for everything around the touched objects; foutmeldingen per mutatie. */
export function controleerRegels(
  register: Register,
  geraakt: ReadonlyMap<string, number>,
  mutaties: readonly Mutatie[],
): Foutmelding[] {
  const te = new Set<RegisterObject>()
  const voeg = (o: RegisterObject | undefined) => o && te.add(o)
  for (const id of geraakt.keys()) {
    const o = register.objecten.get(id)
    if (!o) continue
    voeg(o)
    const ouder = o.ouderId ? register.objecten.get(o.ouderId) : undefined
    voeg(ouder)
    for (const k of register.kinderen(o.id)) voeg(k)
    if (o.soort === 'onderwijsbestuur') register.vanSoort('onderwijsaanbieder').forEach(voeg)
    if (o.soort === 'aangeboden-opleiding') register.kinderen(o.ouderId ?? '').forEach(voeg)
    if (o.soort === 'onderwijslocatie' || o.soort === 'onderwijslocatiegebruik') {
      const locatie = o.soort === 'onderwijslocatie' ? o : ouder
      if (locatie) opleidingenOp(register, locatie.code).forEach(voeg)
      if (locatie) register.kinderen(locatie.id).forEach(voeg)
    }
  }

  const overtredingen: Overtreding[] = []
  for (const o of te) {
    switch (o.soort) {
      case 'onderwijsaanbieder':
        overtredingen.push(...aanbiederRegels(register, o))
        break
      case 'onderwijslocatiegebruik':
        overtredingen.push(
          ...binnenOuder(register, o, (locatie, vanaf) =>
            FOUT.locatieBuitenBedrijf(locatie, vanaf, gebruiker(register, o)),
          ),
        )
        break
      case 'aangeboden-opleiding':
        overtredingen.push(
          ...binnenOuder(register, o, FOUT.buitenOuder),
          ...locatieRegels(register, o),
        )
        break
      case 'communicatiecontext':
        overtredingen.push(
          ...binnenOuder(register, o, FOUT.buitenOuder),
          ...contextRegels(register, o),
        )
        break
    }
  }
  return naarFoutmeldingen(overtredingen, geraakt, mutaties)
}

/** Opleidingen that name this locatie in any version. */
function opleidingenOp(register: Register, locatiecode: string): RegisterObject[] {
  return register
    .vanSoort('aangeboden-opleiding')
    .filter((o) =>
      register
        .versies(o.id)
        .some((v) =>
          (v.gegevens?.onderwijslocatiecodes as string[] | undefined)?.includes(locatiecode),
        ),
    )
}

/** "het onderwijslocatiegebruik De Regenboog" / "aangeboden opleiding …", for a foutmelding. */
function gebruiker(register: Register, o: RegisterObject) {
  const n = naam(register, o)
  return o.soort === 'onderwijslocatiegebruik'
    ? {
        nl: `het onderwijslocatiegebruik ${n}`,
        en: `the onderwijslocatiegebruik (use of location) ${n}`,
      }
    : { nl: `de aangeboden opleiding ${n}`, en: `the aangeboden opleiding (programme) ${n}` }
}

function naam(register: Register, o: RegisterObject): string {
  const laatste = register.segmenten(o.id).at(-1) ?? { versie: register.versies(o.id).at(-1) }
  return `${weergavenaam(o.soort, laatste.versie?.gegevens ?? null)} (${o.code})`
}

function aanbiederRegels(register: Register, a: RegisterObject): Overtreding[] {
  const uit: Overtreding[] = []
  const segmenten = register.segmenten(a.id)
  const eerste = segmenten[0]
  if (!eerste) return uit
  for (const s of segmenten) {
    const code = String(s.versie.gegevens?.erkenningscode ?? '')
    const erkenning = register.erkenningen.get(code)
    if (!erkenning) {
      uit.push({ fout: FOUT.geenErkenning(code), objecten: [a], veld: 'gegevens.erkenningscode' })
      break
    }
    if (s === eerste && erkenning.begindatum && eerste.begindatum < erkenning.begindatum)
      uit.push({
        fout: FOUT.oprichtingVoorErkenning(
          eerste.begindatum,
          erkenning.erkenningscode,
          erkenning.begindatum,
        ),
        objecten: [a],
        veld: 'begindatum',
      })
  }
  const opleidingen = register.kinderen(a.id, 'aangeboden-opleiding')
  const aanbod = samenvoegen(opleidingen.flatMap((o) => register.levensloop(o.id)))
  const gat = nietGedekt(register.levensloop(a.id), aanbod)[0]
  if (gat)
    uit.push({
      fout: FOUT.geenOpleiding(naam(register, a), gat.begindatum),
      objecten: [a, ...opleidingen],
      veld: 'begindatum',
    })
  const bestuur = register.onderwijsbestuur()
  const buiten = nietGedekt(
    register.levensloop(a.id),
    bestuur ? register.levensloop(bestuur.id) : [],
  )[0]
  if (buiten)
    uit.push({
      fout: FOUT.buitenOuder(
        bestuur ? naam(register, bestuur) : register.bestuur.onderwijsbestuurcode,
        buiten.begindatum,
      ),
      objecten: bestuur ? [a, bestuur] : [a],
      veld: 'begindatum',
    })
  return uit
}

/** An object exists only while its parent does. */
function binnenOuder(
  register: Register,
  o: RegisterObject,
  maak: (ouder: string, vanaf: string) => { foutcode: string; nl: string; en: string },
): Overtreding[] {
  const ouder = o.ouderId ? register.objecten.get(o.ouderId) : undefined
  if (!ouder) return []
  const gat = nietGedekt(register.levensloop(o.id), register.levensloop(ouder.id))[0]
  return gat
    ? [
        {
          fout: maak(naam(register, ouder), gat.begindatum),
          objecten: [o, ouder],
          veld: 'begindatum',
        },
      ]
    : []
}

/** An opleiding is given only at locaties in operation and in use by the bestuur. */
function locatieRegels(register: Register, o: RegisterObject): Overtreding[] {
  for (const s of register.segmenten(o.id)) {
    const periode: Periode = { begindatum: s.begindatum, einddatum: s.einddatum }
    for (const code of (s.versie.gegevens?.onderwijslocatiecodes as string[] | undefined) ?? []) {
      const locatie = register.opCode(code)
      if (!locatie)
        return [
          { fout: FOUT.onbekend(code), objecten: [o], veld: 'gegevens.onderwijslocatiecodes' },
        ]
      const buiten = nietGedekt([periode], register.levensloop(locatie.id))[0]
      if (buiten)
        return [
          {
            fout: FOUT.locatieBuitenBedrijf(
              naam(register, locatie),
              buiten.begindatum,
              gebruiker(register, o),
            ),
            objecten: [o, locatie],
            veld: 'gegevens.onderwijslocatiecodes',
          },
        ]
      const gebruik = register.gebruikVan(locatie.id)
      const zonder = nietGedekt([periode], gebruik ? register.levensloop(gebruik.id) : [])[0]
      if (zonder)
        return [
          {
            fout: FOUT.locatieNietInGebruik(naam(register, locatie), zonder.begindatum),
            objecten: gebruik ? [o, gebruik, locatie] : [o, locatie],
            veld: 'gegevens.onderwijslocatiecodes',
          },
        ]
    }
  }
  return []
}

/** One set of contact details per purpose and owner at a time. */
function contextRegels(register: Register, c: RegisterObject): Overtreding[] {
  const anderen = register.kinderen(c.ouderId ?? '', 'communicatiecontext').filter((x) => x !== c)
  for (const s of register.segmenten(c.id)) {
    for (const ander of anderen) {
      const botsing = register
        .segmenten(ander.id)
        .find((t) => t.versie.gegevens?.context === s.versie.gegevens?.context && overlapt(s, t))
      if (botsing) {
        const vanaf = botsing.begindatum > s.begindatum ? botsing.begindatum : s.begindatum
        return [
          { fout: FOUT.overlapContext(vanaf), objecten: [c, ander], veld: 'gegevens.context' },
        ]
      }
    }
  }
  return []
}

/** Each overtreding at the mutatie of the first involved object the change touched. */
function naarFoutmeldingen(
  overtredingen: Overtreding[],
  geraakt: ReadonlyMap<string, number>,
  mutaties: readonly Mutatie[],
): Foutmelding[] {
  const gezien = new Set<string>()
  const uit: Foutmelding[] = []
  for (const o of overtredingen) {
    const [eerste] = o.objecten
    const raak = o.objecten.find((x) => geraakt.has(x.id))
    if (!eerste || !raak) continue
    const index = geraakt.get(raak.id)!
    // The cause was a change to another object: point at the date that caused it.
    const datumVeld = mutaties[index]?.actie === 'beeindig' ? 'einddatum' : 'begindatum'
    const veld = `mutaties.${index}.${raak === eerste ? o.veld : datumVeld}`
    const sleutel = `${o.fout.foutcode}|${veld}|${o.fout.nl}`
    if (gezien.has(sleutel)) continue
    gezien.add(sleutel)
    uit.push({ ...o.fout, mutatie: index, veld, sleutelgegeven: eerste.code })
  }
  return uit
}
