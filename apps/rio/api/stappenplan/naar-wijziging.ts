/**
 * The stappenplan's draft as one change: the onderwijsbestuur (when new), the aanbieder, its
 * new locaties with their gebruik, its opleidingen and its contact details, registered
 * together so RIO checks them as a whole. Each mutatie remembers which part of the draft it
 * came from, so a foutmelding points at the field on the step the person filled in.
 */
import type { VeldFout } from '@duo/server-kit'
import type { Foutmelding } from '../domein/foutcodes'
import type { Mutatie, WijzigingInvoer } from '../domein/mutaties'
import type { ConceptGegevens } from './concept'

const AANBIEDER = 'nieuw-aanbieder'

interface Herkomst {
  pad: string
  /** Field names of the mutatie that the draft calls otherwise. */
  velden?: Record<string, string>
}

const leeg = (s: string | undefined) => (s ?? '').trim()

export function naarWijziging(c: ConceptGegevens, bestuurGeregistreerd: boolean) {
  const mutaties: Array<Record<string, unknown> & { actie: Mutatie['actie'] }> = []
  const herkomst: Herkomst[] = []
  const a = c.aanbieder ?? {}
  const aanbiederBegin = leeg(a.begindatum)

  if (!bestuurGeregistreerd) {
    const b = c.onderwijsbestuur ?? {}
    mutaties.push({
      actie: 'registreer',
      soort: 'onderwijsbestuur',
      begindatum: leeg(b.begindatum) || aanbiederBegin,
      gegevens: {
        naam: b.naam,
        internationaleNaam: b.internationaleNaam,
        kvkNummer: b.kvkNummer,
        rsin: b.rsin,
      },
    })
    herkomst.push({ pad: 'onderwijsbestuur' })
  }
  mutaties.push({
    actie: 'registreer',
    soort: 'onderwijsaanbieder',
    sleutel: AANBIEDER,
    begindatum: aanbiederBegin,
    gegevens: {
      naam: a.naam,
      internationaleNaam: a.internationaleNaam,
      erkenningscode: a.erkenningscode,
    },
  })
  herkomst.push({ pad: 'aanbieder' })

  ;(c.locaties ?? []).forEach((l, i) => {
    mutaties.push({
      actie: 'registreer',
      soort: 'onderwijslocatie',
      sleutel: l.sleutel,
      begindatum: leeg(l.begindatum),
      gegevens: {
        postcode: l.postcode,
        huisnummer: l.huisnummer,
        toevoeging: l.toevoeging,
        straatnaam: l.straatnaam,
        plaatsnaam: l.plaatsnaam,
      },
    })
    herkomst.push({ pad: `locaties.${i}` })
    mutaties.push({
      actie: 'registreer',
      soort: 'onderwijslocatiegebruik',
      ouder: l.sleutel,
      begindatum: leeg(l.begindatum),
      gegevens: { naam: leeg(l.gebruiksnaam) || leeg(l.straatnaam) },
    })
    herkomst.push({ pad: `locaties.${i}`, velden: { naam: 'gebruiksnaam' } })
  })

  ;(c.opleidingen ?? []).forEach((o, i) => {
    mutaties.push({
      actie: 'registreer',
      soort: 'aangeboden-opleiding',
      ouder: AANBIEDER,
      begindatum: leeg(o.begindatum),
      gegevens: {
        opleidingseenheidcode: o.opleidingseenheidcode,
        eigenNaam: o.eigenNaam,
        doelgroep: o.doelgroep,
        onderwijsconcept: o.onderwijsconcept,
        bijzondereInrichting: o.bijzondereInrichting ?? false,
        onderwijslocatiecodes: o.locaties ?? [],
      },
    })
    herkomst.push({ pad: `opleidingen.${i}`, velden: { onderwijslocatiecodes: 'locaties' } })
  })

  const k = c.contact
  if (k && (leeg(k.email) || leeg(k.context))) {
    mutaties.push({
      actie: 'registreer',
      soort: 'communicatiecontext',
      ouder: AANBIEDER,
      begindatum: aanbiederBegin,
      gegevens: { context: k.context, email: k.email, telefoon: k.telefoon, website: k.website },
    })
    herkomst.push({ pad: 'contact', velden: { begindatum: 'aanbieder.begindatum' } })
  }

  const wijziging: WijzigingInvoer = {
    omschrijving: `Eerste registratie ${leeg(a.naam)}`.slice(0, 200),
    mutaties: mutaties as WijzigingInvoer['mutaties'],
  }
  return { wijziging, herkomst }
}

/** `mutaties.3.gegevens.naam` as the draft's own field, `locaties.0.gebruiksnaam`. */
function naarConceptVeld(veld: string, herkomst: readonly Herkomst[]): string {
  const m = /^mutaties\.(\d+)(?:\.(?:gegevens\.)?([\w.]+))?$/.exec(veld)
  const h = m ? herkomst[Number(m[1])] : undefined
  if (!m || !h) return veld
  const naam = m[2]?.split('.')[0]
  if (!naam) return h.pad
  const anders = h.velden?.[naam]
  if (anders?.includes('.')) return anders
  return `${h.pad}.${anders ?? naam}`
}

export const vertaalVelden = (
  velden: readonly VeldFout[],
  herkomst: readonly Herkomst[],
): VeldFout[] => velden.map((v) => ({ ...v, veld: naarConceptVeld(v.veld, herkomst) }))

export const vertaalFoutmeldingen = (
  f: readonly Foutmelding[],
  herkomst: readonly Herkomst[],
): Foutmelding[] =>
  f.map((x) => ({ ...x, veld: x.veld ? naarConceptVeld(x.veld, herkomst) : x.veld }))
