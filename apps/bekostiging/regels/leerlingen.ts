/**
 * The list of pupils some categories ask for: each row complete and in the period, no pupil
 * twice, and enough of them qualifying on the peildatum or in the period. Pupils are named by
 * the school's own leerlingnummer: the evidence stays in the school's administration, and the
 * form refuses a BSN or onderwijsnummer.
 */
import { CATEGORIE, type Categorie } from './categorieen'
import type { Controlecontext, Gegevens, Melder } from './controle'
import { datumTekst as dt, isDag, isPeildatum, isSchooljaar, plusMaanden } from './datum'

const LEERLINGNUMMER = /^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/

/** Peildata on which a pupil counted as newcomer for 1 year and 3 months (2020–2022). */
const RUIME_GRENS = { van: '2020-10-01', tot: '2022-06-01' }

/** How long before the peildatum a pupil may have arrived and still count as eerste opvang. */
export function opvangMaanden(peildatum: string): number {
  return peildatum >= RUIME_GRENS.van && peildatum <= RUIME_GRENS.tot ? 15 : 12
}

export function controleerLeerlingen(
  categorie: Categorie,
  g: Gegevens,
  ctx: Controlecontext,
  meld: Melder,
): void {
  const def = CATEGORIE[categorie]
  const lijst = g.leerlingen ?? []
  const gezien = new Set<string>()
  let tellen = 0
  lijst.forEach((l, i) => {
    const v = (veld: string) => `leerlingen.${i}.${veld}`
    const nr = `${i + 1}`
    const nummer = (l.leerlingnummer ?? '').trim()
    let goed = true
    const fout = (veld: string, code: Parameters<Melder>[1], nl: string, en: string) => {
      goed = false
      meld(v(veld), code, nl, en)
    }
    if (!nummer)
      fout(
        'leerlingnummer',
        'verplicht',
        `Vul het leerlingnummer van leerling ${nr} in.`,
        `Enter the pupil number of pupil ${nr}.`,
      )
    else if (/^\d{9}$/.test(nummer))
      fout(
        'leerlingnummer',
        'ongeldig',
        `Leerling ${nr}: vul het leerlingnummer uit uw eigen administratie in, geen BSN of onderwijsnummer.`,
        `Pupil ${nr}: enter the pupil number from your own administration, not a BSN or onderwijsnummer.`,
      )
    else if (!LEERLINGNUMMER.test(nummer))
      fout(
        'leerlingnummer',
        'ongeldig',
        `Leerling ${nr}: een leerlingnummer heeft hoogstens 20 letters, cijfers of streepjes.`,
        `Pupil ${nr}: a pupil number has at most 20 letters, digits or hyphens.`,
      )
    else if (gezien.has(nummer.toUpperCase()))
      fout(
        'leerlingnummer',
        'ongeldig',
        `Leerling ${nr} staat al in de lijst.`,
        `Pupil ${nr} is already in the list.`,
      )
    gezien.add(nummer.toUpperCase())

    for (const veld of def.leerlingVelden) {
      const waarde = l[veld]
      if (veld === 'uitschrijfdatum') {
        if (waarde && !isDag(waarde))
          fout(
            veld,
            'ongeldig',
            `Leerling ${nr}: vul een geldige uitschrijfdatum in.`,
            `Pupil ${nr}: enter a valid de-registration date.`,
          )
        continue
      }
      if (!waarde)
        fout(
          veld,
          'verplicht',
          `Leerling ${nr}: ${NAAM[veld].nl} ontbreekt.`,
          `Pupil ${nr}: the ${NAAM[veld].en} is missing.`,
        )
      else if (!isDag(waarde))
        fout(
          veld,
          'ongeldig',
          `Leerling ${nr}: vul een geldige ${NAAM[veld].nl} in.`,
          `Pupil ${nr}: enter a valid ${NAAM[veld].en}.`,
        )
    }
    if (!goed) return
    if (telt(categorie, g, ctx, l, nr, (veld, code, nl, en) => fout(veld, code, nl, en))) tellen++
  })

  if (!lijst.length)
    meld(
      'leerlingen',
      'verplicht',
      `Voeg de leerlingen toe (minstens ${def.minimum}).`,
      `Add the pupils (at least ${def.minimum}).`,
    )
  // Whether a pupil counts depends on the peildatum, schooljaar or period: judged once those are.
  else if (tellen < def.minimum && referentieGeldig(categorie, g))
    meld(
      'leerlingen',
      'te-weinig',
      `Voor deze bekostiging zijn minstens ${def.minimum} leerlingen nodig die aan de voorwaarden voldoen; uw lijst heeft er ${tellen}.`,
      `This funding needs at least ${def.minimum} pupils who meet the conditions; your list has ${tellen}.`,
    )
}

function referentieGeldig(categorie: Categorie, g: Gegevens): boolean {
  if (categorie === 'blijf-van-mijn-lijfhuizen') return isDag(g.periodeVan) && isDag(g.periodeTot)
  if (categorie === 'emb') return isSchooljaar(g.schooljaar)
  return isPeildatum(g.peildatum)
}

