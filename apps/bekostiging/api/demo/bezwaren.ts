/** Demo bezwaren with their referentie, letters, timeline and (optionally) DUO's beslissing. */
import { inTransaction, type BestuurTree, type SectionPlatform } from '@duo/server-kit'
import { DEMO_PERSONAS, demoId, demoPersoonId } from '@duo/server-kit/demo'
import { bezwaarBeslisdatum } from '../../regels/bezwaar'
import type { Dag } from '../../regels/datum'
import type { BekostigingTables, BezwaarBeslissing } from '../tables'
import { toBezwaar } from '../bezwaren/store'
import { beslissingOpBezwaar, bezwaarBevestiging } from '../shared/brieven'
import { volgendeReferentie } from '../shared/referentie'
import { voegToe } from '../shared/tijdlijn'

const BEHANDELAAR = { persona: 'behandelaar', naam: 'Frank de Graaf' }

export interface DemoBezwaar {
  key: string
  persona: string
  onderwerp: 'vaststelling' | 'beschikking'
  vaststellingId?: string
  aanvraagId?: string
  instellingscode: string | null
  gronden: string
  ontvangen: Dag
  beslissing?: { beslissing: BezwaarBeslissing; motivering: string; dag: Dag }
  waartegen: string
}

const op = (dag: Dag, uur: number) => `${dag}T${String(uur).padStart(2, '0')}:15:00.000Z`

export async function seedDemoBezwaar(
  platform: SectionPlatform<BekostigingTables>,
  bestuur: BestuurTree,
  d: DemoBezwaar,
) {
  const { db, documenten } = platform
  const id = demoId(`bekostiging:bezwaar:${d.key}`)
  if (
    await db.selectFrom('bekostiging_bezwaar').select('id').where('id', '=', id).executeTakeFirst()
  )
    return
  const naam = DEMO_PERSONAS.find((p) => p.id === d.persona)!.naam
  await inTransaction(db, async (trx) => {
    const referentie = await volgendeReferentie(trx, 'BZ', Number(d.ontvangen.slice(0, 4)))
    const b = d.beslissing
    const row = {
      id,
      referentie,
      bestuursnummer: bestuur.bestuursnummer,
      onderwerp: d.onderwerp,
      vaststelling_id: d.vaststellingId ?? null,
      aanvraag_id: d.aanvraagId ?? null,
      instellingscode: d.instellingscode,
      gronden: d.gronden,
      status: b ? b.beslissing : 'ingediend',
      ingediend_op: op(d.ontvangen, 10),
      ontvangen_dag: d.ontvangen,
      uiterste_beslisdatum: bezwaarBeslisdatum(d.ontvangen),
      ingediend_door_persoon_id: demoPersoonId(d.persona)!,
      ingediend_door: naam,
      intermediair_kvk: null,
      behandelaar_persoon_id: b ? demoPersoonId(BEHANDELAAR.persona)! : null,
      behandelaar_naam: b ? BEHANDELAAR.naam : null,
      motivering: b?.motivering ?? null,
      document_id: null as string | null,
      afgerond_op: b ? op(b.dag, 15) : null,
      updated_at: op(b?.dag ?? d.ontvangen, 15),
    }
    const bezwaar = toBezwaar(row)
    await documenten.publiceer(
      {
        id: demoId(`bekostiging:document:${d.key}:bevestiging`),
        bestuursnummer: bestuur.bestuursnummer,
        soort: 'bevestiging',
        titel: `Ontvangstbevestiging bezwaar ${referentie}`,
        referentie,
        datum: d.ontvangen,
        bestandsnaam: `Ontvangstbevestiging ${referentie}.pdf`,
        contentType: 'application/pdf',
        bytes: await bezwaarBevestiging(bezwaar, bestuur, d.waartegen),
        zaakReferentie: referentie,
      },
      { in: trx },
    )
    if (b) {
      const doc = await documenten.publiceer(
        {
          id: demoId(`bekostiging:document:${d.key}:beslissing`),
          bestuursnummer: bestuur.bestuursnummer,
          soort: 'beschikking',
          titel: `Beslissing op bezwaar ${referentie}`,
          referentie,
          datum: b.dag,
          bestandsnaam: `Beslissing op bezwaar ${referentie}.pdf`,
          contentType: 'application/pdf',
          bytes: await beslissingOpBezwaar(bezwaar, bestuur, {
            datum: b.dag,
            beslissing: b.beslissing,
            motivering: b.motivering,
            waartegen: d.waartegen,
          }),
          zaakReferentie: referentie,
        },
        { in: trx },
      )
      row.document_id = doc.id
    }
    await trx.insertInto('bekostiging_bezwaar').values(row).execute()
    for (const zaakId of [id, ...(d.aanvraagId ? [d.aanvraagId] : [])]) {
      const stap = { zaakId, bestuursnummer: bestuur.bestuursnummer }
      await voegToe(trx, {
        ...stap,
        soort: 'bezwaar-ingediend',
        op: op(d.ontvangen, 10),
        door: naam,
        kant: 'bestuur',
        details: { referentie },
      })
      if (zaakId === id && b)
        await voegToe(trx, {
          ...stap,
          soort: 'in-behandeling',
          op: op(d.ontvangen, 16),
          door: BEHANDELAAR.naam,
          kant: 'duo',
        })
      if (b)
        await voegToe(trx, {
          ...stap,
          soort: 'bezwaar-besloten',
          op: op(b.dag, 15),
          door: BEHANDELAAR.naam,
          kant: 'duo',
          details: { beslissing: b.beslissing, referentie },
        })
    }
  })
}
