/**
 * The digitaal archief: documents any section publishes for a bestuur (a beschikking, a
 * letter), listed and downloaded in the helpdesk section's archive. One table for all.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Kysely, Selectable } from 'kysely'
import type { Clock } from '../../clock'
import { inTransaction, newId, toIso } from '../../db/dialect'
import type {
  ArchiefDocument,
  DocumentSoort,
  DocumentenService,
  NotificatieService,
} from '../../services'
import type { Database } from '../db/schema'
import { lijstInfo, pagineer, telBegrensd } from '../../db/lijst'
import { zoekIndex } from '../../db/zoek'

/** Words in a document's titel and referentie (made by the platform's migration 0009). */
export const documentZoek = zoekIndex({ tabel: 'document', kolommen: ['titel', 'referentie'] })

/** Where a document's bytes live, relative to the data folder. */
const OPSLAG = /^[a-z][a-z0-9-]*(\/[a-z][a-z0-9-]*)?\/[0-9a-f]{8}-[0-9a-f-]{27}$/

const toDocument = (r: Selectable<Database['document']>): ArchiefDocument => ({
  id: r.id,
  bestuursnummer: r.bestuursnummer,
  bron: r.bron,
  soort: r.soort as DocumentSoort,
  titel: r.titel,
  referentie: r.referentie,
  datum: r.datum,
  bestandsnaam: r.bestandsnaam,
  contentType: r.content_type,
  grootte: Number(r.grootte),
  zaakReferentie: r.zaak_referentie,
  createdAt: r.created_at,
})

export function createDocumentenService(
  db: Kysely<Database>,
  clock: Clock,
  dataDir: string,
  sectionId: string,
  /** Tells the people of the bestuur by e-mail, in the same transaction as the document. */
  notificaties?: NotificatieService,
): DocumentenService {
  return {
    async publiceer(doc, options) {
      const handle = (options?.in as Kysely<Database> | undefined) ?? db
      if (doc.id) {
        const bestaand = await handle
          .selectFrom('document')
          .selectAll()
          .where('id', '=', doc.id)
          .executeTakeFirst()
        if (bestaand) return toDocument(bestaand)
      }
      const opslag = `documenten/${randomUUID()}`
      await mkdir(join(dataDir, 'documenten'), { recursive: true })
      await writeFile(join(dataDir, opslag), doc.bytes, { flag: 'wx' })
      const row = {
        id: doc.id ?? newId(),
        bestuursnummer: doc.bestuursnummer,
        bron: sectionId,
        soort: doc.soort,
        titel: doc.titel,
        referentie: doc.referentie,
        datum: doc.datum,
        bestandsnaam: doc.bestandsnaam,
        content_type: doc.contentType,
        grootte: doc.bytes.byteLength,
        opslag,
        zaak_referentie: doc.zaakReferentie ?? null,
        created_at: toIso(clock.now()),
      }
      try {
        await inTransaction(handle, async (trx) => {
          await trx.insertInto('document').values(row).execute()
          await notificaties?.stuur(
            { bestuursnummer: doc.bestuursnummer },
            {
              soort: 'document',
              onderwerp: {
                nl: 'Nieuw document in uw digitaal archief',
                en: 'New document in your digital archive',
              },
              tekst: {
                nl: `In het digitaal archief van uw bestuur staat een nieuw document: ${doc.titel} (${doc.referentie}, ${doc.datum}).`,
                en: `A new document is in the digital archive of your school board: ${doc.titel} (${doc.referentie}, ${doc.datum}).`,
              },
              link: '/helpdesk/archief',
            },
            { in: trx },
          )
        })
      } catch (err) {
        await rm(join(dataDir, opslag), { force: true })
        throw err
      }
      return toDocument(row)
    },

    async lijst(bestuursnummer, filter = {}) {
      const { q: gezocht, telbaar } = await documentZoek.van(db, 'd', filter.zoek)
      let q = gezocht.where('d.bestuursnummer', '=', bestuursnummer)
      if (filter.soort) q = q.where('d.soort', '=', filter.soort)
      if (filter.zaakReferentie) q = q.where('d.zaak_referentie', '=', filter.zaakReferentie)
      const richting = filter.richting === 'asc' ? 'asc' : 'desc'
      // Keyset on (datum, id): an index range of the bestuur (and soort), whatever the archive's size.
      const [pagina, telling] = await Promise.all([
        pagineer(
          q.selectAll('d'),
          [
            { kolom: 'd.datum', richting },
            { kolom: 'd.id', richting },
          ],
          filter,
          { standaard: 20 },
        ),
        telbaar ? telBegrensd(db, q) : undefined,
      ])
      return {
        documenten: pagina.rijen.map(toDocument),
        ...lijstInfo(pagina),
        ...(telling ?? {}),
      }
    },

    async get(id) {
      const row = await db
        .selectFrom('document')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row ? toDocument(row) : null
    },

    async lees(document) {
      const row = await db
        .selectFrom('document')
        .select('opslag')
        .where('id', '=', document.id)
        .executeTakeFirstOrThrow()
      if (!OPSLAG.test(row.opslag)) throw new Error('Ongeldige opslag van document')
      return readFile(join(dataDir, row.opslag))
    },
  }
}
