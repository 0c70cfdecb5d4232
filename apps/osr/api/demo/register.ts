/**
 * Demo suppliers and their systems: three admitted LAS systems (LeerlingPlan, Wise LAS, BDS
 * Admin), one waiting for its qualification test, and the endpoint history of one of them.
 * Fictitious companies; fixed ids, so a second run adds nothing.
 */
import { demoId } from '@duo/server-kit/demo'
import type { Dienst } from '../shared/diensten'
import type { OsrDb } from '../tables'
import { plusDagen } from '../shared/datum'

const LEVERANCIERS = [
  {
    key: 'leerling-online',
    naam: 'Leerling Online B.V.',
    kvk: '60012345',
    clientId: 'leverancier-leerling-online',
  },
  {
    key: 'schoolwise',
    naam: 'Schoolwise B.V.',
    kvk: '60023456',
    clientId: 'leverancier-schoolwise',
  },
  {
    key: 'bds',
    naam: 'Basis Data Systemen B.V.',
    kvk: '60034567',
    clientId: 'leverancier-bds',
  },
  {
    key: 'klasweb',
    naam: 'Klasweb Software B.V.',
    kvk: '60045678',
    clientId: 'leverancier-klasweb',
  },
] as const

const ALLE: Dienst[] = ['rod-po', 'verzuim', 'rio', 'doorstroomtoets', 'oso']

export const SYSTEMEN = [
  {
    key: 'leerlingplan',
    leverancier: 'leerling-online',
    naam: 'LeerlingPlan',
    endpoints: ['https://osr.leerlingplan.example/berichten'],
    diensten: ALLE,
    status: 'goedgekeurd',
    aangemeld: -1200,
  },
  {
    key: 'wise-las',
    leverancier: 'schoolwise',
    naam: 'Wise LAS',
    endpoints: ['https://wise-las.example/osr', 'https://api.wise-las.example/osr/v2'],
    diensten: ['rod-po', 'verzuim', 'rio', 'doorstroomtoets'],
    status: 'goedgekeurd',
    aangemeld: -1000,
  },
  {
    key: 'bds-admin',
    leverancier: 'bds',
    naam: 'BDS Admin',
    endpoints: ['https://koppeling.bds-admin.example/osr'],
    diensten: ['rod-po', 'rio', 'doorstroomtoets', 'oso'],
    status: 'goedgekeurd',
    aangemeld: -1500,
  },
  {
    key: 'klasweb',
    leverancier: 'klasweb',
    naam: 'Klasweb',
    endpoints: ['https://osr.klasweb.example/inbox'],
    diensten: ['rod-po', 'verzuim', 'oso'],
    status: 'aangemeld',
    aangemeld: -6,
  },
] as const

export const systeemId = (key: (typeof SYSTEMEN)[number]['key']) => demoId(`osr:systeem:${key}`)

/** Inserts the suppliers and systems where missing, with dates relative to `vandaag`. */
export async function seedRegister(trx: OsrDb, vandaag: string) {
  for (const l of LEVERANCIERS)
    await trx
      .insertInto('osr_leverancier')
      .values({
        id: demoId(`osr:leverancier:${l.key}`),
        naam: l.naam,
        kvk: l.kvk,
        client_id: l.clientId,
        created_at: `${plusDagen(vandaag, -1600)}T09:00:00.000Z`,
      })
      .onConflict((oc) => oc.doNothing())
      .execute()

  for (const s of SYSTEMEN) {
    const id = systeemId(s.key)
    const bestaat = await trx
      .selectFrom('osr_systeem')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst()
    if (bestaat) continue
    const leverancier = LEVERANCIERS.find((l) => l.key === s.leverancier)!
    const aangemeldOp = `${plusDagen(vandaag, s.aangemeld)}T10:00:00.000Z`
    const goed = s.status === 'goedgekeurd'
    await trx
      .insertInto('osr_systeem')
      .values({
        id,
        leverancier_id: demoId(`osr:leverancier:${s.leverancier}`),
        naam: s.naam,
        endpoint: s.endpoints[s.endpoints.length - 1]!,
        status: s.status,
        aangemeld_op: aangemeldOp,
        kwalificatie_op: goed ? plusDagen(vandaag, s.aangemeld + 21) : null,
        beoordeeld_door_naam: goed ? 'Joost van Dam' : null,
        beoordeeld_op: goed ? `${plusDagen(vandaag, s.aangemeld + 22)}T14:00:00.000Z` : null,
        reden_afwijzing: null,
      })
      .execute()
    await trx
      .insertInto('osr_systeem_dienst')
      .values(s.diensten.map((dienst) => ({ systeem_id: id, dienst })))
      .execute()
    // Each endpoint a year after the previous one.
    for (const [i, endpoint] of s.endpoints.entries())
      await trx
        .insertInto('osr_systeem_endpoint')
        .values({
          id: demoId(`osr:endpoint:${s.key}:${i}`),
          systeem_id: id,
          endpoint,
          vanaf:
            i === 0 ? aangemeldOp : `${plusDagen(vandaag, s.aangemeld + 365 * i)}T08:00:00.000Z`,
          gewijzigd_door: leverancier.clientId,
        })
        .execute()
  }
}
