/**
 * Demo registers for bestuur A and B, written through the same path as a person's change (so
 * every rule holds), with fixed ids (`demoId`) and the moments of the story. Idempotent: a
 * bestuur that already has a register is left alone; each bestuur's story is one transaction.
 */
import { inTransaction, type SectionPlatform } from '@duo/server-kit'
import { BESTUUR_A, BESTUUR_B, demoId, demoPersoonId } from '@duo/server-kit/demo'
import { wijzigingSchema } from '../domein/mutaties'
import type { RioTables } from '../tables'
import { voerWijzigingDoor } from '../wijzigingen/verwerk'
import { ERKENNINGEN, VERHAAL_A, VERHAAL_B, type DemoWijziging } from './verhaal'

const VERHALEN = [
  {
    bestuur: BESTUUR_A,
    sleutel: 'A',
    verhaal: VERHAAL_A,
    persona: 'beheerder-po',
    naam: 'Anouk Jansen',
  },
  {
    bestuur: BESTUUR_B,
    sleutel: 'B',
    verhaal: VERHAAL_B,
    persona: 'beheerder-po-b',
    naam: 'Tom van Leeuwen',
  },
] as const

export async function seedRioDemo(platform: SectionPlatform<RioTables>): Promise<void> {
  const { db, organisaties } = platform
  for (const v of VERHALEN) {
    for (const e of ERKENNINGEN.filter((x) => x.bestuur === v.sleutel))
      await db
        .insertInto('rio_erkenning')
        .values({
          erkenningscode: e.erkenningscode,
          bestuursnummer: v.bestuur.bestuursnummer,
          naam: e.naam,
          begindatum: e.begindatum,
          einddatum: null,
        })
        .onConflict((oc) => oc.column('erkenningscode').doNothing())
        .execute()
    const bestaat = await db
      .selectFrom('rio_register')
      .select('volgnummer')
      .where('bestuursnummer', '=', v.bestuur.bestuursnummer)
      .executeTakeFirst()
    const tree = await organisaties.bestuur(v.bestuur.bestuursnummer)
    if (bestaat || !tree) continue
    await inTransaction(db, (trx) => vertel({ ...platform, db: trx }, tree, v))
  }
}

async function vertel(
  platform: SectionPlatform<RioTables>,
  tree: NonNullable<Awaited<ReturnType<SectionPlatform['organisaties']['bestuur']>>>,
  v: (typeof VERHALEN)[number],
) {
  let n = 0
  const ids = () => demoId(`rio:${v.bestuur.bestuursnummer}:${n++}`)
  const codes = new Map<string, string>()
  for (const stap of v.verhaal as readonly DemoWijziging[]) {
    // `@x` names an object registered earlier in the story under sleutel `nieuw-x`.
    const mutaties = stap.wijziging.mutaties.map((m) =>
      'code' in m && typeof m.code === 'string' && m.code.startsWith('@')
        ? { ...m, code: codes.get(`nieuw-${m.code.slice(1)}`) ?? m.code }
        : m,
    )
    const wijziging = wijzigingSchema.parse({ ...stap.wijziging, mutaties })
    const r = await voerWijzigingDoor(platform, tree, wijziging, {
      auth: null,
      naam: v.naam,
      bron: 'demo',
      demo: { ids, persoonId: demoPersoonId(v.persona) ?? null, op: stap.op },
    })
    for (const c of r.codes) if (c.sleutel) codes.set(c.sleutel, c.code)
  }
}
