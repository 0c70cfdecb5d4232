import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defineApiSection } from '../../../define-api-section'
import { inTransaction } from '../../../db/dialect'
import type { AppEnv } from '../../../http/env'
import type { SectionPlatform } from '../../../services'
import { createTestApp, type TestApp } from '../../../testing/test-app'
import { startTestSmtp, type TestSmtp } from '../../../testing/smtp'
import { demoPersoonId, BESTUUR_A } from '../../demo/seed'
import { dialectsUnderTest } from '../../db/test-db'
import { lijstMails } from './outbox'
import { bewaarVoorkeuren, zetUitMetToken } from './voorkeuren'
import { createMailWorker, pauzeNa } from './worker'

const beheerderPo = demoPersoonId('beheerder-po')!
const medewerker = demoPersoonId('medewerker-bekostiging')!

/** A section that notifies in the transaction of its own event, and one whose event fails. */
const proef = defineApiSection({
  id: 'proef',
  routes: (platform: SectionPlatform) =>
    new Hono<AppEnv>()
      .post('/gebeurtenis', async (c) => {
        const n = await inTransaction(platform.db, (trx) =>
          platform.notificaties.stuur(
            { persoonId: beheerderPo },
            {
              soort: 'rol',
              onderwerp: { nl: 'Rol toegekend', en: 'Role assigned' },
              tekst: { nl: 'U heeft een rol.', en: 'You have a role.' },
              link: '/beheer/mijn-rollen',
            },
            { in: trx },
          ),
        )
        return c.json({ n })
      })
      .post('/mislukt', async () => {
        await inTransaction(platform.db, async (trx) => {
          await platform.notificaties.stuur(
            { persoonId: beheerderPo },
            {
              soort: 'rol',
              onderwerp: { nl: 'x', en: 'x' },
              tekst: { nl: 'x', en: 'x' },
            },
            { in: trx },
          )
          throw new Error('de gebeurtenis zelf mislukt')
        })
      }),
})

