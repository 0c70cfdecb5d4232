/**
 * Demo data of Mijn Helpdesk po: meldingen with a conversation for both besturen, a few of the
 * old account `jdevries` (shown once it is linked to eHerkenning), a contactpersoon, and real
 * PDF letters and beschikkingen in the (platform's) archive. Idempotent: fixed ids, existing rows
 * kept.
 */
import { inTransaction, type SectionPlatform } from '@duo/server-kit'
import { BESTUUR_A, BESTUUR_B, demoId, demoPersoonId } from '@duo/server-kit/demo'
import { maakBrief } from '@duo/server-kit/pdf'
import type { Categorie, HelpdeskTables, MeldingStatus } from '../tables'

interface DemoMelding {
  key: string
  bestuursnummer: string
  instellingscode: string | null
  onderwerp: string
  categorie: Categorie
  status: MeldingStatus
  door: string
  legacy?: boolean
  gesprek: Array<{ van: 'bestuur' | 'helpdesk'; at: string; tekst: string }>
}

const HELPDESK = 'Vincent Prins (Helpdesk DUO po)'

const MELDINGEN: DemoMelding[] = [
  {
    key: 'a-1',
    bestuursnummer: BESTUUR_A.bestuursnummer,
    instellingscode: '12AB',
    onderwerp: 'Leerling staat dubbel ingeschreven in ROD',
    categorie: 'rod',
    status: 'wacht-op-reactie',
    door: 'beheerder-po',
    gesprek: [
      {
        van: 'bestuur',
        at: '2022-01-10T09:12:00.000Z',
        tekst:
          'Een leerling van groep 5 staat sinds de overstap van LAS zowel bij OBS De Regenboog als bij een school in Utrecht ingeschreven. Hoe lossen we dit op?',
      },
      {
        van: 'helpdesk',
        at: '2022-01-11T13:40:00.000Z',
        tekst:
          'Dank voor uw melding. Kunt u het onderwijsnummer (alleen de laatste 4 cijfers) en de inschrijfdatum doorgeven? Dan nemen wij contact op met de andere school.',
      },
    ],
  },
  {
    key: 'a-2',
    bestuursnummer: BESTUUR_A.bestuursnummer,
    instellingscode: null,
    onderwerp: 'Vraag over de beschikking bijzondere bekostiging',
    categorie: 'bekostiging',
    status: 'in-behandeling',
    door: 'helpdesk',
    gesprek: [
      {
        van: 'bestuur',
        at: '2022-01-12T10:05:00.000Z',
        tekst:
          'Wij hebben de beschikking voor eerste opvang asielzoekers ontvangen, maar het bedrag wijkt af van onze aanvraag. Kunt u toelichten hoe het is berekend?',
      },
    ],
  },
  {
    key: 'a-3',
    bestuursnummer: BESTUUR_A.bestuursnummer,
    instellingscode: '34CD',
    onderwerp: 'Inloggen met eHerkenning lukt niet',
    categorie: 'inloggen',
    status: 'afgehandeld',
    door: 'helpdesk',
    gesprek: [
      {
        van: 'bestuur',
        at: '2022-01-04T08:30:00.000Z',
        tekst:
          'Na het inloggen met eHerkenning krijgen wij de melding dat wij geen machtiging hebben.',
      },
      {
        van: 'helpdesk',
        at: '2022-01-04T11:02:00.000Z',
        tekst:
          'U hebt een machtiging nodig voor de dienst ‘Mijn Helpdesk po’. Die regelt u bij de leverancier van uw eHerkenningsmiddel. Wij sluiten deze melding; reageer gerust als het daarna nog niet lukt.',
      },
    ],
  },
  {
    key: 'a-4',
    bestuursnummer: BESTUUR_A.bestuursnummer,
    instellingscode: null,
    onderwerp: 'Adreswijziging bestuursbureau',
    categorie: 'overig',
    status: 'nieuw',
    door: 'beheerder-po',
    gesprek: [
      {
        van: 'bestuur',
        at: '2022-01-14T15:20:00.000Z',
        tekst:
          'Ons bestuursbureau verhuist per 1 maart naar Slotlaan 10 in Zeist. Waar geven wij dit door?',
      },
    ],
  },
  {
    key: 'legacy-1',
    bestuursnummer: BESTUUR_A.bestuursnummer,
    instellingscode: '12AB',
    onderwerp: 'Telling 1 oktober klopt niet',
    categorie: 'bekostiging',
    status: 'afgehandeld',
    door: 'jdevries',
    legacy: true,
    gesprek: [
      {
        van: 'bestuur',
        at: '2021-10-18T09:00:00.000Z',
        tekst:
          'In het overzicht van de telling van 1 oktober missen twee leerlingen van OBS De Regenboog.',
      },
      {
        van: 'helpdesk',
        at: '2021-10-20T14:15:00.000Z',
        tekst:
          'De twee leerlingen zijn na de teldatum ingeschreven en tellen daarom niet mee. Wij sluiten de melding.',
      },
    ],
  },
  {
    key: 'legacy-2',
    bestuursnummer: BESTUUR_A.bestuursnummer,
    instellingscode: null,
    onderwerp: 'Nieuwe gebruiker voor Mijn Helpdesk',
    categorie: 'vraag',
    status: 'wacht-op-reactie',
    door: 'jdevries',
    legacy: true,
    gesprek: [
      {
        van: 'bestuur',
        at: '2021-12-01T10:00:00.000Z',
        tekst: 'Onze nieuwe administrateur wil ook meldingen kunnen doen. Hoe regelen we dat?',
      },
      {
        van: 'helpdesk',
        at: '2021-12-02T09:30:00.000Z',
        tekst:
          'Vanaf 2022 logt iedere nieuwe gebruiker in met eHerkenning. Heeft uw administrateur al een eHerkenningsmiddel met machtiging voor Mijn Helpdesk po?',
      },
    ],
  },
  {
    key: 'b-1',
    bestuursnummer: BESTUUR_B.bestuursnummer,
    instellingscode: '56EF',
    onderwerp: 'Schooladvies niet zichtbaar in ROD',
    categorie: 'rod',
    status: 'in-behandeling',
    door: 'beheerder-po-b',
    gesprek: [
      {
        van: 'bestuur',
        at: '2022-01-13T11:11:00.000Z',
        tekst:
          'De voorlopige schooladviezen van RKBS De Vlinder zijn verstuurd maar niet zichtbaar in het dashboard.',
      },
    ],
  },
]

