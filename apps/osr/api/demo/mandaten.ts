/**
 * Demo mandaten of De Linde. OBS De Regenboog (12AB) moved from BDS Admin to LeerlingPlan
 * (the old ROD PO mandaat ended, the new ones run; its OSO mandaat was revoked). OBS Het Kompas
 * (34CD) moves from Wise LAS to LeerlingPlan next month (ending and future ROD PO mandaat), has a
 * future Doorstroomtoets mandaat only, and no RIO mandaat since its old one ended: two warnings.
 */
import { BESTUUR_A, demoId, demoPersoonId } from '@duo/server-kit/demo'
import type { Dienst } from '../shared/diensten'
import type { GebeurtenisSoort, OsrDb } from '../tables'
import { plusDagen } from '../shared/datum'
import { systeemId } from './register'

type SysteemKey = Parameters<typeof systeemId>[0]

interface DemoMandaat {
  key: string
  school: string
  dienst: Dienst
  systeem: SysteemKey
  start: number
  einde?: number
  ingetrokken?: number
}

const MANDATEN: DemoMandaat[] = [
  {
    key: '12ab-rod-bds',
    school: '12AB',
    dienst: 'rod-po',
    systeem: 'bds-admin',
    start: -900,
    einde: -401,
  },
  { key: '12ab-rod', school: '12AB', dienst: 'rod-po', systeem: 'leerlingplan', start: -400 },
  { key: '12ab-verzuim', school: '12AB', dienst: 'verzuim', systeem: 'leerlingplan', start: -400 },
  { key: '12ab-rio', school: '12AB', dienst: 'rio', systeem: 'leerlingplan', start: -330 },
  {
    key: '12ab-dt',
    school: '12AB',
    dienst: 'doorstroomtoets',
    systeem: 'leerlingplan',
    start: -400,
  },
  {
    key: '12ab-oso',
    school: '12AB',
    dienst: 'oso',
    systeem: 'leerlingplan',
    start: -200,
    ingetrokken: -100,
  },
  {
    key: '34cd-rod',
    school: '34CD',
    dienst: 'rod-po',
    systeem: 'wise-las',
    start: -700,
    einde: 20,
  },
  { key: '34cd-rod-nieuw', school: '34CD', dienst: 'rod-po', systeem: 'leerlingplan', start: 21 },
  { key: '34cd-verzuim', school: '34CD', dienst: 'verzuim', systeem: 'wise-las', start: -700 },
  { key: '34cd-dt', school: '34CD', dienst: 'doorstroomtoets', systeem: 'wise-las', start: 10 },
  {
    key: '34cd-rio-bds',
    school: '34CD',
    dienst: 'rio',
    systeem: 'bds-admin',
    start: -900,
    einde: -30,
  },
]

export async function seedMandaten(trx: OsrDb, vandaag: string) {
  const door = { persoonId: demoPersoonId('osr'), naam: 'Iris Dekker' }
  const tijd = (dagen: number) => `${plusDagen(vandaag, dagen)}T09:30:00.000Z`
  for (const m of MANDATEN) {
    const id = demoId(`osr:mandaat:${m.key}`)
    const bestaat = await trx
      .selectFrom('osr_mandaat')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst()
    if (bestaat) continue
    // Given two weeks before it starts (a future one: three days ago).
    const gegeven = m.start > 0 ? -3 : m.start - 14
    await trx
      .insertInto('osr_mandaat')
      .values({
        id,
        bestuursnummer: BESTUUR_A.bestuursnummer,
        instellingscode: m.school,
        dienst: m.dienst,
        systeem_id: systeemId(m.systeem),
        startdatum: plusDagen(vandaag, m.start),
        einddatum: m.einde === undefined ? null : plusDagen(vandaag, m.einde),
        ingetrokken_op: m.ingetrokken === undefined ? null : tijd(m.ingetrokken),
        gegeven_op: tijd(gegeven),
        gegeven_door_persoon_id: door.persoonId,
        gegeven_door_naam: door.naam,
        gekopieerd_van: null,
      })
      .execute()
    const historie: Array<{ soort: GebeurtenisSoort; op: number; einddatum: string | null }> = [
      { soort: 'gegeven', op: gegeven, einddatum: null },
    ]
    if (m.einde !== undefined)
      historie.push({
        soort: 'einddatum-gewijzigd',
        op: Math.max(gegeven + 1, Math.min(m.einde - 30, -1)),
        einddatum: plusDagen(vandaag, m.einde),
      })
    if (m.ingetrokken !== undefined)
      historie.push({ soort: 'ingetrokken', op: m.ingetrokken, einddatum: null })
    for (const [i, g] of historie.entries())
      await trx
        .insertInto('osr_mandaat_gebeurtenis')
        .values({
          id: demoId(`osr:gebeurtenis:${m.key}:${i}`),
          mandaat_id: id,
          soort: g.soort,
          op: tijd(g.op),
          door_persoon_id: door.persoonId,
          door_naam: door.naam,
          einddatum: g.einddatum,
          van_mandaat_id: null,
        })
        .execute()
  }
}