describe.each(dialectsUnderTest)('e-mail notifications through the outbox (%s)', (dialect) => {
  let t: TestApp
  let smtp: TestSmtp
  let nu = new Date('2026-01-05T09:00:00Z')

  beforeAll(async () => {
    // Nothing listens on the port yet: the SMTP server is down when the first mail is due.
    smtp = await startTestSmtp({ aan: false })
    t = await createTestApp(dialect, {
      sections: [proef],
      mail: { smtpUrl: smtp.url, now: () => nu, basisPauzeMs: 30_000 },
    })
    await t.db
      .updateTable('persoon')
      .set({ email: 'a.jansen@delinde.example' })
      .where('id', '=', beheerderPo)
      .execute()
  }, 60_000)
  afterAll(async () => {
    await t.close()
    await smtp.stop()
  })

  it('queues nothing for someone without an e-mail address, or who switched the kind off', async () => {
    const notificaties = t.platformOf('proef').notificaties
    const bericht = {
      soort: 'document' as const,
      onderwerp: { nl: 'Nieuw', en: 'New' },
      tekst: { nl: 'Er is iets.', en: 'Something.' },
    }
    expect(await notificaties.stuur({ persoonId: medewerker }, bericht)).toBe(0)
    await bewaarVoorkeuren(
      t.db,
      beheerderPo,
      { email: 'a.jansen@delinde.example', aan: true, soorten: ['rol'] },
      nu,
    )
    expect(await notificaties.stuur({ persoonId: beheerderPo }, bericht)).toBe(0)
    await bewaarVoorkeuren(
      t.db,
      beheerderPo,
      { email: 'a.jansen@delinde.example', aan: false, soorten: ['rol', 'document'] },
      nu,
    )
    expect(await notificaties.stuur({ persoonId: beheerderPo }, { ...bericht, soort: 'rol' })).toBe(
      0,
    )
    await bewaarVoorkeuren(
      t.db,
      beheerderPo,
      {
        email: 'a.jansen@delinde.example',
        aan: true,
        soorten: ['rol', 'document', 'melding-antwoord', 'aanmelding'],
      },
      nu,
    )
    expect(await lijstMails(t.db)).toEqual([])
  })

  it('writes no mail when the event itself rolls back', async () => {
    const res = await t.request('POST', '/api/proef/mislukt')
    expect(res.status).toBe(500)
    expect(await lijstMails(t.db)).toEqual([])
  })

  it('keeps a mail through an SMTP outage and sends it once when the server is back', async () => {
    const res = await t.request('POST', '/api/proef/gebeurtenis')
    expect(await res.json()).toEqual({ n: 1 })
    const [mail] = await lijstMails(t.db)
    expect(mail).toMatchObject({ status: 'wachtend', aan: 'a.jansen@delinde.example', pogingen: 0 })

    // The server is down: the attempt fails, the mail waits 30 s.
    expect(await t.composed.mail.verwerk()).toEqual({ verzonden: 0, opnieuw: 1, mislukt: 0 })
    expect((await lijstMails(t.db))[0]).toMatchObject({ status: 'wachtend', pogingen: 1 })
    expect((await lijstMails(t.db))[0]!.laatsteFout).toMatch(/ECONNREFUSED|connect/i)

    // Back, but the pause has not passed: nothing is sent yet.
    await smtp.start()
    expect(await t.composed.mail.verwerk()).toEqual({ verzonden: 0, opnieuw: 0, mislukt: 0 })
    nu = new Date(nu.getTime() + 31_000)
    expect(await t.composed.mail.verwerk()).toEqual({ verzonden: 1, opnieuw: 0, mislukt: 0 })
    // Later passes (and a second worker) find nothing to send: it went out once.
    expect(await t.composed.mail.verwerk()).toEqual({ verzonden: 0, opnieuw: 0, mislukt: 0 })
    expect(smtp.mails).toHaveLength(1)
    const ontvangen = smtp.mails[0]!
    expect(ontvangen.aan).toEqual(['a.jansen@delinde.example'])
    expect(ontvangen.onderwerp).toBe('Mijn DUO: Rol toegekend / Role assigned')
    expect(ontvangen.tekst).toContain('U heeft een rol.')
    expect(ontvangen.tekst).toContain('You have a role.')
    expect(ontvangen.tekst).toContain('http://localhost:8080/beheer/mijn-rollen')
    expect(ontvangen.messageId).toBe(`<${mail!.id}@localhost>`)
    expect(ontvangen.kopregels.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    const uit = /<(http:\/\/localhost:8080\/notificaties\/uitzetten\?t=([^>]+))>/.exec(
      ontvangen.kopregels.get('list-unsubscribe') ?? '',
    )
    expect(uit).not.toBeNull()
    expect((await lijstMails(t.db))[0]).toMatchObject({ status: 'verzonden', pogingen: 2 })

    // The one-click link switches every notification off.
    expect(await zetUitMetToken(t.db, decodeURIComponent(uit![2]!), nu)).toBe(true)
    expect(await zetUitMetToken(t.db, 'onbekend', nu)).toBe(false)
    const n = await t
      .platformOf('proef')
      .notificaties.stuur(
        { persoonId: beheerderPo },
        { soort: 'rol', onderwerp: { nl: 'x', en: 'x' }, tekst: { nl: 'x', en: 'x' } },
      )
    expect(n).toBe(0)
  })

  it('lets only one of two workers send a mail that both see due', async () => {
    await bewaarVoorkeuren(
      t.db,
      beheerderPo,
      { email: 'a.jansen@delinde.example', aan: true, soorten: ['rol'] },
      nu,
    )
    await t.request('POST', '/api/proef/gebeurtenis')
    const voor = smtp.mails.length
    const tweede = createMailWorker({
      db: t.db,
      logger: { warn() {}, error() {} } as never,
      transport: { sendMail: async () => ({}) },
      van: 'x@y',
      domein: 'localhost',
      now: () => nu,
    })
    const [a, b] = await Promise.all([t.composed.mail.verwerk(), tweede.verwerk()])
    expect(a.verzonden + b.verzonden).toBe(1)
    expect(smtp.mails.length - voor).toBe(a.verzonden)
  })

  it('tells every person of the bestuur about a new document in the archive, in its transaction', async () => {
    const alles = ['rol', 'document', 'melding-antwoord', 'aanmelding'] as const
    await bewaarVoorkeuren(
      t.db,
      beheerderPo,
      { email: 'a.jansen@delinde.example', aan: true, soorten: [...alles] },
      nu,
    )
    await t.db
      .updateTable('persoon')
      .set({ email: 'p.devries@delinde.example' })
      .where('id', '=', medewerker)
      .execute()
    await t.platformOf('proef').documenten.publiceer({
      bestuursnummer: BESTUUR_A.bestuursnummer,
      soort: 'beschikking',
      titel: 'Beschikking bijzondere bekostiging',
      referentie: 'BB-2022-000999',
      datum: '2022-05-02',
      bestandsnaam: 'b.pdf',
      contentType: 'application/pdf',
      bytes: new TextEncoder().encode('%PDF-1.4'),
    })
    const nieuw = (await lijstMails(t.db)).filter((m) => m.tekst.includes('BB-2022-000999'))
    expect(nieuw.map((m) => m.aan).sort()).toEqual([
      'a.jansen@delinde.example',
      'p.devries@delinde.example',
    ])
    expect(nieuw[0]!.tekst).toContain('BB-2022-000999')
    expect(nieuw[0]!.tekst).toContain('http://localhost:8080/helpdesk/archief')
  })
})

describe('the pause between attempts', () => {
  it('doubles from 30 seconds up to an hour', () => {
    expect([1, 2, 3, 4, 8, 9, 12].map((p) => pauzeNa(p, 30_000, 3_600_000))).toEqual([
      30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000, 3_600_000,
    ])
  })
})
