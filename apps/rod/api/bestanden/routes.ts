/**
 * `/api/rod/bestanden`: files with schooladviezen and niveau vo, per school or for the whole
 * bestuur. Requested here, made in the background (the platform's job queue, which survives a
 * restart), followed with their progress, and downloaded as CSV or XLSX while kept. A file
 * belongs to the person who asked, in their bestuur (and school): checked on the loaded job.
 */
import { Readable } from 'node:stream'
import { Hono } from 'hono'
import { z } from 'zod'
import {
  ApiProblem,
  apiFout,
  authOf,
  conflict,
  downloadHeaders,
  jsonLimit,
  may,
  nietGevonden,
  requireBestuur,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type AuthContext,
  type Job,
  type SectionPlatform,
} from '@duo/server-kit'
import type { RodTables } from '../tables'
import { toegang } from '../shared/toegang'
import { UUID, instellingscode, schooljaar } from '../shared/invoer'
import { schooljarenVan } from '../dashboard/store'
import { vandaag } from '../shared/dagen'
import { SOORTEN } from './rijen'
import { BEWAARTERMIJN_DAGEN, MAP, type BestandData, type BestandResultaat } from './job'

const PERMISSION = 'rod.bestanden-schooladviezen.ophalen' as const
const JOB = 'bestand'
/** Files one person may have waiting or running at once. */
const MAX_LOPEND = 3

const aanvraag = z.object({
  soort: z.enum(SOORTEN, {
    message: tekst('Kies schooladviezen of niveau vo', 'Choose schooladviezen or niveau vo'),
  }),
  schooljaar,
  instellingscode: instellingscode.nullish(),
})

const SOORT_LABEL = {
  schooladviezen: { nl: 'Schooladviezen', en: 'Schooladviezen (school advice)' },
  'niveau-vo': { nl: 'Niveau vo', en: 'Niveau vo (level in secondary education)' },
}

const bestandNietGevonden = () =>
  nietGevonden(
    'Dit bestand bestaat niet of u kunt het niet inzien.',
    'This file does not exist or you cannot view it.',
  )
const verlopen = () =>
  new ApiProblem(
    410,
    apiFout(
      'verlopen',
      `Dit bestand is na ${BEWAARTERMIJN_DAGEN} dagen verwijderd. Vraag het opnieuw aan.`,
      `This file was removed after ${BEWAARTERMIJN_DAGEN} days. Please request it again.`,
    ),
  )

