/**
 * What a verzoek handmatige mutatie can correct, and the rules a proposed value must meet: when
 * the school proposes it, and again when DUO accepts it (the register may have moved since).
 * Each part is one column of one register row: an inschrijving's dates, a leerjaar, an advies.
 */
import type { Label, VeldFout } from '@duo/server-kit'
import type { RodDb } from '../tables'
import { isDag, type Dag } from '../shared/dagen'
import {
  adviesRegels,
  controleerAdviesvolgorde,
  eindVan,
  schooljaarVan,
} from '../shared/schooljaar'
import { adviesWaarde } from '../shared/waardelijsten'

export const ONDERDELEN = ['inschrijfdatum', 'uitschrijfdatum', 'leerjaar', 'schooladvies'] as const
export type Onderdeel = (typeof ONDERDELEN)[number]

export const ONDERDEEL_LABEL: Record<Onderdeel, Label> = {
  inschrijfdatum: { nl: 'Inschrijfdatum', en: 'Date of enrolment' },
  uitschrijfdatum: { nl: 'Uitschrijfdatum', en: 'Date of leaving' },
  leerjaar: { nl: 'Leerjaar', en: 'Leerjaar (year group)' },
  schooladvies: { nl: 'Schooladvies', en: 'Schooladvies (school advice)' },
}

/** The register row a verzoek is about, as it is now. */
export interface RegisterObject {
  onderdeel: Onderdeel
  id: string
  leerlingId: string
  bestuursnummer: string
  instellingscode: string
  /** The value now (text as stored in the verzoek). */
  waarde: string | null
  /** What the rules of the part need to know. */
  context: {
    inschrijfdatum?: Dag
    uitschrijfdatum?: Dag | null
    geboortedatum?: Dag
    schooljaar?: string
    soort?: string
    /** The other advies of the pair (for the advies rule). */
    ander?: { soort: string; waarde: string } | null
  }
}

/** Loads the row of a part; null when it does not exist. */
export async function laadObject(
  db: RodDb,
  onderdeel: Onderdeel,
  id: string,
): Promise<RegisterObject | null> {
  if (onderdeel === 'inschrijfdatum' || onderdeel === 'uitschrijfdatum') {
    const i = await db
      .selectFrom('rod_inschrijving as i')
      .innerJoin('rod_leerling as l', 'l.id', 'i.leerling_id')
      .select([
        'i.id',
        'i.leerling_id',
        'i.bestuursnummer',
        'i.instellingscode',
        'i.inschrijfdatum',
        'i.uitschrijfdatum',
        'l.geboortedatum',
      ])
      .where('i.id', '=', id)
      .executeTakeFirst()
    if (!i) return null
    return {
      onderdeel,
      id: i.id,
      leerlingId: i.leerling_id,
      bestuursnummer: i.bestuursnummer,
      instellingscode: i.instellingscode,
      waarde: onderdeel === 'inschrijfdatum' ? i.inschrijfdatum : i.uitschrijfdatum,
      context: {
        inschrijfdatum: i.inschrijfdatum,
        uitschrijfdatum: i.uitschrijfdatum,
        geboortedatum: i.geboortedatum,
      },
    }
  }
  if (onderdeel === 'leerjaar') {
    const l = await db
      .selectFrom('rod_leerjaar')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    if (!l) return null
    return {
      onderdeel,
      id: l.id,
      leerlingId: l.leerling_id,
      bestuursnummer: l.bestuursnummer,
      instellingscode: l.instellingscode,
      waarde: String(l.leerjaar),
      context: { schooljaar: l.schooljaar },
    }
  }
  const a = await db
    .selectFrom('rod_schooladvies')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  if (!a) return null
  const regels = adviesRegels(a.schooljaar)
  const anderSoort = a.soort === regels.eerste ? regels.tweede : regels.eerste
  const ander = await db
    .selectFrom('rod_schooladvies')
    .select(['soort', 'waarde'])
    .where('leerling_id', '=', a.leerling_id)
    .where('schooljaar', '=', a.schooljaar)
    .where('soort', '=', anderSoort)
    .executeTakeFirst()
  return {
    onderdeel,
    id: a.id,
    leerlingId: a.leerling_id,
    bestuursnummer: a.bestuursnummer,
    instellingscode: a.instellingscode,
    waarde: a.waarde,
    context: { schooljaar: a.schooljaar, soort: a.soort, ander: ander ?? null },
  }
}

