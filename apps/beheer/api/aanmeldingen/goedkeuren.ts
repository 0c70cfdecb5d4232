/**
 * Approving an aanmelding (DUO security servicedesk): the named people get the beheerder role
 * and what comes with it automatically, whoever held that beheerder role makes way, and every
 * grant, revocation and the decision itself are logged, all in one transaction.
 */
import { automaticGrantsFor, mayAssign, type Bestuur } from '@duo/authz'
import {
  conflict,
  geweigerd,
  inTransaction,
  type AuthContext,
  type GrantRecord,
  type SectionPlatform,
} from '@duo/server-kit'
import type { BeheerDb, BeheerTables } from '../tables'
import type { BeheerderRol } from '../shared/rules'
import { decideAanmelding, type Aanmelding } from './store'
import { meldBesluit, meldRol } from '../autorisaties/notificaties'

export const alBeoordeeld = () =>
  conflict(
    'al-beoordeeld',
    'Deze aanmelding is al beoordeeld.',
    'This registration has already been decided.',
  )

export async function keurGoed(
  platform: SectionPlatform<BeheerTables>,
  input: { auth: AuthContext; actor: string; aanmelding: Aanmelding; bestuur: Bestuur; now: Date },
): Promise<void> {
  const { db, audit, rollen } = platform
  const { auth, aanmelding: a, bestuur, now: at } = input
  const named: Array<{ rol: BeheerderRol; persoon: { id: string; naam: string } }> = []
  if (a.beheerderPo) named.push({ rol: 'beheerder-po', persoon: a.beheerderPo })
  if (a.beheerderBekostiging)
    named.push({ rol: 'beheerder-bekostiging-opleidingen', persoon: a.beheerderBekostiging })
  for (const n of named) {
    const d = mayAssign(
      auth.subject,
      n.rol,
      bestuur.bestuursnummer,
      { personId: n.persoon.id, bestuur },
      { now: at },
    )
    if (!d.allowed) throw geweigerd(d.reason.code, d.reason.nl, d.reason.en)
  }

  const auditGrant = (
    trx: BeheerDb,
    actie: 'beheer.rol.toegekend' | 'beheer.rol.ingetrokken',
    g: GrantRecord,
    extra: Record<string, unknown>,
  ) =>
    audit.append(
      {
        actie,
        auth,
        actorOmschrijving: input.actor,
        onderwerpPersoonId: g.persoonId,
        bestuursnummer: bestuur.bestuursnummer,
        details: {
          grantId: g.id,
          rol: g.role,
          kenmerk: g.kenmerk,
          vanaf: g.from,
          tot: g.until,
          onderwerp: g.persoonNaam,
          aanmeldingId: a.id,
          ...extra,
        },
      },
      { in: trx },
    )

  await inTransaction(db, async (trx) => {
    const besloten = await decideAanmelding(
      trx,
      a.id,
      { status: 'goedgekeurd', door: auth.persoon.id, reden: null },
      at,
    )
    if (!besloten) throw alBeoordeeld()
    const current = await rollen.vanBestuur(bestuur.bestuursnummer, { in: trx })
    for (const n of named) {
      const automatic = automaticGrantsFor(n.rol, bestuur)
      const related = (g: GrantRecord) =>
        (g.role === n.rol && g.kenmerk === bestuur.bestuursnummer) ||
        automatic.some((x) => x.role === g.role && x.kenmerk === g.kenmerk)
      // A wijziging: whoever held this beheerder role (and what came with it) makes way.
      const predecessors = new Set(
        current
          .filter((g) => g.role === n.rol && g.persoonId !== n.persoon.id)
          .map((g) => g.persoonId),
      )
      for (const g of current.filter((g) => predecessors.has(g.persoonId) && related(g))) {
        await rollen.intrekken(g.id, auth.persoon.id, { in: trx })
        await auditGrant(trx, 'beheer.rol.ingetrokken', g, { reden: 'vervangen door aanmelding' })
      }
      const wanted = [
        { role: n.rol, kenmerk: bestuur.bestuursnummer, automatisch: false },
        ...automatic.map((x) => ({ role: x.role, kenmerk: x.kenmerk, automatisch: true })),
      ]
      for (const w of wanted) {
        const heeftAl = current.some(
          (g) =>
            g.persoonId === n.persoon.id &&
            g.role === w.role &&
            g.kenmerk === w.kenmerk &&
            g.from === null &&
            g.until === null,
        )
        if (heeftAl) continue
        const g = await rollen.toekennen(
          {
            persoonId: n.persoon.id,
            bestuursnummer: bestuur.bestuursnummer,
            role: w.role,
            kenmerk: w.kenmerk,
            toegekendDoor: auth.persoon.id,
          },
          { in: trx },
        )
        await auditGrant(trx, 'beheer.rol.toegekend', g, { automatisch: w.automatisch })
        if (!w.automatisch)
          await meldRol(
            platform,
            {
              persoonId: n.persoon.id,
              rol: w.role,
              kenmerk: w.kenmerk,
              bestuur: bestuur.naam,
              ingetrokken: false,
            },
            { in: trx },
          )
      }
    }
    await audit.append(
      {
        actie: 'beheer.aanmelding.goedgekeurd',
        auth,
        actorOmschrijving: input.actor,
        bestuursnummer: bestuur.bestuursnummer,
        onderwerpPersoonId: a.beheerderPo?.id ?? a.beheerderBekostiging?.id ?? null,
        details: {
          aanmeldingId: a.id,
          beheerderPo: a.beheerderPo?.naam ?? null,
          beheerderBekostiging: a.beheerderBekostiging?.naam ?? null,
        },
      },
      { in: trx },
    )
    await meldBesluit(
      platform,
      { persoonId: a.ingediendDoor.id, bestuur: bestuur.naam, goedgekeurd: true },
      { in: trx },
    )
  })
}
