/**
 * `/api/portaal/redactie/onderhoud`: DUO's redactie sets a section's maintenance window
 * ("wordt vernieuwd en is vanaf <dag> weer beschikbaar") and ends it. The window itself is the
 * platform's (`composed.onderhoud`, see the server kit): the section's API answers 503 until the
 * day, and the section list tells the shell, which then loads none of the section's code.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { dutchDate } from '@duo/authz'
import { jsonLimit, nietGevonden, tekst, valideer, type AppEnv } from '@duo/server-kit'
import type { PortaalDeps } from '../deps'
import { isDag, logRedactie, redacteur } from '../redactie'

const eigenTekst = (veld: string, field: string) =>
  z
    .string()
    .trim()
    .max(
      300,
      tekst(
        `${veld} is te lang (hoogstens 300 tekens).`,
        `${field} is too long (at most 300 characters).`,
      ),
    )
    .optional()

const onderhoudSchema = z
  .object({
    beschikbaarVanaf: z.string().refine(isDag, {
      message: tekst(
        'Vul de dag in waarop het onderdeel weer werkt, als JJJJ-MM-DD.',
        'Enter the day the section works again, as YYYY-MM-DD.',
      ),
    }),
    tekstNl: eigenTekst('De Nederlandse tekst', 'The Dutch text'),
    tekstEn: eigenTekst('De Engelse tekst', 'The English text'),
  })
  .superRefine((o, ctx) => {
    // An own wording needs both languages: a person never sees a message in the other one.
    if (!!o.tekstNl !== !!o.tekstEn)
      ctx.addIssue({
        code: 'custom',
        path: [o.tekstNl ? 'tekstEn' : 'tekstNl'],
        message: tekst(
          'Vul de tekst in beide talen in, of laat beide leeg voor de standaardtekst.',
          'Enter the text in both languages, or leave both empty for the standard text.',
        ),
      })
  })

export function onderhoudRoutes(deps: PortaalDeps) {
  const { db, clock, composed, sections } = deps

  /** The sections the portal has: from the section list, and the APIs composed in. */
  async function secties(): Promise<Array<{ id: string; titel: { nl: string; en: string } }>> {
    const lijst = await sections.list()
    return lijst.map((s) => ({ id: s.id, titel: s.meta?.title ?? { nl: s.id, en: s.id } }))
  }
  async function bestaat(id: string): Promise<boolean> {
    if ((await sections.list()).some((s) => s.id === id)) return true
    try {
      composed.platformOf(id)
      return true
    } catch {
      return false
    }
  }
  const onbekend = () => nietGevonden('Dit onderdeel bestaat niet.', 'This section does not exist.')

  return new Hono<AppEnv>()
    .get('/redactie/onderhoud', async (c) => {
      redacteur(c, clock)
      const actief = await composed.onderhoud.actief()
      return c.json({
        vandaag: dutchDate(clock.now()),
        secties: await secties(),
        regels: (await composed.onderhoud.lijst()).map((r) => ({
          ...r,
          actief: actief.has(r.sectie),
        })),
      })
    })
    .put(
      '/redactie/onderhoud/:sectie',
      jsonLimit(),
      valideer('json', onderhoudSchema),
      async (c) => {
        const auth = redacteur(c, clock)
        const sectie = c.req.param('sectie')
        if (!(await bestaat(sectie))) throw onbekend()
        const input = c.req.valid('json')
        const regel = await composed.onderhoud.zet(
          {
            sectie,
            beschikbaarVanaf: input.beschikbaarVanaf,
            tekst: input.tekstNl && input.tekstEn ? { nl: input.tekstNl, en: input.tekstEn } : null,
          },
          auth.persoon.id,
        )
        await logRedactie(
          db,
          auth,
          'portaal.onderhoud.gewijzigd',
          { sectie, beschikbaarVanaf: input.beschikbaarVanaf },
          clock.now(),
        )
        return c.json({ regel })
      },
    )
    .delete('/redactie/onderhoud/:sectie', async (c) => {
      const auth = redacteur(c, clock)
      const sectie = c.req.param('sectie')
      if (!(await composed.onderhoud.wis(sectie))) throw onbekend()
      await logRedactie(db, auth, 'portaal.onderhoud.beeindigd', { sectie }, clock.now())
      return c.json({ verwijderd: true as const })
    })
}