interface DemoDocument {
  key: string
  bestuursnummer: string
  soort: 'brief' | 'beschikking'
  titel: string
  referentie: string
  datum: string
  bestandsnaam: string
  regels: string[]
}

const DOCUMENTEN: DemoDocument[] = [
  {
    key: 'a-beschikking-2022',
    bestuursnummer: BESTUUR_A.bestuursnummer,
    soort: 'beschikking',
    titel: 'Beschikking bekostiging 2022',
    referentie: 'BEK-2022-41234-001',
    datum: '2021-12-15',
    bestandsnaam: 'Beschikking bekostiging 2022 – De Linde.pdf',
    regels: [
      'Hierbij stellen wij de bekostiging voor het kalenderjaar 2022 vast.',
      'Tegen dit besluit kunt u binnen 6 weken bezwaar maken.',
    ],
  },
  {
    key: 'a-brief-eherkenning',
    bestuursnummer: BESTUUR_A.bestuursnummer,
    soort: 'brief',
    titel: 'Inloggen met eHerkenning wordt verplicht',
    referentie: 'DUO-2021-EH-41234',
    datum: '2021-11-01',
    bestandsnaam: 'Brief eHerkenning verplicht.pdf',
    regels: [
      'Vanaf 1 januari 2022 loggen nieuwe gebruikers in met eHerkenning.',
      'Bestaande gebruikers van Mijn Helpdesk po kunnen tot 1 april 2022 hun gebruikersnaam en wachtwoord gebruiken.',
    ],
  },
  {
    key: 'a-beschikking-asiel',
    bestuursnummer: BESTUUR_A.bestuursnummer,
    soort: 'beschikking',
    titel: 'Beschikking bijzondere bekostiging eerste opvang asielzoekers',
    referentie: 'BB-2022-41234-017',
    datum: '2022-01-07',
    bestandsnaam: 'Beschikking bijzondere bekostiging asielzoekers.pdf',
    regels: [
      'Uw aanvraag bijzondere bekostiging eerste opvang asielzoekers is toegekend.',
      'Het bedrag wordt in twee termijnen uitbetaald.',
    ],
  },
  {
    key: 'b-beschikking-2022',
    bestuursnummer: BESTUUR_B.bestuursnummer,
    soort: 'beschikking',
    titel: 'Beschikking bekostiging 2022',
    referentie: 'BEK-2022-40567-001',
    datum: '2021-12-15',
    bestandsnaam: 'Beschikking bekostiging 2022 – Het Anker.pdf',
    regels: [
      'Hierbij stellen wij de bekostiging voor het kalenderjaar 2022 vast.',
      'Tegen dit besluit kunt u binnen 6 weken bezwaar maken.',
    ],
  },
  {
    key: 'b-brief-telling',
    bestuursnummer: BESTUUR_B.bestuursnummer,
    soort: 'brief',
    titel: 'Overzicht telling 1 oktober 2021',
    referentie: 'TEL-2021-40567',
    datum: '2021-11-20',
    bestandsnaam: 'Overzicht telling 2021.pdf',
    regels: [
      'Bijgaand het overzicht van de telling op 1 oktober 2021.',
      'Controleer de aantallen; wijzigingen geeft u door via uw LAS.',
    ],
  },
]

