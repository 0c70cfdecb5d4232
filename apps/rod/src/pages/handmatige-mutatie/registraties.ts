/**
 * The registrations of a dossier a verzoek handmatige mutatie can be about, per onderdeel, as
 * choices for the form, with the value registered now.
 */
import type { Dossier } from '../shared/typen'

export type Onderdeel = 'inschrijfdatum' | 'uitschrijfdatum' | 'leerjaar' | 'schooladvies'

export interface Registratie {
  id: string
  /** The value registered now (as the API stores it). */
  waarde: string | null
  /** What distinguishes it from the others, e.g. the schooljaar. */
  omschrijving: (
    t: (key: string, named?: Record<string, unknown>) => string,
    locale: 'nl' | 'en',
    datum: (d: string) => string,
  ) => string
  /** For a schooladvies: the other advies of the pair and the rule between them. */
  advies?: {
    schooljaar: string
    rol: 'eerste' | 'tweede'
    ander: { waarde: string; volgorde?: number } | null
    minimaal: string
  }
}

export function registratiesVan(dossier: Dossier, onderdeel: Onderdeel): Registratie[] {
  switch (onderdeel) {
    case 'inschrijfdatum':
    case 'uitschrijfdatum':
      return dossier.inschrijvingen.map((i) => ({
        id: i.id,
        waarde: onderdeel === 'inschrijfdatum' ? i.inschrijfdatum : i.uitschrijfdatum,
        omschrijving: (t, _l, datum) =>
          t('rod.mutatie.registratie.inschrijving', {
            van: datum(i.inschrijfdatum),
            tot: i.uitschrijfdatum ? datum(i.uitschrijfdatum) : t('rod.dossier.ingeschreven'),
          }),
      }))
    case 'leerjaar':
      return dossier.inschrijvingen
        .flatMap((i) => i.leerjaren)
        .map((l) => ({
          id: l.id,
          waarde: String(l.leerjaar),
          omschrijving: (t) =>
            t('rod.mutatie.registratie.leerjaar', {
              schooljaar: l.schooljaar,
              leerjaar: l.leerjaar,
            }),
        }))
    case 'schooladvies':
      return dossier.schooladviezen.flatMap((sj) =>
        (['eerste', 'tweede'] as const).flatMap((rol) => {
          const a = sj[rol]
          if (!a) return []
          const ander = sj[rol === 'eerste' ? 'tweede' : 'eerste']
          return [
            {
              id: a.id,
              waarde: a.waarde,
              omschrijving: (_t: unknown, l: 'nl' | 'en') =>
                `${sj.schooljaar}, ${a.soortLabel[l].toLowerCase()}: ${a.label[l]}`,
              advies: {
                schooljaar: sj.schooljaar,
                rol,
                ander: ander ? { waarde: ander.waarde } : null,
                minimaal: sj.tweedeMinimaal,
              },
            },
          ]
        }),
      )
  }
}
