/** `/api/helpdesk/contact` and `/contactpersoon`: how to reach the helpdesk, and who it reaches. */
import { Hono } from 'hono'
import { z } from 'zod'
import {
  authOf,
  authorize,
  requireBestuur,
  requireLogin,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import type { HelpdeskTables } from '../tables'
import { getContactpersoon, getHelpdeskContact, saveContactpersoon } from './store'

const contactpersoonJson = z.object({
  naam: z
    .string()
    .trim()
    .min(
      2,
      tekst(
        'De naam van de contactpersoon is te kort (minstens 2 tekens)',
        "The contact person's name is too short (at least 2 characters)",
      ),
    )
    .max(
      100,
      tekst(
        'De naam is te lang (hoogstens 100 tekens)',
        'The name is too long (at most 100 characters)',
      ),
    ),
  email: z
    .string()
    .trim()
    .max(200, tekst('Het e-mailadres is te lang', 'The e-mail address is too long'))
    .pipe(
      z.email(
        tekst(
          'Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl',
          'Enter a valid e-mail address, for example name@school.nl',
        ),
      ),
    ),
  // Dutch numbers: 10 digits starting with 0, or +31 / 0031 followed by 9; spaces and dashes allowed.
  telefoon: z
    .string()
    .trim()
    .refine(
      (s) =>
        /^(\+31 ?|0031 ?|0)[1-9][0-9 -]+$/.test(s) &&
        s.replace(/\D/g, '').replace(/^(0031|31)/, '0').length === 10,
      tekst(
        'Vul een geldig Nederlands telefoonnummer in, bijvoorbeeld 030 123 4567',
        'Enter a valid Dutch phone number, for example 030 123 4567',
      ),
    ),
})

export function contactRoutes(platform: SectionPlatform<HelpdeskTables>) {
  const { db, clock, audit } = platform
  const now = () => clock.now()
  return new Hono<AppEnv>()
    .use(requireLogin())
    .get('/contact', async (c) => {
      const auth = authOf(c)
      const bestuur = requireBestuur(auth)
      authorize(auth, 'helpdesk.melding.lezen', { bestuur }, now())
      const [helpdesk, contactpersoon] = await Promise.all([
        getHelpdeskContact(db),
        getContactpersoon(db, bestuur.bestuursnummer),
      ])
      c.header('Cache-Control', 'no-store')
      return c.json({
        helpdesk,
        contactpersoon,
        bestuur: { bestuursnummer: bestuur.bestuursnummer, naam: bestuur.naam },
      })
    })
    .put('/contactpersoon', valideer('json', contactpersoonJson), async (c) => {
      const auth = authOf(c)
      const bestuur = requireBestuur(auth)
      authorize(auth, 'helpdesk.contactpersoon.wijzigen', { bestuur }, now())
      const contactpersoon = await saveContactpersoon(
        db,
        bestuur.bestuursnummer,
        c.req.valid('json'),
        auth.persoon.id,
        now(),
      )
      await audit.append({
        actie: 'helpdesk.contactpersoon.gewijzigd',
        auth,
        bestuursnummer: bestuur.bestuursnummer,
      })
      return c.json({ contactpersoon })
    })
}
