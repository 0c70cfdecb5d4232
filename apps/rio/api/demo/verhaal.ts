/**
 * The story of the demo registers, as the changes a RIO beheerder made over the years. Bestuur A
 * (De Linde): two aanbieders, three locaties, three opleidingen, a renamed school, a closed
 * location, a new and an ended opleiding, and one change planned for the future. Bestuur B
 * (Het Anker): one small school. Addresses and e-mail domains are invented.
 */
import type { WijzigingInvoer } from '../domein/mutaties'

export interface DemoWijziging {
  op: string
  wijziging: WijzigingInvoer
}

const bo = (
  eigenNaam: string,
  onderwijsconcept: string,
  locaties: string[],
  extra: Record<string, unknown> = {},
) => ({
  opleidingseenheidcode: '1000O0001',
  eigenNaam,
  doelgroep: 'BO',
  onderwijsconcept,
  bijzondereInrichting: false,
  onderwijslocatiecodes: locaties,
  ...extra,
})

/** Bestuur A, 41234 De Linde (101B234); its two schools' aanbieders are 101A001 and 101A002. */
export const VERHAAL_A: DemoWijziging[] = [
  {
    op: '2022-03-01T09:12:00.000Z',
    wijziging: {
      omschrijving: 'Eerste registratie van De Linde in RIO',
      mutaties: [
        {
          actie: 'registreer',
          soort: 'onderwijsbestuur',
          begindatum: '2019-08-01',
          gegevens: {
            naam: 'Stichting Openbaar Onderwijs De Linde',
            kvkNummer: '30123456',
            rsin: '816459216',
          },
        },
        {
          actie: 'registreer',
          soort: 'onderwijsaanbieder',
          sleutel: 'nieuw-regenboog',
          begindatum: '2019-08-01',
          gegevens: { naam: 'OBS De Regenboog', erkenningscode: '12AB' },
        },
        {
          actie: 'registreer',
          soort: 'onderwijsaanbieder',
          sleutel: 'nieuw-kompas',
          begindatum: '2019-08-01',
          gegevens: { naam: 'OBS Het Kompas', erkenningscode: '34CD' },
        },
        {
          actie: 'registreer',
          soort: 'onderwijslocatie',
          sleutel: 'nieuw-lindelaan',
          begindatum: '2019-08-01',
          gegevens: {
            postcode: '3701AB',
            huisnummer: 12,
            straatnaam: 'Lindelaan',
            plaatsnaam: 'Zeist',
          },
        },
        {
          actie: 'registreer',
          soort: 'onderwijslocatiegebruik',
          ouder: 'nieuw-lindelaan',
          begindatum: '2019-08-01',
          gegevens: { naam: 'De Regenboog' },
        },
        {
          actie: 'registreer',
          soort: 'onderwijslocatie',
          sleutel: 'nieuw-kompasstraat',
          begindatum: '2019-08-01',
          gegevens: {
            postcode: '3702CD',
            huisnummer: 3,
            straatnaam: 'Kompasstraat',
            plaatsnaam: 'Zeist',
          },
        },
        {
          actie: 'registreer',
          soort: 'onderwijslocatiegebruik',
          ouder: 'nieuw-kompasstraat',
          begindatum: '2019-08-01',
          gegevens: { naam: 'Het Kompas, hoofdgebouw' },
        },
        {
          actie: 'registreer',
          soort: 'onderwijslocatie',
          sleutel: 'nieuw-dorpsstraat',
          begindatum: '2019-08-01',
          gegevens: {
            postcode: '3981EB',
            huisnummer: 40,
            toevoeging: 'A',
            straatnaam: 'Dorpsstraat',
            plaatsnaam: 'Bunnik',
          },
        },
        {
          actie: 'registreer',
          soort: 'onderwijslocatiegebruik',
          ouder: 'nieuw-dorpsstraat',
          begindatum: '2019-08-01',
          gegevens: { naam: 'Het Kompas, locatie Bunnik' },
        },
        {
          actie: 'registreer',
          soort: 'aangeboden-opleiding',
          sleutel: 'nieuw-bo-regenboog',
          ouder: 'nieuw-regenboog',
          begindatum: '2019-08-01',
          gegevens: bo('Basisonderwijs De Regenboog', 'GEEN', ['nieuw-lindelaan']),
        },
        {
          actie: 'registreer',
          soort: 'aangeboden-opleiding',
          sleutel: 'nieuw-bo-kompas',
          ouder: 'nieuw-kompas',
          begindatum: '2019-08-01',
          gegevens: bo('Daltononderwijs Het Kompas', 'DALTON', [
            'nieuw-kompasstraat',
            'nieuw-dorpsstraat',
          ]),
        },
        {
          actie: 'registreer',
          soort: 'communicatiecontext',
          sleutel: 'nieuw-contact-bestuur',
          begindatum: '2019-08-01',
          gegevens: {
            context: 'ALGEMEEN',
            email: 'info@delinde.example',
            telefoon: '030 699 1200',
            website: 'https://www.delinde.example',
          },
        },
        {
          actie: 'registreer',
          soort: 'communicatiecontext',
          sleutel: 'nieuw-contact-regenboog',
          ouder: 'nieuw-regenboog',
          begindatum: '2019-08-01',
          gegevens: {
            context: 'ADMINISTRATIE',
            email: 'administratie@regenboog.example',
            telefoon: '030 699 1210',
          },
        },
      ],
    },
  },
  {
    op: '2022-09-12T13:40:00.000Z',
    wijziging: {
      omschrijving: 'De Regenboog wordt een integraal kindcentrum',
      mutaties: [
        {
          actie: 'wijzig',
          code: '101A001',
          begindatum: '2022-08-01',
          gegevens: {
            naam: 'IKC De Regenboog',
            internationaleNaam: 'De Regenboog Integrated Child Centre',
            erkenningscode: '12AB',
          },
        },
      ],
    },
  },
  {
    op: '2023-02-20T10:05:00.000Z',
    wijziging: {
      omschrijving: 'Taalklas voor nieuwkomers in Het Kompas',
      mutaties: [
        {
          actie: 'registreer',
          soort: 'aangeboden-opleiding',
          sleutel: 'nieuw-taalklas',
          ouder: '101A002',
          begindatum: '2023-04-01',
          gegevens: {
            ...bo('Taalklas Het Kompas', 'GEEN', ['101X002']),
            opleidingseenheidcode: '1000O0002',
          },
        },
      ],
    },
  },
  {
    op: '2023-07-03T08:30:00.000Z',
    wijziging: {
      omschrijving: 'Locatie Bunnik sluit na het schooljaar',
      mutaties: [
        {
          actie: 'wijzig',
          code: '@bo-kompas',
          begindatum: '2023-08-01',
          gegevens: bo('Daltononderwijs Het Kompas', 'DALTON', ['101X002']),
        },
        { actie: 'beeindig', code: '101B234-101X003', einddatum: '2023-08-01' },
        { actie: 'beeindig', code: '101X003', einddatum: '2023-08-01' },
      ],
    },
  },
  {
    op: '2024-05-14T11:20:00.000Z',
    wijziging: {
      omschrijving: 'Montessori-onderwijs in De Regenboog; nieuw contactadres bestuur',
      mutaties: [
        {
          actie: 'wijzig',
          code: '@bo-regenboog',
          begindatum: '2024-08-01',
          gegevens: bo('Montessori De Regenboog', 'MONTESSORI', ['101X001']),
        },
        {
          actie: 'wijzig',
          code: '@contact-bestuur',
          begindatum: '2024-06-01',
          gegevens: {
            context: 'ALGEMEEN',
            email: 'contact@delinde.example',
            telefoon: '030 699 1200',
            website: 'https://www.delinde.example',
          },
        },
      ],
    },
  },
  {
    op: '2024-11-04T15:00:00.000Z',
    wijziging: {
      omschrijving: 'De taalklas stopt na dit schooljaar',
      mutaties: [{ actie: 'beeindig', code: '@taalklas', einddatum: '2025-08-01' }],
    },
  },
  {
    op: '2026-10-01T09:00:00.000Z',
    wijziging: {
      omschrijving: 'Nieuwe naam Het Kompas vanaf schooljaar 2027-2028',
      mutaties: [
        {
          actie: 'wijzig',
          code: '101A002',
          begindatum: '2027-08-01',
          gegevens: { naam: 'Daltonschool Het Kompas', erkenningscode: '34CD' },
        },
      ],
    },
  },
]

