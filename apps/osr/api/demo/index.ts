/**
 * Demo data of the OSR, relative to the day of the first seed (the clock; `DUO_NOW` fixes it):
 * De Linde (bestuur A) signed the overeenkomst years ago; its schools use LeerlingPlan and Wise
 * LAS and have mandaten in every state (active, ended, future, revoked), with the gaps that raise
 * warnings. Het Anker (bestuur B) has no overeenkomst: its first request was refused, so its
 * beheerder po can try again. Idempotent: fixed ids, existing rows are left alone.
 */
import { BESTUUR_A, BESTUUR_B, demoId, demoPersoonId } from '@duo/server-kit/demo'
import { inTransaction, type SectionPlatform } from '@duo/server-kit'
import type { OsrTables } from '../tables'
import { plusDagen, vandaagOp } from '../shared/datum'
import { seedRegister, systeemId } from './register'
import { seedMandaten } from './mandaten'

const A = BESTUUR_A.bestuursnummer
const B = BESTUUR_B.bestuursnummer

export async function seedOsrDemo(platform: SectionPlatform<OsrTables>): Promise<void> {
  const { db, clock } = platform
  const vandaag = vandaagOp(clock.now())
  const tijd = (dagen: number, uur = '10:00') => `${plusDagen(vandaag, dagen)}T${uur}:00.000Z`
  const beheerderA = { id: demoPersoonId('beheerder-po'), naam: 'Anouk Jansen' }
  const beheerderB = { id: demoPersoonId('beheerder-po-b'), naam: 'Tom van Leeuwen' }
  const kennisnet = { id: demoPersoonId('osr-beheerder'), naam: 'Joost van Dam' }

  await inTransaction(db, async (trx) => {
    await seedRegister(trx, vandaag)

    const aanvraagA = demoId('osr:aanvraag:a')
    const aanvraagB = demoId('osr:aanvraag:b-afgewezen')
    await trx
      .insertInto('osr_overeenkomst_aanvraag')
      .values([
        {
          id: aanvraagA,
          referentie: `OSR-${plusDagen(vandaag, -1500).slice(0, 4)}-${aanvraagA.slice(0, 8).toUpperCase()}`,
          bestuursnummer: A,
          status: 'getekend',
          aangevraagd_door_persoon_id: beheerderA.id,
          aangevraagd_door_naam: beheerderA.naam,
          aangevraagd_op: tijd(-1500),
          ondertekenaar_naam: 'drs. M. (Marieke) van Straaten',
          ondertekenaar_functie: 'Voorzitter college van bestuur',
          ondertekenaar_email: 'm.vanstraaten@delinde.example.nl',
          toelichting: null,
          behandeld_door_persoon_id: kennisnet.id,
          behandeld_door_naam: kennisnet.naam,
          behandeld_op: tijd(-1488, '15:30'),
          reden_afwijzing: null,
        },
        {
          id: aanvraagB,
          referentie: `OSR-${plusDagen(vandaag, -200).slice(0, 4)}-${aanvraagB.slice(0, 8).toUpperCase()}`,
          bestuursnummer: B,
          status: 'afgewezen',
          aangevraagd_door_persoon_id: beheerderB.id,
          aangevraagd_door_naam: beheerderB.naam,
          aangevraagd_op: tijd(-200),
          ondertekenaar_naam: 'P. de Wit',
          ondertekenaar_functie: 'Stafmedewerker ICT',
          ondertekenaar_email: 'p.dewit@hetanker.example.nl',
          toelichting: 'Graag zo snel mogelijk, onze leverancier wacht op het mandaat.',
          behandeld_door_persoon_id: kennisnet.id,
          behandeld_door_naam: kennisnet.naam,
          behandeld_op: tijd(-195, '11:15'),
          reden_afwijzing:
            'De opgegeven ondertekenaar is volgens het Handelsregister niet bevoegd om namens de stichting te tekenen. Vraag de overeenkomst opnieuw aan met een bevoegde bestuurder.',
        },
      ])
      .onConflict((oc) => oc.column('id').doNothing())
      .execute()
    await trx
      .insertInto('osr_overeenkomst')
      .values({
        bestuursnummer: A,
        getekend_op: plusDagen(vandaag, -1490),
        ondertekenaar_naam: 'drs. M. (Marieke) van Straaten',
        ondertekenaar_functie: 'Voorzitter college van bestuur',
        vastgelegd_door_persoon_id: kennisnet.id,
        vastgelegd_door_naam: kennisnet.naam,
        vastgelegd_op: tijd(-1488, '15:30'),
        aanvraag_id: aanvraagA,
      })
      .onConflict((oc) => oc.column('bestuursnummer').doNothing())
      .execute()

    for (const [instellingscode, systeem] of [
      ['12AB', 'leerlingplan'],
      ['34CD', 'wise-las'],
    ] as const)
      await trx
        .insertInto('osr_school')
        .values({
          instellingscode,
          bestuursnummer: A,
          systeem_id: systeemId(systeem),
          gewijzigd_op: tijd(-420),
          gewijzigd_door_naam: 'Iris Dekker',
        })
        .onConflict((oc) => oc.column('instellingscode').doNothing())
        .execute()

    await seedMandaten(trx, vandaag)
  })
}
