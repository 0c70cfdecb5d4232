/**
 * One zaak as its bestuur and DUO see it: the aanvraag or bezwaar, its decision, its timeline,
 * its documents in the archive and the bezwaren against it.
 */
import type { Selectable } from 'kysely'
import type { BestuurTree, SectionPlatform } from '@duo/server-kit'
import { bezwaarOpen, laatsteBezwaardag } from '../../regels/bezwaar'
import { vandaagVan } from '../../regels/datum'
import type { BekostigingTables, Besluit } from '../tables'
import type { Aanvraag } from '../aanvragen/store'
import { bezwarenTegen, bijlagenVan, type Bezwaar } from '../bezwaren/store'
import { schoolNaam } from '../shared/scholen'
import { tijdlijn } from '../shared/tijdlijn'

type BeschikkingRow = Selectable<BekostigingTables['bekostiging_beschikking']>

export interface Beschikking {
  id: string
  referentie: string
  besluit: Besluit
  bedragCenten: number
  motivering: string
  datum: string
  documentId: string
  behandelaarNaam: string
}

const toBeschikking = (r: BeschikkingRow): Beschikking => ({
  id: r.id,
  referentie: r.referentie,
  besluit: r.besluit as Besluit,
  bedragCenten: Number(r.bedrag_centen),
  motivering: r.motivering,
  datum: r.datum,
  documentId: r.document_id,
  behandelaarNaam: r.behandelaar_naam,
})

/** Letters of one moment in the order they were written: the receipt before the decision. */
const VOLGORDE: Record<string, number> = { bevestiging: 0, beschikking: 1, overzicht: 2, brief: 3 }

export function zaakDetail(platform: SectionPlatform<BekostigingTables>) {
  const { db, documenten, clock } = platform

  async function documentenVan(bestuursnummer: string, referenties: string[]) {
    const lijsten = await Promise.all(
      referenties.map((r) => documenten.lijst(bestuursnummer, { zaakReferentie: r, aantal: 100 })),
    )
    return lijsten
      .flatMap((l) => l.documenten)
      .filter((d) => d.bron === platform.id)
      .sort(
        (a, b) =>
          a.createdAt.localeCompare(b.createdAt) ||
          (VOLGORDE[a.soort] ?? 9) - (VOLGORDE[b.soort] ?? 9),
      )
  }

  return {
    async beschikkingVan(aanvraagId: string): Promise<Beschikking | null> {
      const r = await db
        .selectFrom('bekostiging_beschikking')
        .selectAll()
        .where('aanvraag_id', '=', aanvraagId)
        .executeTakeFirst()
      return r ? toBeschikking(r) : null
    },

    async aanvraag(a: Aanvraag, bestuur: BestuurTree) {
      const [beschikking, stappen, bezwaren] = await Promise.all([
        this.beschikkingVan(a.id),
        tijdlijn(db, [a.id]),
        bezwarenTegen(db, { aanvraagId: a.id }),
      ])
      const vandaag = vandaagVan(clock.now())
      return {
        aanvraag: {
          ...a,
          schoolNaam: schoolNaam(bestuur, a.instellingscode),
          bestuurNaam: bestuur.naam,
        },
        beschikking,
        bezwaar: beschikking
          ? {
              mogelijkTot: laatsteBezwaardag(beschikking.datum),
              open: bezwaarOpen(beschikking.datum, vandaag),
            }
          : null,
        tijdlijn: stappen,
        bezwaren,
        // The beschikking is published under the aanvraag's referentie: one zaak, one number.
        documenten: a.referentie ? await documentenVan(a.bestuursnummer, [a.referentie]) : [],
      }
    },

    async bezwaar(z: Bezwaar, bestuur: BestuurTree) {
      const [stappen, bijlagen, vaststelling, aanvraag] = await Promise.all([
        tijdlijn(db, [z.id]),
        bijlagenVan(db, z.id),
        z.vaststellingId
          ? db
              .selectFrom('bekostiging_vaststelling')
              .select(['id', 'teldatum', 'dagtekening', 'referentie'])
              .where('id', '=', z.vaststellingId)
              .executeTakeFirst()
          : undefined,
        z.aanvraagId
          ? db
              .selectFrom('bekostiging_aanvraag')
              .select(['id', 'referentie', 'categorie'])
              .where('id', '=', z.aanvraagId)
              .executeTakeFirst()
          : undefined,
      ])
      return {
        bezwaar: {
          ...z,
          schoolNaam: schoolNaam(bestuur, z.instellingscode),
          bestuurNaam: bestuur.naam,
        },
        vaststelling: vaststelling ?? null,
        aanvraag: aanvraag ?? null,
        tijdlijn: stappen,
        bijlagen,
        documenten: await documentenVan(z.bestuursnummer, [z.referentie]),
      }
    },
  }
}
