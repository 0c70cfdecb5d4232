/**
 * Demo data of the portal's own features (only with `DUO_DEMO_DATA`; idempotent, runs at every
 * start after the sections' demo data): the seed's eHerkenning notice, dated; a notice for the
 * beheerders po; XBRL's maintenance window until 1 March 2022; survey answers to chart; and an
 * e-mail address for two personas, so their notifications show up in the demo's mail catcher.
 */
import type { Kysely } from 'kysely'
import { demoId, demoPersoonId } from '@duo/server-kit/demo'
import type { ComposedSections, Database } from '@duo/server-kit/platform'
import * as mededelingen from './mededelingen/store'
import * as feedback from './feedback/store'

const EMAILS: Record<string, string> = {
  'beheerder-po': 'a.jansen@delinde.example',
  helpdesk: 'k.peters@delinde.example',
}

const PAGINAS = ['/', '/helpdesk/meldingen', '/bekostiging/', '/rod/', '/beheer/autorisaties']
const GOED = ['Duidelijk overzicht', 'Snel gevonden wat ik zocht', null, 'Inloggen ging goed', null]
const BETER = [null, 'De zoekfunctie', 'Meer uitleg bij de rollen', null, 'Langer ingelogd blijven']

export async function seedPortaalDemo(
  db: Kysely<Database>,
  composed: ComposedSections,
): Promise<void> {
  await mededelingen.voegToe(
    db,
    {
      titelNl: 'Inloggen met eHerkenning wordt verplicht',
      titelEn: 'Logging in with eHerkenning becomes mandatory',
      tekstNl:
        'DUO stapt in 2022 over op inloggen met eHerkenning. Voor nieuwe gebruikers wordt eHerkenning verplicht vanaf 1 januari 2022. Begin op tijd met de voorbereidingen.',
      tekstEn:
        'In 2022 DUO moves to logging in with eHerkenning. For new users eHerkenning is mandatory from 1 January 2022. Start preparing in time.',
      ernst: 'waarschuwing',
      plek: 'banner',
      doelgroep: 'iedereen',
      rol: null,
      vanaf: '2021-11-01',
      tot: null,
    },
    null,
    new Date('2021-11-01T08:00:00Z'),
    demoId('mededeling:eherkenning-verplicht'),
  )
  await mededelingen.voegToe(
    db,
    {
      titelNl: 'Nieuwe rollen voor ROD',
      titelEn: 'New roles for ROD',
      tekstNl:
        'Door de vernieuwing van ROD komen er nieuwe rollen beschikbaar. Als beheerder po kunt u ze vanaf februari 2022 toekennen in Autorisaties.',
      tekstEn:
        'With the renewal of ROD new roles become available. As beheerder po you can assign them from February 2022 under Authorisations.',
      ernst: 'info',
      plek: 'home',
      doelgroep: 'rol',
      rol: 'beheerder-po',
      vanaf: '2022-01-15',
      tot: null,
    },
    null,
    new Date('2022-01-15T08:00:00Z'),
    demoId('mededeling:nieuwe-rollen-rod'),
  )
  // Only when the redactie has not set XBRL's window itself.
  if (!(await composed.onderhoud.lijst()).some((r) => r.sectie === 'xbrl'))
    await composed.onderhoud.zet(
      {
        sectie: 'xbrl',
        beschikbaarVanaf: '2022-03-01',
        tekst: {
          nl: 'Het XBRL Onderwijsportaal wordt vernieuwd en is vanaf 1 maart 2022 weer beschikbaar.',
          en: 'The XBRL education portal is being renewed and will be available again from 1 March 2022.',
        },
      },
      null,
    )
  for (let i = 0; i < 36; i++) {
    const dag = new Date(Date.UTC(2022, 0, 5) + i * 2.3 * 86_400_000)
    await feedback.bewaar(
      db,
      {
        pagina: PAGINAS[i % PAGINAS.length]!,
        score: [4, 5, 3, 4, 2, 5, 4][i % 7]!,
        goed: GOED[i % GOED.length]!,
        beter: BETER[i % BETER.length]!,
        email: null,
        taal: i % 6 === 0 ? 'en' : 'nl',
      },
      dag,
      demoId(`feedback:${i}`),
    )
  }
  for (const [persona, email] of Object.entries(EMAILS)) {
    const id = demoPersoonId(persona)
    if (id)
      await db
        .updateTable('persoon')
        .set({ email })
        .where('id', '=', id)
        .where('email', 'is', null)
        .execute()
  }
}
