/**
 * `/api/rio/register`, `/objecten…` and `/structuur`: the register as it is on any date
 * ("geldig op", default today), one kind at a time for the list pages, one object with its
 * history, and the bestuur as a tree. Reading needs any RIO role of the bestuur.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { decide } from '@duo/authz'
import {
  authOf,
  nietGevonden,
  requireLogin,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import { vandaag } from '../domein/datum'
import { tijdlijn } from '../domein/tijdlijn'
import { weergavenaam, type Soort } from '../domein/soorten'
import { WAARDELIJSTEN } from '../domein/waardelijsten'
import { laadErkenningen, laadRegister } from '../shared/laden'
import { aantal, dagOf, geldigOp, pageOf, pagina, richting, soort, zoek } from '../shared/invoer'
import { scopeVan, vereisLezen, WIJZIG_PERMISSIE } from '../shared/toegang'
import { alsRijen, status } from '../shared/weergave'
import type { RioTables } from '../tables'
import { objectOpCode, standOp, versiesVan } from './store'
import { structuur } from './structuur'

const objectNietGevonden = () =>
  nietGevonden(
    'Dit object bestaat niet in het register van uw bestuur.',
    "This object does not exist in your board's register.",
  )

const lijstQuery = z.object({
  soort,
  geldigOp,
  zoek,
  sorteer: z.enum(['naam', 'code', 'inBedrijf']).optional(),
  richting,
  pagina,
  aantal,
})

export function registerRoutes(platform: SectionPlatform<RioTables>) {
  const { db, clock, organisaties } = platform

  return (
    new Hono<AppEnv>()
      .use(requireLogin())
      // The overview: the bestuur's record, how many objects of each kind, the value lists.
      .get('/register', valideer('query', z.object({ geldigOp })), async (c) => {
        const auth = authOf(c)
        const now = clock.now()
        const bestuur = vereisLezen(auth, now)
        const dag = dagOf(c.req.valid('query').geldigOp, now)
        const [stand, erkenningen] = await Promise.all([
          standOp(db, bestuur.bestuursnummer, dag),
          laadErkenningen(db, bestuur),
        ])
        const aantallen: Partial<Record<Soort, number>> = {}
        for (const s of stand) aantallen[s.soort] = (aantallen[s.soort] ?? 0) + 1
        const rijen = alsRijen(stand)
        return c.json({
          geldigOp: dag,
          vandaag: vandaag(now),
          bestuur: {
            bestuursnummer: bestuur.bestuursnummer,
            onderwijsbestuurcode: bestuur.onderwijsbestuurcode,
            naam: bestuur.naam,
            kvk: bestuur.kvk,
          },
          onderwijsbestuur: rijen.find((r) => r.soort === 'onderwijsbestuur') ?? null,
          aantallen,
          aanbieders: rijen
            .filter((r) => r.soort === 'onderwijsaanbieder')
            .map((r) => ({ code: r.code, naam: r.naam })),
          locaties: rijen
            .filter((r) => r.soort === 'onderwijslocatie')
            .map((r) => ({ code: r.code, naam: r.naam })),
          erkenningen: [...erkenningen.values()],
          waardelijsten: WAARDELIJSTEN,
        })
      })
      .get('/objecten', valideer('query', lijstQuery), async (c) => {
        const auth = authOf(c)
        const now = clock.now()
        const bestuur = vereisLezen(auth, now)
        const q = c.req.valid('query')
        const dag = dagOf(q.geldigOp, now)
        let rijen = alsRijen(await standOp(db, bestuur.bestuursnummer, dag)).filter(
          (r) => r.soort === q.soort,
        )
        if (q.zoek) {
          const z = q.zoek.toLowerCase()
          rijen = rijen.filter(
            (r) =>
              r.naam.toLowerCase().includes(z) ||
              r.code.toLowerCase().includes(z) ||
              (r.ouder?.naam.toLowerCase().includes(z) ?? false),
          )
        }
        const sorteer = q.sorteer ?? 'naam'
        const teken = q.richting === 'desc' ? -1 : 1
        rijen.sort((a, b) => teken * String(a[sorteer]).localeCompare(String(b[sorteer]), 'nl'))
        const p = pageOf(q)
        return c.json({
          geldigOp: dag,
          soort: q.soort,
          objecten: rijen.slice(p.offset, p.offset + p.aantal),
          totaal: rijen.length,
          pagina: p.pagina,
          aantal: p.aantal,
        })
      })
      .get('/objecten/:code', valideer('query', z.object({ geldigOp })), async (c) => {
        const auth = authOf(c)
        const now = clock.now()
        const bestuur = vereisLezen(auth, now)
        const object = await objectOpCode(db, c.req.param('code').slice(0, 60))
        // Another bestuur's object answers exactly like one that does not exist.
        if (!object || object.bestuursnummer !== bestuur.bestuursnummer) throw objectNietGevonden()
        const dag = dagOf(c.req.valid('query').geldigOp, now)
        const vandaagDag = vandaag(now)
        const rijen = await versiesVan(db, object.id)
        const versies = rijen.map((v) => ({
          id: v.id,
          volgnummer: v.volgnummer,
          positie: v.positie,
          begindatum: v.begindatum,
          einddatum: v.einddatum,
          bestaat: v.bestaat === 1,
          gegevens: v.gegevens ? (JSON.parse(v.gegevens) as Record<string, unknown>) : null,
          referentie: v.referentie,
          door: v.ingediend_door_naam,
          op: v.ingediend_op,
          omschrijving: v.omschrijving,
        }))
        const segmenten = tijdlijn(versies)
        const huidig = segmenten.find(
          (s) => s.begindatum <= dag && (s.einddatum === null || dag < s.einddatum),
        )
        const register = await laadRegister(db, bestuur)
        const soortVan = object.soort as Soort
        const eigen = register.opCode(object.code)
        const ouder = eigen?.ouderId ? register.objecten.get(eigen.ouderId) : undefined
        const naamVan = (id: string, s: Soort) =>
          weergavenaam(s, register.segmenten(id).at(-1)?.versie.gegevens ?? null)
        const magWijzigen = decide(
          auth.subject,
          WIJZIG_PERMISSIE[soortVan],
          scopeVan(register, bestuur, eigen),
          { now },
        )
        const zichtbaar = new Set(segmenten.map((s) => s.versie.id))
        const laatste = segmenten.at(-1)
        return c.json({
          geldigOp: dag,
          vandaag: vandaagDag,
          object: {
            code: object.code,
            soort: soortVan,
            naam: weergavenaam(soortVan, (huidig ?? laatste)?.versie.gegevens ?? null),
            inBedrijf: segmenten[0]?.begindatum ?? null,
            uitBedrijf: laatste ? laatste.einddatum : null,
            ouder: ouder
              ? { code: ouder.code, soort: ouder.soort, naam: naamVan(ouder.id, ouder.soort) }
              : null,
          },
          stand: huidig
            ? {
                begindatum: huidig.begindatum,
                einddatum: huidig.einddatum,
                gegevens: huidig.versie.gegevens,
                referentie: huidig.versie.referentie,
              }
            : null,
          tijdlijn: segmenten.map((s) => ({
            begindatum: s.begindatum,
            einddatum: s.einddatum,
            gegevens: s.versie.gegevens,
            referentie: s.versie.referentie,
            door: s.versie.door,
            op: s.versie.op,
            status: status(s, vandaagDag),
          })),
          versies: versies.map((v) => ({ ...v, vervangen: v.bestaat && !zichtbaar.has(v.id) })),
          kinderen: eigen
            ? register
                .kinderen(eigen.id)
                .map((k) => ({ code: k.code, soort: k.soort, naam: naamVan(k.id, k.soort) }))
            : [],
          mag: {
            wijzigen: magWijzigen.allowed,
            reden: magWijzigen.allowed ? null : magWijzigen.reason,
          },
        })
      })
      .get('/structuur', valideer('query', z.object({ geldigOp })), async (c) => {
        const auth = authOf(c)
        const now = clock.now()
        const bestuur = vereisLezen(auth, now)
        const dag = dagOf(c.req.valid('query').geldigOp, now)
        const tree = structuur(await standOp(db, bestuur.bestuursnummer, dag))
        const platformBestuur = await organisaties.bestuur(bestuur.bestuursnummer)
        return c.json({
          geldigOp: dag,
          bestuursnaam: platformBestuur?.naam ?? bestuur.naam,
          ...tree,
        })
      })
  )
}
