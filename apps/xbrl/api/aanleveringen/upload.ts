/**
 * Uploading an instance to a concept: who may, to which aanlevering and whether its verslagjaar
 * is still open are decided before a byte of the body is read; then the body streams to disk
 * (see `ontvangst.ts`), the file is recorded only if the aanlevering is still as it was read
 * (and the verslagjaar still open), the previous file goes, and the validation is queued.
 */
import type { Context } from 'hono'
import { z } from 'zod'
import {
  ApiProblem,
  authOf,
  conflict,
  tekst,
  veiligeNaam,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import { eisOpen } from '../shared/termijnen'
import { toegang } from '../shared/toegang'
import type { XbrlTables } from '../tables'
import { MAX_BESTAND, SOORT, ontvang, teGroot } from './ontvangst'
import { getAanlevering, nieuwBestand } from './store'
import { weergave } from './weergave'

export const uploadQuery = z.object({
  bestandsnaam: z
    .string()
    .trim()
    .min(1, tekst('Geef de naam van het bestand', 'Give the name of the file'))
    .max(
      200,
      tekst(
        'De bestandsnaam is te lang (hoogstens 200 tekens)',
        'The file name is too long (at most 200 characters)',
      ),
    )
    .regex(
      /\.(xbrl|xml)$/i,
      tekst(
        'Kies een XBRL-instance: een bestand dat eindigt op .xbrl of .xml',
        'Choose an XBRL instance: a file ending in .xbrl or .xml',
      ),
    ),
})

export async function uploaden(
  platform: SectionPlatform<XbrlTables>,
  c: Context<AppEnv, string, { out: { query: z.infer<typeof uploadQuery> } }>,
) {
  const { db, clock, bestanden, jobs, audit, logger } = platform
  const auth = authOf(c)
  const { aanlevering: a, bestuur } = await toegang(platform).voorBestuur(
    auth,
    c.req.param('id') ?? '',
    'xbrl.jaarverantwoording.indienen',
  )
  if (a.status !== 'concept' && a.status !== 'gevalideerd')
    throw conflict(
      'al-ingediend',
      'Deze versie is al ingediend en kan niet meer veranderen. Lever zo nodig een correctie aan.',
      'This version has been submitted and can no longer change. Submit a correction if needed.',
    )
  eisOpen(a.verslagjaar, clock.now(), { nl: 'Aanleveren', en: 'Submitting' })
  const lengte = Number(c.req.header('content-length') ?? 0)
  if (lengte > MAX_BESTAND) throw teGroot()
  const bestandsnaam = veiligeNaam(c.req.valid('query').bestandsnaam)

  let ontvangen: { opslagNaam: string; grootte: number }
  try {
    ontvangen = await ontvang(c.req.raw.body, bestanden, logger)
  } catch (err) {
    if (err instanceof ApiProblem)
      await audit.append({
        actie: 'xbrl.bestand.geweigerd',
        auth,
        bestuursnummer: bestuur.bestuursnummer,
        details: { aanleveringId: a.id, bestandsnaam, code: err.body.code, reden: err.body.en },
      })
    throw err
  }

  const vorige = a.opslagNaam
  // The body may have taken minutes: the verslagjaar may have closed, or the aanlevering been
  // submitted or given another file meanwhile. Then the new file goes and nothing changes.
  let vastgelegd = false
  try {
    eisOpen(a.verslagjaar, clock.now(), { nl: 'Aanleveren', en: 'Submitting' })
    vastgelegd = await nieuwBestand(
      db,
      a,
      {
        naam: bestandsnaam,
        opslagNaam: ontvangen.opslagNaam,
        grootte: ontvangen.grootte,
        jobId: null,
        door: { naam: auth.persoon.naam, persoonId: auth.persoon.id },
      },
      clock.now(),
    )
  } finally {
    if (!vastgelegd) await bestanden.verwijder(SOORT, [ontvangen.opslagNaam])
  }
  if (!vastgelegd)
    throw conflict(
      'gewijzigd',
      'Deze aanlevering is intussen gewijzigd (ingediend, of een ander bestand). Uw bestand is niet bewaard. Laad de pagina opnieuw.',
      'This submission changed in the meantime (submitted, or another file). Your file was not kept. Reload the page.',
    )
  // The job starts after the file is recorded: it validates only the file the row names.
  const job = await jobs.start(
    'validatie',
    { aanleveringId: a.id, opslagNaam: ontvangen.opslagNaam },
    { bestuursnummer: bestuur.bestuursnummer, persoonId: auth.persoon.id },
  )
  await db
    .updateTable('xbrl_aanlevering')
    .set({ validatie_job_id: job.id })
    .where('id', '=', a.id)
    .where('opslag_naam', '=', ontvangen.opslagNaam)
    .execute()
  if (vorige && vorige !== ontvangen.opslagNaam) await bestanden.verwijder(SOORT, [vorige])
  await audit.append({
    actie: 'xbrl.bestand.geupload',
    auth,
    bestuursnummer: bestuur.bestuursnummer,
    details: { aanleveringId: a.id, bestandsnaam, grootte: ontvangen.grootte, jobId: job.id },
  })
  const bijgewerkt = (await getAanlevering(db, a.id))!
  return c.json(await weergave(platform).detail(auth, bijgewerkt, bestuur), 202)
}
