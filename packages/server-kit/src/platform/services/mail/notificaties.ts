/**
 * E-mail notifications for portal users, for every section: `platform.notificaties.stuur(…)`
 * writes one outbox row per person who wants it, in the caller's transaction. Who wants it: a
 * person with an e-mail address whose notifications (of this kind) are on. The mail says what
 * happened and links to the portal; what it is about stays behind the login.
 */
import type { Kysely } from 'kysely'
import { dutchDate } from '@duo/authz'
import type { Clock } from '../../../clock'
import type { Notificatie, NotificatieOntvanger, NotificatieService } from '../../../services'
import type { Database } from '../../db/schema'
import { zetInOutbox, type NieuweMail } from './outbox'
import { zorgVoorVoorkeur } from './voorkeuren'

export interface MailConfig {
  /** The portal's public origin, for the links in mails (`DUO_PUBLIC_URL`). */
  portaalUrl: string
}

interface Ontvanger {
  id: string
  naam: string
  email: string
}

async function ontvangers(
  db: Kysely<Database>,
  wie: NotificatieOntvanger,
  soort: string,
  vandaag: string,
): Promise<Ontvanger[]> {
  let ids: string[]
  if ('persoonId' in wie) ids = [wie.persoonId]
  else {
    let grants = db
      .selectFrom('rol_toekenning')
      .select('persoon_id')
      .where('bestuursnummer', '=', wie.bestuursnummer)
      .where('ingetrokken_op', 'is', null)
      .where((eb) => eb.or([eb('geldig_vanaf', 'is', null), eb('geldig_vanaf', '<=', vandaag)]))
      .where((eb) => eb.or([eb('geldig_tot', 'is', null), eb('geldig_tot', '>=', vandaag)]))
    if (wie.rol) grants = grants.where('rol', '=', wie.rol)
    ids = (await grants.execute()).map((r) => r.persoon_id)
    if (!wie.rol) {
      // Everyone of the bestuur: also who logs in for it without a role of their own.
      const logins = await db
        .selectFrom('eherkenning_identiteit as i')
        .innerJoin('bestuur as b', 'b.kvk', 'i.legal_subject_kvk')
        .select('i.persoon_id')
        .where('b.bestuursnummer', '=', wie.bestuursnummer)
        .execute()
      ids.push(...logins.map((r) => r.persoon_id))
    }
  }
  ids = [...new Set(ids)]
  if (!ids.length) return []
  const rows = await db
    .selectFrom('persoon as p')
    .leftJoin('persoon_notificaties as n', 'n.persoon_id', 'p.id')
    .select(['p.id', 'p.naam', 'p.email', 'n.aan', 'n.soorten_uit'])
    .where('p.id', 'in', ids)
    .where('p.email', 'is not', null)
    .orderBy('p.id')
    .execute()
  return rows
    .filter((r) => r.aan === null || Number(r.aan) === 1)
    .filter((r) => !(JSON.parse(r.soorten_uit ?? '[]') as string[]).includes(soort))
    .map((r) => ({ id: r.id, naam: r.naam, email: r.email! }))
}

/** The text of a notification mail: Dutch, then English; the links to switch it off. */
function notificatieMail(
  p: { naam: string; email: string; token: string },
  n: Notificatie,
  portaalUrl: string,
): NieuweMail {
  const uit = `${portaalUrl}/notificaties/uitzetten?t=${encodeURIComponent(p.token)}`
  const instellingen = `${portaalUrl}/instellingen/e-mailberichten`
  const link = n.link ? `${portaalUrl}${n.link}` : portaalUrl
  const tekst = [
    `Beste ${p.naam},`,
    '',
    n.tekst.nl,
    '',
    `Bekijk het in Mijn DUO: ${link}`,
    '',
    'U krijgt dit bericht omdat e-mailberichten van Mijn DUO voor u aan staan.',
    `Instellen welke berichten u krijgt: ${instellingen}`,
    `Alle e-mailberichten uitzetten met één klik: ${uit}`,
    '',
    '-- English --',
    '',
    `Dear ${p.naam},`,
    '',
    n.tekst.en,
    '',
    `See it in Mijn DUO: ${link}`,
    '',
    'You receive this message because e-mail notifications of Mijn DUO are on for you.',
    `Choose which messages you receive: ${instellingen}`,
    `Switch off all e-mail notifications with one click: ${uit}`,
  ].join('\n')
  return {
    soort: 'notificatie',
    aan: p.email,
    onderwerp: `Mijn DUO: ${n.onderwerp.nl} / ${n.onderwerp.en}`,
    tekst,
    kopregels: {
      'List-Unsubscribe': `<${uit}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  }
}

export function createNotificatieService(
  db: Kysely<Database>,
  clock: Clock,
  config: MailConfig,
  worker: { wek(): void; nu(): Date } = { wek() {}, nu: () => new Date() },
): NotificatieService {
  return {
    async stuur(wie, n, options) {
      const handle = (options?.in as Kysely<Database> | undefined) ?? db
      const lijst = await ontvangers(handle, wie, n.soort, dutchDate(clock.now()))
      const mails: NieuweMail[] = []
      for (const p of lijst) {
        const token = await zorgVoorVoorkeur(handle, p.id, worker.nu())
        mails.push(notificatieMail({ ...p, token }, n, config.portaalUrl))
      }
      await zetInOutbox(handle, mails, worker.nu())
      // Outside a transaction the mails are there now: the worker may send them at once.
      if (!handle.isTransaction) worker.wek()
      return mails.length
    },
  }
}