/**
 * Loads the helpdesk's demo data where missing.
 * @example
 * defineApiSection({ id: 'helpdesk', demoData: seedHelpdeskDemo, … })
 */
export async function seedHelpdeskDemo(platform: SectionPlatform<HelpdeskTables>): Promise<void> {
  const { db, organisaties, personen, documenten } = platform
  for (const d of DOCUMENTEN) {
    const bestuur = await organisaties.bestuur(d.bestuursnummer)
    if (!bestuur) continue
    await documenten.publiceer({
      id: demoId(`helpdesk:document:${d.key}`),
      bestuursnummer: d.bestuursnummer,
      soort: d.soort,
      titel: d.titel,
      referentie: d.referentie,
      datum: d.datum,
      bestandsnaam: d.bestandsnaam,
      contentType: 'application/pdf',
      bytes: await maakBrief({
        titel: d.titel,
        referentie: d.referentie,
        datum: d.datum,
        aan: [bestuur.naam, `Bestuursnummer ${bestuur.bestuursnummer}`],
        regels: d.regels,
      }),
    })
  }
  // The platform's demo data (seeded first) holds the old account jdevries.
  const legacyId = demoId('legacy:jdevries')
  const namen = await personen.namen(
    MELDINGEN.map((m) => demoPersoonId(m.door)).filter((id): id is string => !!id),
  )
  await inTransaction(db, async (trx) => {
    for (const m of MELDINGEN) {
      const id = demoId(`helpdesk:melding:${m.key}`)
      const eerste = m.gesprek[0]!
      const laatste = m.gesprek[m.gesprek.length - 1]!
      const antwoord = [...m.gesprek].reverse().find((r) => r.van === 'helpdesk')
      const persoonId = m.legacy ? null : demoPersoonId(m.door)
      const naam = m.legacy ? 'Jan de Vries' : (namen.get(persoonId ?? '') ?? m.door)
      const res = await trx
        .insertInto('helpdesk_melding')
        .values({
          id,
          referentie: `HD-${eerste.at.slice(0, 4)}-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`,
          bestuursnummer: m.bestuursnummer,
          instellingscode: m.instellingscode,
          onderwerp: m.onderwerp,
          categorie: m.categorie,
          status: m.status,
          ingediend_door_persoon_id: persoonId,
          ingediend_door_naam: naam,
          legacy_account_id: m.legacy ? legacyId : null,
          created_at: eerste.at,
          updated_at: laatste.at,
          laatste_antwoord_helpdesk_at: antwoord?.at ?? null,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst()
      if (!Number(res.numInsertedOrUpdatedRows ?? 0)) continue
      for (const [i, r] of m.gesprek.entries()) {
        await trx
          .insertInto('helpdesk_reactie')
          .values({
            id: demoId(`helpdesk:reactie:${m.key}:${i}`),
            melding_id: id,
            van: r.van,
            auteur_persoon_id:
              r.van === 'helpdesk' ? demoPersoonId('helpdeskmedewerker') : persoonId,
            auteur_naam: r.van === 'helpdesk' ? HELPDESK : naam,
            tekst: r.tekst,
            created_at: r.at,
          })
          .execute()
      }
    }
    await trx
      .insertInto('helpdesk_contactpersoon')
      .values({
        bestuursnummer: BESTUUR_A.bestuursnummer,
        naam: 'Anouk Jansen',
        email: 'a.jansen@delinde.example.nl',
        telefoon: '030 123 4567',
        gewijzigd_op: '2022-01-03T08:00:00.000Z',
        gewijzigd_door: null,
      })
      .onConflict((oc) => oc.column('bestuursnummer').doNothing())
      .execute()
  })
}
