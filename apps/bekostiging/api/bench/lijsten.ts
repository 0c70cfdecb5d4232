/**
 * Bekostiging's lists at 100 and at 100,000 rows (the bestuur's aanvragen, the zaakdossier,
 * DUO's queue, the registrations with a signal on the dashboard), p50/p95 through the whole
 * app and their ratio. Not a test.
 *
 *   pnpm --filter @duo/bekostiging bench:lijsten
 *   TEST_DATABASE_URL=postgres://… pnpm --filter @duo/bekostiging bench:lijsten
 */
import { BESTUUR_A, benchLijsten } from '@duo/server-kit/testing'
import bekostigingApi from '../index'
import { SIGNAALCODES } from '../../regels/signalen'
import { NOW } from '../test-support'
import { GEZOCHT, TELDATUM, referentie, vul } from './lijsten-data'

const volgende =
  (pad: string) =>
  (e: unknown): string => {
    const na = (e as { volgende?: string | null }).volgende
    const sep = pad.includes('?') ? '&' : '?'
    return na ? `${pad}${sep}pagina=2&na=${na}` : `${pad}${sep}pagina=2`
  }

const a = '/bekostiging/aanvragen'
const z = '/bekostiging/zaakdossier'
const w = '/bekostiging/behandeling'
const s = `/bekostiging/dashboard/signalen?teldatum=${TELDATUM}`
const medewerker = 'medewerker-bekostiging'

await benchLijsten({
  sectie: 'bekostiging',
  sections: [bekostigingApi],
  now: NOW,
  vul,
  endpoints: [
    { pad: a, als: medewerker },
    { pad: `${a}?status=toegekend`, als: medewerker },
    { pad: `${a}?categorie=roma-sinti`, als: medewerker },
    { pad: a, naam: `${a}, pagina 2 (na=)`, als: medewerker, vervolg: volgende(a) },
    { pad: `${a}?zoek=opvang`, als: medewerker },
    { pad: `${a}?zoek=${referentie(GEZOCHT)}`, naam: `${a}?zoek=<referentie>`, als: medewerker },
    { pad: z, als: medewerker },
    { pad: `${z}?status=open`, als: medewerker },
    { pad: `${z}?soort=bezwaar`, als: medewerker },
    { pad: `${z}?jaar=2016`, als: medewerker },
    { pad: `${z}?school=34CD`, als: medewerker },
    { pad: z, naam: `${z}, pagina 2 (na=)`, als: medewerker, vervolg: volgende(z) },
    { pad: `${z}?zoek=opvang`, als: medewerker },
    { pad: `${z}?zoek=${referentie(GEZOCHT)}`, naam: `${z}?zoek=<referentie>`, als: medewerker },
    { pad: w, als: 'behandelaar' },
    { pad: `${w}?status=toegekend`, als: 'behandelaar' },
    { pad: `${w}?soort=bezwaar`, als: 'behandelaar' },
    { pad: `${w}?bestuursnummer=${BESTUUR_A.bestuursnummer}`, als: 'behandelaar' },
    { pad: w, naam: `${w}, pagina 2 (na=)`, als: 'behandelaar', vervolg: volgende(w) },
    { pad: `${w}?zoek=opvang`, als: 'behandelaar' },
    { pad: `${w}?zoek=${referentie(GEZOCHT)}`, naam: `${w}?zoek=<referentie>`, als: 'behandelaar' },
    { pad: s, als: medewerker },
    { pad: `${s}&signaal=${SIGNAALCODES[1]}`, als: medewerker },
    { pad: s, naam: `${s}, pagina 2 (na=)`, als: medewerker, vervolg: volgende(s) },
  ],
})
