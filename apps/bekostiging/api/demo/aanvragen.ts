/**
 * A dozen demo aanvragen of bestuur A and five of bestuur B, in every state (concept, ingediend,
 * in behandeling, toegekend, deels toegekend, afgewezen, ingetrokken), with their timelines,
 * ontvangstbevestigingen and beschikkingen in the archive, funding lines for what was granted,
 * and bezwaren (one against a beschikking, one per bestuur against an Ovt). Dates relative to
 * today, so the demo reads well at any `DUO_NOW`.
 */
import { inTransaction, toIso, type BestuurTree, type SectionPlatform } from '@duo/server-kit'
import {
  ADMINISTRATIEKANTOOR_KVK,
  BESTUUR_A,
  BESTUUR_B,
  DEMO_PERSONAS,
  demoId,
  demoPersoonId,
} from '@duo/server-kit/demo'
import { indicatiefBedrag, ingangsdatum, uitersteBeslisdatum } from '../../regels/bedragen'
import { plusDagen, type Dag } from '../../regels/datum'
import type { BekostigingTables } from '../tables'
import { toAanvraag } from '../aanvragen/store'
import { beschikking as beschikkingBrief, ontvangstbevestiging } from '../shared/brieven'
import { volgendeReferentie } from '../shared/referentie'
import { voegToe } from '../shared/tijdlijn'
import { BEHANDELAAR, demoAanvragen } from './aanvraag-lijst'
import { seedDemoBezwaar } from './bezwaren'

const A = BESTUUR_A.bestuursnummer
const B = BESTUUR_B.bestuursnummer
const persona = (id: string) => DEMO_PERSONAS.find((p) => p.id === id)!
const op = (dag: Dag, uur = 9) => `${dag}T${String(uur).padStart(2, '0')}:30:00.000Z`

