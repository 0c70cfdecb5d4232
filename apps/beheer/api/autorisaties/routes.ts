/**
 * `/api/beheer/autorisaties…`: a beheerder assigns roles with kenmerk and period to the people
 * of the bestuur, and revokes them. Grants live in the platform (`platform.rollen`); each change
 * and its audit entry land in one transaction. Changing a grant's period: `./periode.ts`.
 */
import { Hono } from 'hono'
import { dutchDate, mayAssign, mayRevoke, type RoleId } from '@duo/authz'
import {
  authOf,
  conflict,
  geweigerd,
  inTransaction,
  jsonLimit,
  nietGevonden,
  requireBestuur,
  requireLogin,
  valideer,
  type AppEnv,
  type SectionPlatform,
} from '@duo/server-kit'
import type { BeheerTables } from '../tables'
import { adminDecision } from '../shared/rules'
import { ongeldig } from '../shared/invoer'
import { actor, geenCache, grantView, roleName } from '../shared/weergave'
import { checkToekenning, toekennenSchema } from './schemas'
import { autorisatieOverzicht } from './overzicht'
import { periodeRoutes } from './periode'
import { meldRol } from './notificaties'

const alIngetrokken = () =>
  conflict('al-ingetrokken', 'Deze rol is al ingetrokken.', 'This role has already been revoked.')

export function autorisatiesRoutes(platform: SectionPlatform<BeheerTables>) {
  const { db, clock, audit, personen, rollen } = platform
  const now = () => clock.now()

  return new Hono<AppEnv>()
    .use(requireLogin())
    .use(geenCache())
    .route('/', periodeRoutes(platform))
    .get('/', async (c) => {
      const auth = authOf(c)
      const bestuur = requireBestuur(auth)
      const at = now()
      const admin = adminDecision(auth.subject, bestuur, at)
      if (!admin.allowed) throw geweigerd(admin.reason.code, admin.reason.nl, admin.reason.en)
      const [people, grants] = await Promise.all([
        personen.vanBestuur(bestuur),
        rollen.vanBestuur(bestuur.bestuursnummer),
      ])
      return c.json(
        autorisatieOverzicht({
          subject: auth.subject,
          zelf: auth.persoon.id,
          bestuur,
          people,
          grants,
          now: at,
        }),
      )
    })

    .post('/', jsonLimit(), valideer('json', toekennenSchema), async (c) => {
      const auth = authOf(c)
      const bestuur = requireBestuur(auth)
      const at = now()
      const input = checkToekenning(c.req.valid('json'), at)
      const target = (await personen.vanBestuur(bestuur)).find((p) => p.id === input.persoonId)
      if (!target) {
        throw ongeldig([
          {
            veld: 'persoonId',
            nl: 'Kies een persoon van uw bestuur.',
            en: 'Choose a person of your bestuur.',
          },
        ])
      }
      const targetGrants = (await rollen.actief(target.id, at))
        .filter((g) => g.bestuursnummer === bestuur.bestuursnummer)
        .map((g) => ({ role: g.role as RoleId, kenmerk: g.kenmerk, from: g.from, until: g.until }))
      const decision = mayAssign(
        auth.subject,
        input.rol,
        input.kenmerk,
        { personId: target.id, bestuur, grants: targetGrants },
        { now: at },
      )
      if (!decision.allowed)
        throw geweigerd(decision.reason.code, decision.reason.nl, decision.reason.en)
      const existing = (await rollen.vanBestuur(bestuur.bestuursnummer)).find(
        (g) => g.persoonId === target.id && g.role === input.rol && g.kenmerk === input.kenmerk,
      )
      if (existing) {
        throw conflict(
          'bestaat-al',
          `${target.naam} heeft de rol ${roleName(input.rol).nl} met kenmerk ${input.kenmerk} al. Wijzig de periode van die toekenning in de lijst.`,
          `${target.naam} already has the role ${roleName(input.rol).en} with kenmerk ${input.kenmerk}. Change the period of that grant in the list.`,
        )
      }
      const grant = await inTransaction(db, async (trx) => {
        const g = await rollen.toekennen(
          {
            persoonId: target.id,
            bestuursnummer: bestuur.bestuursnummer,
            role: input.rol,
            kenmerk: input.kenmerk,
            from: input.vanaf,
            until: input.tot,
            toegekendDoor: auth.persoon.id,
          },
          { in: trx },
        )
        await audit.append(
          {
            actie: 'beheer.rol.toegekend',
            auth,
            actorOmschrijving: actor(auth, decision.grant?.role),
            onderwerpPersoonId: target.id,
            bestuursnummer: bestuur.bestuursnummer,
            details: {
              grantId: g.id,
              rol: g.role,
              kenmerk: g.kenmerk,
              vanaf: g.from,
              tot: g.until,
              onderwerp: target.naam,
            },
          },
          { in: trx },
        )
        await meldRol(
          platform,
          {
            persoonId: target.id,
            rol: g.role,
            kenmerk: g.kenmerk,
            bestuur: bestuur.naam,
            ingetrokken: false,
          },
          { in: trx },
        )
        return g
      })
      return c.json({ grant: grantView(grant, dutchDate(at)) }, 201)
    })

    .post('/:id/intrekken', async (c) => {
      const auth = authOf(c)
      const bestuur = requireBestuur(auth)
      const at = now()
      const grant = await rollen.get(c.req.param('id'))
      if (!grant || grant.bestuursnummer !== bestuur.bestuursnummer) {
        throw nietGevonden(
          'Deze toekenning bestaat niet (meer) in uw bestuur.',
          'This grant does not exist (any more) in your bestuur.',
        )
      }
      if (grant.ingetrokkenOp) throw alIngetrokken()
      const decision = mayRevoke(
        auth.subject,
        { role: grant.role as RoleId, kenmerk: grant.kenmerk },
        bestuur,
        { now: at },
      )
      if (!decision.allowed)
        throw geweigerd(decision.reason.code, decision.reason.nl, decision.reason.en)
      await inTransaction(db, async (trx) => {
        if (!(await rollen.intrekken(grant.id, auth.persoon.id, { in: trx }))) throw alIngetrokken()
        await audit.append(
          {
            actie: 'beheer.rol.ingetrokken',
            auth,
            actorOmschrijving: actor(auth, decision.grant?.role),
            onderwerpPersoonId: grant.persoonId,
            bestuursnummer: bestuur.bestuursnummer,
            details: {
              grantId: grant.id,
              rol: grant.role,
              kenmerk: grant.kenmerk,
              vanaf: grant.from,
              tot: grant.until,
              onderwerp: grant.persoonNaam,
            },
          },
          { in: trx },
        )
        await meldRol(
          platform,
          {
            persoonId: grant.persoonId,
            rol: grant.role,
            kenmerk: grant.kenmerk,
            bestuur: bestuur.naam,
            ingetrokken: true,
          },
          { in: trx },
        )
      })
      return c.json({ ingetrokken: true as const })
    })
}