const fout = (nl: string, en: string): VeldFout => ({ veld: 'waarde', nl, en })

/**
 * Problems with a proposed value for this row on `vandaag` (empty: allowed). The value is text
 * as the form sends it; `normaliseer` gives the stored form.
 */
export function controleer(obj: RegisterObject, waarde: string, vandaag: Dag): VeldFout[] {
  const { context: c } = obj
  if (waarde === (obj.waarde ?? ''))
    return [
      fout(
        'Dit is de waarde die nu al geregistreerd staat.',
        'This is the value already registered.',
      ),
    ]
  switch (obj.onderdeel) {
    case 'inschrijfdatum': {
      if (!isDag(waarde))
        return [fout('Geef een datum als JJJJ-MM-DD.', 'Give a date as YYYY-MM-DD.')]
      if (waarde > vandaag)
        return [
          fout(
            'Een inschrijfdatum ligt niet in de toekomst.',
            'A date of enrolment is not in the future.',
          ),
        ]
      if (c.geboortedatum && waarde <= c.geboortedatum)
        return [
          fout(
            'De inschrijfdatum ligt voor de geboortedatum.',
            'The date of enrolment is before the date of birth.',
          ),
        ]
      if (c.uitschrijfdatum && waarde > c.uitschrijfdatum)
        return [
          fout(
            'De inschrijfdatum ligt na de uitschrijfdatum.',
            'The date of enrolment is after the date of leaving.',
          ),
        ]
      return []
    }
    case 'uitschrijfdatum': {
      if (!isDag(waarde))
        return [fout('Geef een datum als JJJJ-MM-DD.', 'Give a date as YYYY-MM-DD.')]
      if (c.inschrijfdatum && waarde < c.inschrijfdatum)
        return [
          fout(
            'De uitschrijfdatum ligt voor de inschrijfdatum.',
            'The date of leaving is before the date of enrolment.',
          ),
        ]
      // At most the year-end uitschrijfdatum (31 July) of the running schooljaar.
      if (waarde > eindVan(schooljaarVan(vandaag)))
        return [
          fout(
            'Een uitschrijfdatum ligt niet na 31 juli van dit schooljaar.',
            'A date of leaving is not after 31 July of this schooljaar.',
          ),
        ]
      return []
    }
    case 'leerjaar':
      return /^[1-8]$/.test(waarde)
        ? []
        : [fout('Kies een leerjaar van 1 tot en met 8.', 'Choose a leerjaar from 1 to 8.')]
    case 'schooladvies': {
      if (!adviesWaarde(waarde))
        return [fout('Kies een schooladvies uit de lijst.', 'Choose a schooladvies from the list.')]
      const sj = c.schooljaar!
      const regels = adviesRegels(sj)
      const ander = c.ander?.waarde ?? null
      const probleem =
        c.soort === regels.eerste
          ? controleerAdviesvolgorde(sj, waarde, ander)
          : controleerAdviesvolgorde(sj, ander, waarde)
      return probleem ? [{ veld: 'waarde', ...probleem }] : []
    }
  }
}

/** A short readable form of a stored value, for lists and history. */
export function toonWaarde(onderdeel: string, waarde: string | null): Label {
  if (waarde === null) return { nl: '(geen)', en: '(none)' }
  if (onderdeel === 'schooladvies') return adviesWaarde(waarde)?.label ?? { nl: waarde, en: waarde }
  return { nl: waarde, en: waarde }
}
