/**
 * The diensten's question "may system S exchange messages for school X in dienst D on day T?",
 * and a school's mandaten in one dienst. Answers hold no personal data: no names of who gave a
 * mandaat, only schools, systems, diensten and dates.
 */
import type { Label, SectionPlatform } from '@duo/server-kit'
import { DIENST_DEFINITIES, type Dienst } from '../shared/diensten'
import type { MandaatStatus, OsrTables } from '../tables'
import { statusOp } from '../mandaten/store'

export type RedenCode =
  | 'mandaat-actief'
  | 'geen-mandaat'
  | 'mandaat-nog-niet-geldig'
  | 'mandaat-beeindigd'
  | 'mandaat-ingetrokken'
  | 'systeem-niet-toegelaten'
  | 'geen-overeenkomst'
  | 'onbekende-school'

export interface Antwoord {
  toegestaan: boolean
  vraag: { systeem: string; school: string; dienst: Dienst; datum: string }
  reden: Label & { code: RedenCode }
  mandaat: { id: string; startdatum: string; einddatum: string | null } | null
}

const datumNl = (d: string) => d.split('-').reverse().join('-')

function reden(code: RedenCode, dienst: Dienst, datum: string): Antwoord['reden'] {
  const d = DIENST_DEFINITIES[dienst].naam
  const op = datumNl(datum)
  const teksten: Record<RedenCode, [string, string]> = {
    'mandaat-actief': [
      `De school heeft dit systeem op ${op} een mandaat gegeven voor ${d.nl}.`,
      `The school has given this system a mandaat for ${d.en} on ${op}.`,
    ],
    'geen-mandaat': [
      `De school heeft dit systeem geen mandaat gegeven voor ${d.nl}.`,
      `The school has not given this system a mandaat for ${d.en}.`,
    ],
    'mandaat-nog-niet-geldig': [
      `Het mandaat voor ${d.nl} gaat pas na ${op} in.`,
      `The mandaat for ${d.en} only starts after ${op}.`,
    ],
    'mandaat-beeindigd': [
      `Het mandaat voor ${d.nl} was op ${op} beëindigd.`,
      `The mandaat for ${d.en} had ended by ${op}.`,
    ],
    'mandaat-ingetrokken': [
      `De school heeft het mandaat voor ${d.nl} ingetrokken.`,
      `The school has revoked the mandaat for ${d.en}.`,
    ],
    'systeem-niet-toegelaten': [
      'Dit systeem is niet (meer) toegelaten in het register.',
      'This system is not (or no longer) admitted to the register.',
    ],
    'geen-overeenkomst': [
      'Het bestuur van deze school heeft geen overeenkomst OSR.',
      "This school's board has no overeenkomst OSR (register agreement).",
    ],
    'onbekende-school': ['Deze school is onbekend.', 'This school is unknown.'],
  }
  const [nl, en] = teksten[code]
  return { code, nl, en }
}

// When no mandaat counts on the day, the reason names the closest one.
const VOORRANG: Record<Exclude<MandaatStatus, 'actief'>, RedenCode> = {
  ingetrokken: 'mandaat-ingetrokken',
  toekomstig: 'mandaat-nog-niet-geldig',
  beeindigd: 'mandaat-beeindigd',
}

export function dienstVragen(platform: SectionPlatform<OsrTables>) {
  const { db, organisaties } = platform

  /** The school's bestuur; null when the school is unknown. */
  async function bestuurVan(school: string) {
    const bestuur = await organisaties.bestuurVanSchool(school)
    return bestuur
  }

  return {
    async magUitwisselen(vraag: Antwoord['vraag']): Promise<Antwoord> {
      const antwoord = (code: RedenCode, mandaat: Antwoord['mandaat'] = null): Antwoord => ({
        toegestaan: code === 'mandaat-actief',
        vraag,
        reden: reden(code, vraag.dienst, vraag.datum),
        mandaat,
      })
      const bestuur = await bestuurVan(vraag.school)
      if (!bestuur) return antwoord('onbekende-school')
      if (!bestuur.osrOvereenkomstGetekend) return antwoord('geen-overeenkomst')
      const systeem = await db
        .selectFrom('osr_systeem')
        .select('status')
        .where('id', '=', vraag.systeem)
        .executeTakeFirst()
      if (systeem?.status !== 'goedgekeurd') return antwoord('systeem-niet-toegelaten')
      const rows = await db
        .selectFrom('osr_mandaat')
        .select(['id', 'startdatum', 'einddatum', 'ingetrokken_op'])
        .where('instellingscode', '=', vraag.school)
        .where('dienst', '=', vraag.dienst)
        .where('systeem_id', '=', vraag.systeem)
        // A mandaat given while the school belonged to another bestuur does not count.
        .where('bestuursnummer', '=', bestuur.bestuursnummer)
        .orderBy('startdatum', 'desc')
        .execute()
      const metStatus = rows.map((r) => ({ r, status: statusOp(r, vraag.datum) }))
      const actief = metStatus.find((x) => x.status === 'actief')
      if (actief)
        return antwoord('mandaat-actief', {
          id: actief.r.id,
          startdatum: actief.r.startdatum,
          einddatum: actief.r.einddatum,
        })
      for (const status of ['ingetrokken', 'toekomstig', 'beeindigd'] as const) {
        const x = metStatus.find((y) => y.status === status)
        if (x)
          return antwoord(VOORRANG[status], {
            id: x.r.id,
            startdatum: x.r.startdatum,
            einddatum: x.r.einddatum,
          })
      }
      return antwoord('geen-mandaat')
    },

    /** The school's mandaten in the dienst, with their state on the day; null: unknown school. */
    async mandatenVan(school: string, dienst: Dienst, datum: string) {
      const bestuur = await bestuurVan(school)
      if (!bestuur) return null
      const rows = await db
        .selectFrom('osr_mandaat as m')
        .innerJoin('osr_systeem as s', 's.id', 'm.systeem_id')
        .innerJoin('osr_leverancier as l', 'l.id', 's.leverancier_id')
        .select([
          'm.id',
          'm.startdatum',
          'm.einddatum',
          'm.ingetrokken_op',
          's.id as systeem_id',
          's.naam as systeem_naam',
          's.status as systeem_status',
          'l.naam as leverancier_naam',
        ])
        .where('m.instellingscode', '=', school)
        .where('m.dienst', '=', dienst)
        .where('m.bestuursnummer', '=', bestuur.bestuursnummer)
        .orderBy('m.startdatum', 'desc')
        .orderBy('m.id')
        .execute()
      return {
        school,
        dienst,
        datum,
        overeenkomst: bestuur.osrOvereenkomstGetekend,
        mandaten: rows.map((r) => ({
          id: r.id,
          systeem: {
            id: r.systeem_id,
            naam: r.systeem_naam,
            leverancier: r.leverancier_naam,
            toegelaten: r.systeem_status === 'goedgekeurd',
          },
          startdatum: r.startdatum,
          einddatum: r.einddatum,
          ingetrokkenOp: r.ingetrokken_op,
          status: statusOp(r, datum),
        })),
      }
    },
  }
}
