/**
 * Demo data of bekostiging, for bestuur A (De Linde) and B (Het Anker): five years of funding,
 * counts and signals for five teldata, the overzichten vaststelling tellingen (the latest one
 * still open for bezwaar), aanvragen in every state with their letters, bezwaren, and the
 * aangeboden opleidingen. Idempotent: fixed ids, existing rows kept. Dates follow the clock.
 */
import type { SectionPlatform } from '@duo/server-kit'
import { BESTUUR_A, BESTUUR_B, demoId } from '@duo/server-kit/demo'
import { plusDagen, vandaagVan } from '../../regels/datum'
import type { BekostigingTables } from '../tables'
import { seedAanvragen } from './aanvragen'
import { seedBekostiging, seedOpleidingen } from './bekostiging'
import { seedDemoBezwaar } from './bezwaren'
import { dagtekeningVan, seedTellingen } from './tellingen'

export async function seedBekostigingDemo(platform: SectionPlatform<BekostigingTables>) {
  const vandaag = vandaagVan(platform.clock.now())
  await seedOpleidingen(platform)
  await seedBekostiging(platform, Number(vandaag.slice(0, 4)))
  const teldata = await seedTellingen(platform, vandaag)
  await seedAanvragen(platform, vandaag)

  const bestuurA = (await platform.organisaties.bestuur(BESTUUR_A.bestuursnummer))!
  const bestuurB = (await platform.organisaties.bestuur(BESTUUR_B.bestuursnummer))!
  // A's bezwaar against an older Ovt, decided; B's against the latest, still waiting for DUO.
  const ouder = teldata[1]
  if (ouder)
    await seedDemoBezwaar(platform, bestuurA, {
      key: 'a-bezwaar-ovt',
      persona: 'medewerker-bekostiging',
      onderwerp: 'vaststelling',
      vaststellingId: demoId(`bekostiging:vaststelling:${BESTUUR_A.bestuursnummer}:${ouder}`),
      instellingscode: '12AB',
      gronden:
        'Drie leerlingen van OBS De Regenboog ontbreken in de telling: zij stonden op de teldatum ingeschreven, maar de inschrijving is door een storing in ons LAS pas later naar ROD gestuurd.',
      ontvangen: plusDagen(dagtekeningVan(ouder, 1, vandaag), 18),
      beslissing: {
        beslissing: 'ongegrond',
        motivering:
          'Gegevens die na 8 april 18:00 in ROD zijn ingevoerd, tellen niet mee voor de vaststelling. De vaststelling blijft ongewijzigd.',
        dag: plusDagen(dagtekeningVan(ouder, 1, vandaag), 60),
      },
      waartegen: 'het overzicht vaststelling tellingen',
    })
  const laatste = teldata[0]
  if (laatste)
    await seedDemoBezwaar(platform, bestuurB, {
      key: 'b-bezwaar-ovt',
      persona: 'bekostiging-b',
      onderwerp: 'vaststelling',
      vaststellingId: demoId(`bekostiging:vaststelling:${BESTUUR_B.bestuursnummer}:${laatste}`),
      instellingscode: '56EF',
      gronden:
        'Twee leerlingen van RKBS De Vlinder zijn als niet bekostigd geteld wegens een dubbele inschrijving, maar de andere school had hen al vóór de teldatum uitgeschreven.',
      ontvangen: plusDagen(vandaag, -5),
      waartegen: 'het overzicht vaststelling tellingen',
    })
}
