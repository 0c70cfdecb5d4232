/**
 * ROD's demo data: a generated register for every school of bestuur A (De Linde: 12AB, 34CD)
 * and B (Het Anker: 56EF) over schooljaren 2021-22 to 2023-24, so both schooladvies regimes
 * show, and verzoeken handmatige mutatie in every state. Pseudonymous (generated names and
 * PGNs), deterministic (seeded by the bestuur), idempotent: it does nothing when the register
 * is already there.
 */
import { inTransaction, type SectionPlatform } from '@duo/server-kit'
import { BESTUUR_A, BESTUUR_B, demoId } from '@duo/server-kit/demo'
import type { RodTables } from '../tables'
import { genereerRegister, type DemoSchool, type Rijen } from './register'
import { slaOp } from './opslaan'
import { demoVerzoeken } from './verzoeken'

/** The schooljaren of the demo register: before and from the new advies rules of 2023-24. */
const DEMO_SCHOOLJAREN = ['2021-2022', '2022-2023', '2023-2024'] as const

const PER_LEERJAAR: Record<string, number> = {
  [BESTUUR_A.bestuursnummer]: 36,
  [BESTUUR_B.bestuursnummer]: 30,
}

/** The id of the first generated pupil of a bestuur: present means "already seeded". */
const eersteLeerlingId = (bestuursnummer: string) => demoId(`rod:${bestuursnummer}:leerling:1`)

export async function seedRodDemo(platform: SectionPlatform<RodTables>): Promise<void> {
  const { db, organisaties } = platform
  const uitgegeven = new Set<string>()
  const rijen: Rijen[] = []
  for (const nummer of [BESTUUR_A.bestuursnummer, BESTUUR_B.bestuursnummer]) {
    const bestaat = await db
      .selectFrom('rod_leerling')
      .select('id')
      .where('id', '=', eersteLeerlingId(nummer))
      .executeTakeFirst()
    const bestuur = await organisaties.bestuur(nummer)
    if (bestaat || !bestuur) continue
    const scholen: DemoSchool[] = bestuur.scholen.map((s) => ({
      bestuursnummer: nummer,
      instellingscode: s.instellingscode,
      vestigingscodes: s.vestigingscodes.length ? s.vestigingscodes : [`${s.instellingscode}00`],
    }))
    rijen.push(
      genereerRegister(
        scholen,
        {
          sleutel: `rod:${nummer}`,
          schooljaren: DEMO_SCHOOLJAREN,
          perLeerjaar: PER_LEERJAAR[nummer] ?? 30,
          idVan: demoId,
        },
        uitgegeven,
      ),
    )
  }
  if (!rijen.length) return
  await inTransaction(db, async (trx) => {
    for (const r of rijen) {
      await demoVerzoeken(platform, r)
      await slaOp(trx, r)
    }
  })
}