export function bestandenRoutes(platform: SectionPlatform<RodTables>) {
  const { db, clock, audit, jobs, bestanden } = platform
  const mag = toegang(platform)

  const isVerlopen = (job: Job) => !!job.bewaarTot && job.bewaarTot <= clock.now().toISOString()

  /** What the pages show of a job. */
  function bestandVan(job: Job, auth: AuthContext) {
    const data = job.data as BestandData
    const r = job.resultaat as BestandResultaat | null
    const school = auth.bestuur?.scholen.find((s) => s.instellingscode === data.instellingscode)
    return {
      id: job.id,
      soort: data.soort,
      soortLabel: SOORT_LABEL[data.soort],
      schooljaar: data.schooljaar,
      instellingscode: data.instellingscode,
      schoolNaam: school?.naam ?? null,
      status: job.status === 'klaar' && isVerlopen(job) ? ('verlopen' as const) : job.status,
      voortgang: job.voortgang,
      stap: job.stap,
      fout: job.fout,
      aangevraagdOp: job.aangemaaktOp,
      klaarOp: job.klaarOp,
      bewaarTot: job.bewaarTot,
      aantal: r?.aantal ?? null,
      bestandsnaam: r?.bestandsnaam ?? null,
      csv: r ? { grootte: r.csv.grootte } : null,
      xlsx: r ? { grootte: r.xlsx.grootte } : null,
    }
  }

  /** Whether the person may still see this job: theirs, and their roles still cover its scope. */
  function magZien(auth: AuthContext, job: Job): boolean {
    const bestuur = auth.bestuur
    const data = job.data as BestandData | null
    if (!bestuur || !data || job.soort !== `rod.${JOB}`) return false
    if (job.persoonId !== auth.persoon.id || job.bestuursnummer !== bestuur.bestuursnummer)
      return false
    const resource = data.instellingscode ? { bestuur, school: data.instellingscode } : { bestuur }
    return may(auth, PERMISSION, resource, clock.now())
  }

  /** A job of this person, within their (current) reach; anything else does not exist for them. */
  async function eigenJob(auth: AuthContext, id: string): Promise<Job> {
    const job = UUID.test(id) ? await jobs.get(id) : null
    const data = job?.data as BestandData | null | undefined
    if (
      !job ||
      !data ||
      job.soort !== `rod.${JOB}` ||
      job.persoonId !== auth.persoon.id ||
      !job.bestuursnummer
    )
      throw bestandNietGevonden()
    await mag.opRij(
      auth,
      PERMISSION,
      { bestuursnummer: job.bestuursnummer, instellingscode: data.instellingscode },
      bestandNietGevonden,
    )
    return job
  }

  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/', async (c) => {
      const auth = authOf(c)
      const bestuur = requireBestuur(auth)
      const scholen = mag.scholenMet(auth, [PERMISSION])
      const heleBestuur = may(auth, PERMISSION, { bestuur }, clock.now())
      if (!scholen.length) mag.scope(auth, [PERMISSION])
      const lijst = await jobs.lijst({
        soort: JOB,
        bestuursnummer: bestuur.bestuursnummer,
        persoonId: auth.persoon.id,
        limit: 50,
      })
      c.header('Cache-Control', 'no-store')
      return c.json({
        bestanden: lijst.filter((j) => magZien(auth, j)).map((j) => bestandVan(j, auth)),
        /** What the request form offers. */
        keuze: {
          heleBestuur,
          scholen: scholen.map((s) => ({ instellingscode: s.instellingscode, naam: s.naam })),
          schooljaren: await schooljarenVan(
            db,
            scholen.map((s) => s.instellingscode),
            vandaag(clock.now()),
          ),
          bewaartermijnDagen: BEWAARTERMIJN_DAGEN,
        },
      })
    })
    .post('/', jsonLimit(), valideer('json', aanvraag), async (c) => {
      const auth = authOf(c)
      const input = c.req.valid('json')
      const scope = mag.scope(auth, [PERMISSION], input.instellingscode ?? null)
      const lopend = (
        await jobs.lijst({ soort: JOB, persoonId: auth.persoon.id, limit: 50 })
      ).filter((j) => j.status === 'wachtend' || j.status === 'bezig')
      if (lopend.length >= MAX_LOPEND)
        throw conflict(
          'te-veel-lopend',
          `U heeft al ${MAX_LOPEND} bestanden in de maak. Wacht tot er één klaar is.`,
          `You already have ${MAX_LOPEND} files being made. Please wait until one is ready.`,
        )
      const data: BestandData = {
        soort: input.soort,
        schooljaar: input.schooljaar,
        instellingscode: scope.school?.instellingscode ?? null,
        instellingscodes: scope.instellingscodes,
      }
      const job = await jobs.start(JOB, data, {
        bestuursnummer: scope.bestuur.bestuursnummer,
        persoonId: auth.persoon.id,
        bewaarTot: new Date(clock.now().getTime() + BEWAARTERMIJN_DAGEN * 86_400_000),
      })
      await audit.append({
        actie: 'rod.bestand.aangevraagd',
        auth,
        bestuursnummer: scope.bestuur.bestuursnummer,
        details: {
          jobId: job.id,
          soort: data.soort,
          schooljaar: data.schooljaar,
          instellingscode: data.instellingscode,
        },
      })
      c.header('Cache-Control', 'no-store')
      return c.json({ bestand: bestandVan(job, auth) }, 202)
    })
    .get('/:id', async (c) => {
      const auth = authOf(c)
      const job = await eigenJob(auth, c.req.param('id'))
      c.header('Cache-Control', 'no-store')
      return c.json({ bestand: bestandVan(job, auth) })
    })
    .get('/:id/download/:formaat{csv|xlsx}', async (c) => {
      const auth = authOf(c)
      const job = await eigenJob(auth, c.req.param('id'))
      const r = job.resultaat as BestandResultaat | null
      if (job.status !== 'klaar' || !r)
        throw conflict(
          'nog-niet-klaar',
          'Dit bestand is nog niet klaar.',
          'This file is not ready yet.',
        )
      if (isVerlopen(job)) throw verlopen()
      const formaat = c.req.param('formaat') as 'csv' | 'xlsx'
      const opgeslagen = r[formaat]
      const bron = await bestanden.leesStroom(MAP, opgeslagen.naam).catch(() => null)
      if (!bron) throw verlopen()
      await audit.append({
        actie: 'rod.bestand.gedownload',
        auth,
        bestuursnummer: job.bestuursnummer,
        details: {
          jobId: job.id,
          formaat,
          soort: (job.data as BestandData).soort,
          aantal: r.aantal,
        },
      })
      const type =
        formaat === 'csv'
          ? 'text/csv'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      return c.body(
        Readable.toWeb(bron.stream as Readable) as ReadableStream,
        200,
        downloadHeaders(type, `${r.bestandsnaam}.${formaat}`, bron.grootte),
      )
    })
}