/** Bestuur B, 40567 Het Anker (102B567): one school, one change since. */
export const VERHAAL_B: DemoWijziging[] = [
  {
    op: '2022-04-04T09:00:00.000Z',
    wijziging: {
      omschrijving: 'Eerste registratie van Het Anker in RIO',
      mutaties: [
        {
          actie: 'registreer',
          soort: 'onderwijsbestuur',
          begindatum: '2019-08-01',
          gegevens: {
            naam: 'Stichting Katholiek Onderwijs Het Anker',
            kvkNummer: '30654321',
            rsin: '819034721',
          },
        },
        {
          actie: 'registreer',
          soort: 'onderwijsaanbieder',
          sleutel: 'nieuw-vlinder',
          begindatum: '2019-08-01',
          gegevens: { naam: 'RKBS De Vlinder', erkenningscode: '56EF' },
        },
        {
          actie: 'registreer',
          soort: 'onderwijslocatie',
          sleutel: 'nieuw-vlinderweg',
          begindatum: '2019-08-01',
          gegevens: {
            postcode: '3815AA',
            huisnummer: 8,
            straatnaam: 'Vlinderweg',
            plaatsnaam: 'Amersfoort',
          },
        },
        {
          actie: 'registreer',
          soort: 'onderwijslocatiegebruik',
          ouder: 'nieuw-vlinderweg',
          begindatum: '2019-08-01',
          gegevens: { naam: 'De Vlinder' },
        },
        {
          actie: 'registreer',
          soort: 'aangeboden-opleiding',
          ouder: 'nieuw-vlinder',
          begindatum: '2019-08-01',
          gegevens: bo('Jenaplanonderwijs De Vlinder', 'JENAPLAN', ['nieuw-vlinderweg']),
        },
        {
          actie: 'registreer',
          soort: 'communicatiecontext',
          sleutel: 'nieuw-contact-anker',
          begindatum: '2019-08-01',
          gegevens: {
            context: 'ALGEMEEN',
            email: 'info@hetanker.example',
            telefoon: '033 460 2200',
          },
        },
      ],
    },
  },
  {
    op: '2023-09-01T10:00:00.000Z',
    wijziging: {
      omschrijving: 'Nieuw e-mailadres',
      mutaties: [
        {
          actie: 'wijzig',
          code: '@contact-anker',
          begindatum: '2023-09-01',
          gegevens: {
            context: 'ALGEMEEN',
            email: 'bestuur@hetanker.example',
            telefoon: '033 460 2200',
          },
        },
      ],
    },
  },
]

/** Instellingserkenningen (DUO's erkenningenregister) of the demo besturen. */
export const ERKENNINGEN = [
  { erkenningscode: '12AB', bestuur: 'A', naam: 'OBS De Regenboog', begindatum: '1997-08-01' },
  { erkenningscode: '34CD', bestuur: 'A', naam: 'OBS Het Kompas', begindatum: '1997-08-01' },
  // A new school of De Linde, recognised but not yet in RIO: the stappenplan registers it.
  { erkenningscode: '78GH', bestuur: 'A', naam: 'IKC De Boomgaard', begindatum: '2026-08-01' },
  { erkenningscode: '56EF', bestuur: 'B', naam: 'RKBS De Vlinder', begindatum: '1995-08-01' },
] as const
