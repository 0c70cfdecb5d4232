/**
 * `POST /api/beheer/autorisaties/:id/periode`: a beheerder changes the period of a grant
 * (geldig vanaf / tot en met) instead of revoking and assigning it again. Who may change it is
 * who may assign it (`mayAssign`); the change and its audit entry land in one transaction.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { dutchDate, mayAssign, type RoleId } from '@duo/authz'
import {
  authOf,
  conflict,
  geweigerd,
  inTransaction,
  jsonLimit,
  nietGevonden,
  requireBestuur,
  tekst,
  valideer,
  type AppEnv,
  type SectionPlatform,
  type VeldFout,
} from '@duo/server-kit'
import type { BeheerTables } from '../tables'
import { isCalendarDay } from '../shared/dagen'
import { ongeldig } from '../shared/invoer'
import { actor, grantView } from '../shared/weergave'

const dag = (nl: string, en: string) =>
  z
    .string({ message: tekst(`Vul ${nl} in als JJJJ-MM-DD.`, `Enter ${en} as YYYY-MM-DD.`) })
    .max(10, tekst(`Vul ${nl} in als JJJJ-MM-DD.`, `Enter ${en} as YYYY-MM-DD.`))
    .nullish()

const periodeSchema = z.object({
  vanaf: dag('de eerste dag', 'the first day'),
  tot: dag('de laatste dag', 'the last day'),
})

/**
 * The new period against the calendar and today: real days, not ending before it starts, not
 * over already, and no new first day in the past (a first day already passed may stay).
 */
function checkPeriode(
  input: z.infer<typeof periodeSchema>,
  huidig: { from: string | null },
  today: string,
): { vanaf: string | null; tot: string | null } {
  const vanaf = input.vanaf || null
  const tot = input.tot || null
  const fields: VeldFout[] = []
  if (vanaf !== null && !isCalendarDay(vanaf)) {
    fields.push({
      veld: 'vanaf',
      nl: 'Vul de eerste dag in als een bestaande datum (JJJJ-MM-DD).',
      en: 'Enter the first day as an existing date (YYYY-MM-DD).',
    })
  } else if (vanaf !== null && vanaf < today && vanaf !== huidig.from) {
    fields.push({
      veld: 'vanaf',
      nl: 'De eerste dag ligt in het verleden. Kies vandaag of een latere dag.',
      en: 'The first day is in the past. Choose today or a later day.',
    })
  }
  if (tot !== null && !isCalendarDay(tot)) {
    fields.push({
      veld: 'tot',
      nl: 'Vul de laatste dag in als een bestaande datum (JJJJ-MM-DD).',
      en: 'Enter the last day as an existing date (YYYY-MM-DD).',
    })
  } else if (tot !== null && vanaf !== null && isCalendarDay(vanaf) && tot < vanaf) {
    fields.push({
      veld: 'tot',
      nl: 'De laatste dag ligt vóór de eerste dag.',
      en: 'The last day is before the first day.',
    })
  } else if (tot !== null && tot < today) {
    fields.push({
      veld: 'tot',
      nl: 'De laatste dag ligt in het verleden. Wilt u de rol meteen laten vervallen, trek haar dan in.',
      en: 'The last day is in the past. To end the role at once, revoke it.',
    })
  }
  if (fields.length) throw ongeldig(fields)
  return { vanaf, tot }
}

const nietActief = () =>
  conflict(
    'niet-actief',
    'Deze toekenning is ingetrokken; de periode kan niet meer worden gewijzigd.',
    'This grant has been revoked; its period can no longer be changed.',
  )

export function periodeRoutes(platform: SectionPlatform<BeheerTables>) {
  const { db, clock, audit, rollen } = platform

  return new Hono<AppEnv>().post(
    '/:id/periode',
    jsonLimit(),
    valideer('json', periodeSchema),
    async (c) => {
      const auth = authOf(c)
      const bestuur = requireBestuur(auth)
      const at = clock.now()
      const grant = await rollen.get(c.req.param('id'))
      if (!grant || grant.bestuursnummer !== bestuur.bestuursnummer) {
        throw nietGevonden(
          'Deze toekenning bestaat niet (meer) in uw bestuur.',
          'This grant does not exist (any more) in your bestuur.',
        )
      }
      if (grant.ingetrokkenOp) throw nietActief()
      // As for assigning it: the person's other grants in this bestuur, not this one itself.
      const andere = (await rollen.actief(grant.persoonId, at))
        .filter((g) => g.bestuursnummer === bestuur.bestuursnummer && g.id !== grant.id)
        .map((g) => ({ role: g.role as RoleId, kenmerk: g.kenmerk, from: g.from, until: g.until }))
      const decision = mayAssign(
        auth.subject,
        grant.role as RoleId,
        grant.kenmerk,
        { personId: grant.persoonId, bestuur, grants: andere },
        { now: at },
      )
      if (!decision.allowed)
        throw geweigerd(decision.reason.code, decision.reason.nl, decision.reason.en)
      const nieuw = checkPeriode(c.req.valid('json'), grant, dutchDate(at))
      await inTransaction(db, async (trx) => {
        const gewijzigd = await rollen.wijzigPeriode(
          grant.id,
          { from: nieuw.vanaf, until: nieuw.tot },
          { in: trx },
        )
        if (!gewijzigd) throw nietActief()
        await audit.append(
          {
            actie: 'beheer.rol.periode-gewijzigd',
            auth,
            actorOmschrijving: actor(auth, decision.grant?.role),
            onderwerpPersoonId: grant.persoonId,
            bestuursnummer: bestuur.bestuursnummer,
            details: {
              grantId: grant.id,
              rol: grant.role,
              kenmerk: grant.kenmerk,
              vanaf: nieuw.vanaf,
              tot: nieuw.tot,
              vorigVanaf: grant.from,
              vorigTot: grant.until,
              onderwerp: grant.persoonNaam,
            },
          },
          { in: trx },
        )
      })
      const na = { ...grant, from: nieuw.vanaf, until: nieuw.tot }
      return c.json({ grant: grantView(na, dutchDate(at)) })
    },
  )
}