export async function seedAanvragen(platform: SectionPlatform<BekostigingTables>, vandaag: Dag) {
  const { db, documenten, organisaties } = platform
  const besturen = new Map<string, BestuurTree>()
  for (const nr of [A, B]) besturen.set(nr, (await organisaties.bestuur(nr))!)
  for (const d of demoAanvragen(vandaag)) {
    const id = demoId(`bekostiging:aanvraag:${d.key}`)
    if (
      await db
        .selectFrom('bekostiging_aanvraag')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst()
    )
      continue
    const p = persona(d.persona)
    const intermediair =
      p.kind === 'eherkenning' && p.intermediairKvk ? ADMINISTRATIEKANTOOR_KVK : null
    const door = `${p.naam}${intermediair ? ` via ketenmachtiging KvK ${intermediair}` : ''}`
    const bestuur = besturen.get(d.bestuursnummer)!
    await inTransaction(db, async (trx) => {
      const ontvangen = d.ontvangen ?? null
      const referentie = ontvangen
        ? await volgendeReferentie(trx, 'BB', Number(ontvangen.slice(0, 4)))
        : null
      const laatste =
        d.besluit?.dag ?? d.ingetrokken ?? d.inBehandeling ?? ontvangen ?? plusDagen(vandaag, -2)
      const row = {
        id,
        referentie,
        bestuursnummer: d.bestuursnummer,
        instellingscode: d.gegevens.instellingscode ?? null,
        categorie: d.categorie,
        status: d.status,
        gegevens: JSON.stringify(d.gegevens),
        eigenaar_persoon_id: demoPersoonId(d.persona)!,
        eigenaar_naam: p.naam,
        ingediend_op: ontvangen && op(ontvangen),
        ingediend_door_persoon_id: ontvangen && demoPersoonId(d.persona)!,
        ingediend_door: ontvangen && door,
        intermediair_kvk: ontvangen && intermediair,
        ontvangen_dag: ontvangen,
        uiterste_beslisdatum: ontvangen && uitersteBeslisdatum(ontvangen),
        ingangsdatum: ontvangen && ingangsdatum(ontvangen),
        indicatief_bedrag: ontvangen ? indicatiefBedrag(d.categorie, d.gegevens, ontvangen) : null,
        behandelaar_persoon_id:
          d.inBehandeling || d.besluit ? demoPersoonId(BEHANDELAAR.persona)! : null,
        behandelaar_naam: d.inBehandeling || d.besluit ? BEHANDELAAR.naam : null,
        afgerond_op: d.besluit
          ? op(d.besluit.dag, 14)
          : d.ingetrokken
            ? op(d.ingetrokken, 11)
            : null,
        created_at: op(plusDagen(ontvangen ?? laatste, -1)),
        updated_at: op(laatste, 14),
      }
      await trx.insertInto('bekostiging_aanvraag').values(row).execute()
      if (!ontvangen || !referentie) return
      const aanvraag = toAanvraag(row)
      const stap = { zaakId: id, bestuursnummer: d.bestuursnummer }
      await voegToe(trx, {
        ...stap,
        soort: 'ingediend',
        op: op(ontvangen),
        door,
        kant: 'bestuur',
        intermediairKvk: intermediair,
        details: { referentie },
      })
      await documenten.publiceer(
        {
          id: demoId(`bekostiging:document:${d.key}:bevestiging`),
          bestuursnummer: d.bestuursnummer,
          soort: 'bevestiging',
          titel: `Ontvangstbevestiging aanvraag ${referentie}`,
          referentie,
          datum: ontvangen,
          bestandsnaam: `Ontvangstbevestiging ${referentie}.pdf`,
          contentType: 'application/pdf',
          bytes: await ontvangstbevestiging(aanvraag, bestuur),
          zaakReferentie: referentie,
        },
        { in: trx },
      )
      if (d.inBehandeling)
        await voegToe(trx, {
          ...stap,
          soort: 'in-behandeling',
          op: op(d.inBehandeling, 10),
          door: BEHANDELAAR.naam,
          kant: 'duo',
        })
      if (d.ingetrokken)
        await voegToe(trx, {
          ...stap,
          soort: 'ingetrokken',
          op: op(d.ingetrokken, 11),
          door,
          kant: 'bestuur',
          intermediairKvk: intermediair,
        })
      if (!d.besluit) return
      const b = d.besluit
      const bedragCenten =
        b.bedragCenten === 'indicatief' ? (aanvraag.indicatiefBedrag ?? 0) : b.bedragCenten
      const bsRef = await volgendeReferentie(trx, 'BS', Number(b.dag.slice(0, 4)))
      const document = await documenten.publiceer(
        {
          id: demoId(`bekostiging:document:${d.key}:beschikking`),
          bestuursnummer: d.bestuursnummer,
          soort: 'beschikking',
          titel: `Beschikking bijzondere bekostiging ${referentie}`,
          referentie: bsRef,
          datum: b.dag,
          bestandsnaam: `Beschikking ${referentie}.pdf`,
          contentType: 'application/pdf',
          bytes: await beschikkingBrief(aanvraag, bestuur, {
            referentie: bsRef,
            datum: b.dag,
            besluit: b.besluit,
            bedragCenten,
            motivering: b.motivering,
          }),
          zaakReferentie: referentie,
        },
        { in: trx },
      )
      await trx
        .insertInto('bekostiging_beschikking')
        .values({
          id: demoId(`bekostiging:beschikking:${d.key}`),
          aanvraag_id: id,
          referentie: bsRef,
          bestuursnummer: d.bestuursnummer,
          besluit: b.besluit,
          bedrag_centen: bedragCenten,
          motivering: b.motivering,
          datum: b.dag,
          document_id: document.id,
          behandelaar_persoon_id: demoPersoonId(BEHANDELAAR.persona)!,
          behandelaar_naam: BEHANDELAAR.naam,
          created_at: op(b.dag, 14),
        })
        .execute()
      if (bedragCenten > 0)
        await trx
          .insertInto('bekostiging_regel')
          .values({
            id: demoId(`bekostiging:regel:${d.key}`),
            bestuursnummer: d.bestuursnummer,
            instellingscode: aanvraag.instellingscode!,
            jaar: Number(aanvraag.ingangsdatum!.slice(0, 4)),
            soort: 'bijzondere-bekostiging',
            bedrag_centen: bedragCenten,
            omschrijving: `Bijzondere bekostiging (${referentie})`,
            aanvraag_id: id,
            created_at: toIso(op(b.dag, 14)),
          })
          .execute()
      await voegToe(trx, {
        ...stap,
        soort: 'besloten',
        op: op(b.dag, 14),
        door: BEHANDELAAR.naam,
        kant: 'duo',
        details: { besluit: b.besluit, bedragCenten, referentie: bsRef },
      })
    })
  }
  // A bezwaar against the refused eerste opvang, decided (ongegrond) weeks later.
  const afgewezen = demoAanvragen(vandaag).find((d) => d.key === 'a-afgewezen-opvang')!
  await seedDemoBezwaar(platform, besturen.get(A)!, {
    key: 'a-bezwaar-beschikking',
    persona: 'medewerker-bekostiging',
    onderwerp: 'beschikking',
    aanvraagId: demoId('bekostiging:aanvraag:a-afgewezen-opvang'),
    instellingscode: '34CD',
    gronden:
      'Twee leerlingen kwamen later in Nederland aan dan ROD laat zien; de datum van binnenkomst in ROD is verkeerd overgenomen uit ons LAS. Bijgaand de juiste data uit onze administratie.',
    ontvangen: plusDagen(afgewezen.besluit!.dag, 20),
    beslissing: {
      beslissing: 'ongegrond',
      motivering:
        'De data van binnenkomst in ROD zijn door de school zelf aangeleverd en niet gecorrigeerd vóór de peildatum. De beschikking blijft in stand.',
      dag: plusDagen(afgewezen.besluit!.dag, 62),
    },
    waartegen: 'de beschikking op uw aanvraag eerste opvang',
  })
}
