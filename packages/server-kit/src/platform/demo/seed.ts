/**
 * Demo data: two besturen, their schools, the demo personas with eHerkenning identities and
 * grants, two legacy accounts and two DUO staff. Idempotent: rows have fixed ids derived from
 * their meaning, and existing rows are left alone, so running it at every start is safe.
 */
import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import { inTransaction } from '../../db/dialect'
import type { Database } from '../db/schema'
import { hashPassword } from '../auth/password'
import {
  BESTUUR_A,
  BESTUUR_B,
  DEMO_LEGACY_ACCOUNTS,
  DEMO_PERSONAS,
  type DemoGrant,
  type DuoPersona,
  type EherkenningPersona,
} from './personas'

export * from './personas'

const SEED_AT = '2022-01-03T08:00:00.000Z'
const LEGACY_CREATED_AT = '2019-09-02T08:00:00.000Z'

/** A fixed UUID-shaped id for a demo row, so a second seed finds the first one's rows. */
export function demoId(key: string): string {
  const h = createHash('sha256').update(`duo-demo:${key}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
}

const persoonIdOf = (p: EherkenningPersona) => demoId(`persoon:${p.kvk}:${p.pseudonym}`)
const duoPersoonIdOf = (p: DuoPersona) => demoId(`persoon:duo:${p.subject}`)

const BESTUREN = [
  { ...BESTUUR_A, naam: 'Stichting Openbaar Onderwijs De Linde', osr: 1 as const },
  { ...BESTUUR_B, naam: 'Stichting Katholiek Onderwijs Het Anker', osr: 0 as const },
]

const SCHOLEN = [
  {
    instellingscode: '12AB',
    bestuursnummer: BESTUUR_A.bestuursnummer,
    naam: 'OBS De Regenboog',
    onderwijsaanbiedercode: '101A001',
  },
  {
    instellingscode: '34CD',
    bestuursnummer: BESTUUR_A.bestuursnummer,
    naam: 'OBS Het Kompas',
    onderwijsaanbiedercode: '101A002',
  },
  {
    instellingscode: '56EF',
    bestuursnummer: BESTUUR_B.bestuursnummer,
    naam: 'RKBS De Vlinder',
    onderwijsaanbiedercode: '102A003',
  },
]

const VESTIGINGEN = [
  { vestigingscode: '12AB00', instellingscode: '12AB', naam: 'OBS De Regenboog', plaats: 'Zeist' },
  { vestigingscode: '34CD00', instellingscode: '34CD', naam: 'OBS Het Kompas', plaats: 'Zeist' },
  {
    vestigingscode: '34CD01',
    instellingscode: '34CD',
    naam: 'OBS Het Kompas, locatie Bunnik',
    plaats: 'Bunnik',
  },
  {
    vestigingscode: '56EF00',
    instellingscode: '56EF',
    naam: 'RKBS De Vlinder',
    plaats: 'Amersfoort',
  },
]

const BEHEERDER_ROLLEN = new Set(['beheerder-po', 'beheerder-bekostiging-opleidingen'])
const AUTOMATISCH = new Set(['beheerder-rio-algemeen', 'beheerder-rio-selfservice'])
const BEKOSTIGING_ROLLEN = new Set([
  'medewerker-bekostiging',
  'medewerker-opleidingen',
  'raadpleger-zaakdossier',
  'medewerker-verantwoording',
])

const eherkenning = DEMO_PERSONAS.filter((p): p is EherkenningPersona => p.kind === 'eherkenning')
const duo = DEMO_PERSONAS.filter((p): p is DuoPersona => p.kind === 'duo')

/** Who granted a demo role, as the domain would have it (null: automatic). */
function granterOf(g: DemoGrant): string | null {
  const byId = (id: string) => {
    const p = DEMO_PERSONAS.find((x) => x.id === id)
    if (!p) return null
    return p.kind === 'duo' ? duoPersoonIdOf(p) : persoonIdOf(p)
  }
  if (BEHEERDER_ROLLEN.has(g.role)) return byId('servicedesk')
  if (AUTOMATISCH.has(g.role)) return null
  if (g.bestuursnummer === BESTUUR_B.bestuursnummer)
    return BEKOSTIGING_ROLLEN.has(g.role) ? null : byId('beheerder-po-b')
  return byId(BEKOSTIGING_ROLLEN.has(g.role) ? 'beheerder-bekostiging' : 'beheerder-po')
}

/**
 * Inserts the demo data where missing. Returns how many rows it added (0 on a second run).
 *
 * @example
 * if (config.demo) await seedDemo(db)
 */
export async function seedDemo(db: Kysely<Database>): Promise<{ inserted: number }> {
  // Hash outside the transaction: slow on purpose, and only for accounts not there yet.
  const hashes = new Map<string, string>()
  for (const acc of Object.values(DEMO_LEGACY_ACCOUNTS)) {
    const exists = await db
      .selectFrom('legacy_account')
      .select('id')
      .where('gebruikersnaam', '=', acc.gebruikersnaam)
      .executeTakeFirst()
    if (!exists) hashes.set(acc.gebruikersnaam, await hashPassword(acc.password))
  }

  return inTransaction(
    db,
    async (trx) => {
      let inserted = 0
      const count = (r: { numInsertedOrUpdatedRows?: bigint | undefined }) => {
        inserted += Number(r.numInsertedOrUpdatedRows ?? 0)
      }

      for (const b of BESTUREN) {
        count(
          await trx
            .insertInto('bestuur')
            .values({
              bestuursnummer: b.bestuursnummer,
              kvk: b.kvk,
              onderwijsbestuurcode: b.onderwijsbestuurcode,
              naam: b.naam,
              osr_overeenkomst_getekend: b.osr,
              created_at: SEED_AT,
            })
            .onConflict((oc) => oc.column('bestuursnummer').doNothing())
            .executeTakeFirst(),
        )
      }
      for (const s of SCHOLEN) {
        count(
          await trx
            .insertInto('school')
            .values(s)
            .onConflict((oc) => oc.column('instellingscode').doNothing())
            .executeTakeFirst(),
        )
      }
      for (const v of VESTIGINGEN) {
        count(
          await trx
            .insertInto('vestiging')
            .values(v)
            .onConflict((oc) => oc.column('vestigingscode').doNothing())
            .executeTakeFirst(),
        )
      }

      const persoon = async (id: string, naam: string) =>
        count(
          await trx
            .insertInto('persoon')
            .values({ id, naam, email: null, created_at: SEED_AT })
            .onConflict((oc) => oc.column('id').doNothing())
            .executeTakeFirst(),
        )

      // DUO staff first: they granted the beheerder roles.
      for (const p of duo) {
        const persoonId = duoPersoonIdOf(p)
        await persoon(persoonId, p.naam)
        count(
          await trx
            .insertInto('duo_medewerker')
            .values({
              id: demoId(`duo:${p.subject}`),
              persoon_id: persoonId,
              subject: p.subject,
              rol: p.rol,
            })
            .onConflict((oc) => oc.column('subject').doNothing())
            .executeTakeFirst(),
        )
      }

      for (const p of eherkenning.filter((x) => x.seedIdentity)) {
        const persoonId = persoonIdOf(p)
        await persoon(persoonId, p.naam)
        count(
          await trx
            .insertInto('eherkenning_identiteit')
            .values({
              id: demoId(`identiteit:${p.kvk}:${p.pseudonym}`),
              persoon_id: persoonId,
              legal_subject_kvk: p.kvk,
              acting_subject_id: p.pseudonym,
              intermediair_kvk: p.intermediairKvk,
              first_seen_at: SEED_AT,
              last_seen_at: SEED_AT,
            })
            .onConflict((oc) => oc.columns(['legal_subject_kvk', 'acting_subject_id']).doNothing())
            .executeTakeFirst(),
        )
      }

      for (const p of eherkenning.filter((x) => x.seedIdentity)) {
        for (const g of p.grants) {
          count(
            await trx
              .insertInto('rol_toekenning')
              .values({
                id: demoId(`toekenning:${persoonIdOf(p)}:${g.role}:${g.kenmerk}`),
                persoon_id: persoonIdOf(p),
                bestuursnummer: g.bestuursnummer,
                rol: g.role,
                kenmerk: g.kenmerk,
                geldig_vanaf: null,
                geldig_tot: null,
                toegekend_door: granterOf(g),
                toegekend_op: SEED_AT,
                ingetrokken_op: null,
                ingetrokken_door: null,
              })
              .onConflict((oc) => oc.column('id').doNothing())
              .executeTakeFirst(),
          )
        }
      }

      const tokenPersona = eherkenning.find((p) => p.id === DEMO_LEGACY_ACCOUNTS.pbakker.persona)!
      const legacy = [
        {
          gebruikersnaam: DEMO_LEGACY_ACCOUNTS.jdevries.gebruikersnaam,
          soort: 'helpdesk-wachtwoord' as const,
          totp_secret: null,
          naam: 'Jan de Vries',
          gekoppeld: null,
        },
        {
          gebruikersnaam: DEMO_LEGACY_ACCOUNTS.pbakker.gebruikersnaam,
          soort: 'mijn-duo-token' as const,
          totp_secret: DEMO_LEGACY_ACCOUNTS.pbakker.totpSecret,
          naam: tokenPersona.naam,
          gekoppeld: persoonIdOf(tokenPersona),
        },
      ]
      for (const acc of legacy) {
        const hash = hashes.get(acc.gebruikersnaam)
        if (!hash) continue
        count(
          await trx
            .insertInto('legacy_account')
            .values({
              id: demoId(`legacy:${acc.gebruikersnaam}`),
              soort: acc.soort,
              gebruikersnaam: acc.gebruikersnaam,
              password_hash: hash,
              totp_secret: acc.totp_secret,
              totp_laatste_stap: null,
              bestuursnummer: BESTUUR_A.bestuursnummer,
              naam: acc.naam,
              failed_attempts: 0,
              locked_until: null,
              gekoppeld_aan_persoon_id: acc.gekoppeld,
              gekoppeld_op: acc.gekoppeld ? SEED_AT : null,
              // Existing users: their accounts date from before eHerkenning became mandatory.
              created_at: LEGACY_CREATED_AT,
            })
            .onConflict((oc) => oc.column('gebruikersnaam').doNothing())
            .executeTakeFirst(),
        )
      }
      return { inserted }
      // Database work only: a BFF that starts while PostgreSQL is briefly away seeds again.
    },
    { herhaalbaar: true },
  )
}

/** The persoon id the seed gives an eHerkenning persona (null for DUO staff / unseeded ones). */
export function demoPersoonId(personaId: string): string | null {
  const p = DEMO_PERSONAS.find((x) => x.id === personaId)
  if (!p) return null
  if (p.kind === 'duo') return duoPersoonIdOf(p)
  return p.seedIdentity ? persoonIdOf(p) : null
}