const NAAM = {
  inschrijfdatum: { nl: 'inschrijfdatum', en: 'enrolment date' },
  uitschrijfdatum: { nl: 'uitschrijfdatum', en: 'de-registration date' },
  datumBinnenkomst: {
    nl: 'datum van binnenkomst in Nederland',
    en: 'date of arrival in the Netherlands',
  },
  datumToelating: { nl: 'datum van toelating op school', en: 'date of admission to the school' },
} as const

/** Whether a complete row counts for the category; reports why not on its own fields. */
function telt(
  categorie: Categorie,
  g: Gegevens,
  ctx: Controlecontext,
  l: Gegevens['leerlingen'] extends (infer L)[] | undefined ? L : never,
  nr: string,
  fout: Melder,
): boolean {
  if (categorie === 'blijf-van-mijn-lijfhuizen') {
    const { periodeVan: van, periodeTot: tot } = g
    const inn = l.inschrijfdatum!
    if (l.uitschrijfdatum && l.uitschrijfdatum < inn) {
      fout(
        'uitschrijfdatum',
        'ongeldig',
        `Leerling ${nr}: de uitschrijfdatum ligt vóór de inschrijfdatum.`,
        `Pupil ${nr}: the de-registration date is before the enrolment date.`,
      )
      return false
    }
    if (isDag(van) && isDag(tot) && (inn < van || inn > tot)) {
      fout(
        'inschrijfdatum',
        'niet-toegestaan',
        `Leerling ${nr} is niet in de periode ingeschreven.`,
        `Pupil ${nr} was not enrolled in the period.`,
      )
      return false
    }
    return true
  }
  if (categorie === 'emb') {
    if (!isSchooljaar(g.schooljaar)) return false
    const teldag = `${Number(g.schooljaar.slice(0, 4)) - 1}-10-01`
    if (l.inschrijfdatum! > teldag) {
      fout(
        'inschrijfdatum',
        'niet-toegestaan',
        `Leerling ${nr} was op ${dt(teldag, 'nl')} (1 oktober van het vorige schooljaar) nog niet ingeschreven.`,
        `Pupil ${nr} was not yet enrolled on ${dt(teldag, 'en')} (1 October of the previous school year).`,
      )
      return false
    }
    return true
  }
  // Eerste opvang, sbo and tweede jaar: arrival and admission against the peildatum.
  const p = g.peildatum
  if (!isPeildatum(p)) return false
  const aankomst = l.datumBinnenkomst!
  if (l.datumToelating! > p) {
    fout(
      'datumToelating',
      'niet-toegestaan',
      `Leerling ${nr} is na de peildatum toegelaten.`,
      `Pupil ${nr} was admitted after the reference date.`,
    )
    return false
  }
  if (l.datumToelating! < aankomst) {
    fout(
      'datumToelating',
      'ongeldig',
      `Leerling ${nr}: de toelating ligt vóór de binnenkomst in Nederland.`,
      `Pupil ${nr}: the admission is before the arrival in the Netherlands.`,
    )
    return false
  }
  if (categorie === 'asielzoekers-tweede-jaar') {
    if (aankomst > plusMaanden(p, -12) || aankomst <= plusMaanden(p, -24)) {
      fout(
        'datumBinnenkomst',
        'niet-toegestaan',
        `Leerling ${nr} is op de peildatum niet tussen 1 en 2 jaar in Nederland.`,
        `Pupil ${nr} has not been in the Netherlands for between 1 and 2 years on the reference date.`,
      )
      return false
    }
    const eerder = ctx.alGeclaimd?.get(l.leerlingnummer.trim().toUpperCase())
    if (eerder) {
      fout(
        'leerlingnummer',
        'niet-toegestaan',
        `Leerling ${nr} staat al in aanvraag ${eerder}: per leerling hoogstens 1 jaar.`,
        `Pupil ${nr} is already in application ${eerder}: at most 1 year per pupil.`,
      )
      return false
    }
    return true
  }
  const maanden = opvangMaanden(p)
  if (aankomst <= plusMaanden(p, -maanden)) {
    const duur =
      maanden === 12
        ? { nl: '1 jaar', en: '1 year' }
        : { nl: '1 jaar en 3 maanden', en: '1 year and 3 months' }
    fout(
      'datumBinnenkomst',
      'niet-toegestaan',
      `Leerling ${nr} is op de peildatum al ${duur.nl} of langer in Nederland.`,
      `Pupil ${nr} has been in the Netherlands for ${duur.en} or longer on the reference date.`,
    )
    return false
  }
  if (aankomst > p) {
    fout(
      'datumBinnenkomst',
      'ongeldig',
      `Leerling ${nr} kwam na de peildatum in Nederland.`,
      `Pupil ${nr} arrived in the Netherlands after the reference date.`,
    )
    return false
  }
  return true
}
