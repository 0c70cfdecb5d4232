/**
 * `/api/portaal/handleidingen`: the manuals and forms per section (anyone, no login), and each
 * as a PDF. The aanmelding beheerder form names its online version (`/beheer/aanmelding`).
 */
import { Hono } from 'hono'
import { downloadHeaders, nietGevonden, type AppEnv } from '@duo/server-kit'
import type { PortaalDeps } from '../deps'
import { GROEPNAMEN, HANDLEIDINGEN, SECTIES_VOLGORDE, pdfVan } from './catalogus'

export function handleidingenRoutes(deps: PortaalDeps) {
  return new Hono<AppEnv>()
    .get('/handleidingen', async (c) => {
      const titels = new Map((await deps.sections.list()).map((s) => [s.id, s.meta?.title]))
      const groepen = []
      for (const id of SECTIES_VOLGORDE) {
        const items = HANDLEIDINGEN.filter((h) => h.sectie === id)
        if (!items.length) continue
        groepen.push({
          id,
          // A section's own title from its section.json; 'beheer' groups more than that section.
          titel: (id !== 'beheer' && titels.get(id)) || GROEPNAMEN[id]!,
          items: await Promise.all(
            items.map(async (h) => ({
              id: h.id,
              soort: h.soort,
              titel: h.titel,
              omschrijving: h.omschrijving,
              online: h.online,
              datum: h.datum,
              bestand: `/api/portaal/handleidingen/${h.id}/pdf`,
              grootte: (await pdfVan(h)).byteLength,
            })),
          ),
        })
      }
      c.header('Cache-Control', 'public, max-age=300')
      return c.json({ groepen })
    })
    .get('/handleidingen/:id/pdf', async (c) => {
      const h = HANDLEIDINGEN.find((x) => x.id === c.req.param('id'))
      if (!h) throw nietGevonden('Dit document bestaat niet.', 'This document does not exist.')
      const bytes = await pdfVan(h)
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        ...downloadHeaders('application/pdf', `${h.id}.pdf`, bytes.byteLength),
        'Cache-Control': 'public, max-age=3600',
      })
    })
}
