/**
 * What the autorisatiebeheer page shows a beheerder: the people of the bestuur with their
 * grants, per person what may be assigned (and why the rest not), what may be revoked.
 * Computed with the same `@duo/authz` rules that decide the changes.
 */
import {
  assignableRoles,
  dutchDate,
  mayAssign,
  mayRevoke,
  roleIds,
  roles,
  type Bestuur,
  type Grant,
  type RoleId,
  type Subject,
} from '@duo/authz'
import type { BestuurPersoon, GrantRecord } from '@duo/server-kit'
import { notAssignable } from '../shared/rules'
import { grantView, isGeldig } from '../shared/weergave'

export function autorisatieOverzicht(input: {
  subject: Subject
  zelf: string
  bestuur: Bestuur
  people: BestuurPersoon[]
  grants: GrantRecord[]
  now: Date
}) {
  const { subject, bestuur, now } = input
  const today = dutchDate(now)
  const general = assignableRoles(subject, bestuur, { now })
  const personen = input.people.map((p) => {
    const own = input.grants.filter((g) => g.persoonId === p.id)
    const active: Grant[] = own
      .filter((g) => isGeldig(g, today))
      .map((g) => ({ role: g.role as RoleId, kenmerk: g.kenmerk, from: g.from, until: g.until }))
    const toekenbaar = assignableRoles(subject, bestuur, {
      now,
      target: { personId: p.id, grants: active },
    })
    const forThem = new Set(toekenbaar.map((r) => r.role))
    const nietVoorDezePersoon = general
      .filter((r) => !forThem.has(r.role))
      .map((r) => ({
        rol: r.role,
        reden: mayAssign(
          subject,
          r.role,
          r.kenmerken[0]!,
          { personId: p.id, bestuur, grants: active },
          { now },
        ).reason,
      }))
    return {
      id: p.id,
      naam: p.naam,
      intermediairKvk: p.intermediairKvk,
      ikZelf: p.id === input.zelf,
      grants: own.map((g) => {
        const revoke = mayRevoke(subject, { role: g.role as RoleId, kenmerk: g.kenmerk }, bestuur, {
          now,
        })
        // Changing the period is assigning it anew: the same rule, without this grant itself.
        const others = active.filter(
          (a) => !(a.role === g.role && a.kenmerk === g.kenmerk && a.from === g.from),
        )
        const period = mayAssign(
          subject,
          g.role as RoleId,
          g.kenmerk,
          { personId: p.id, bestuur, grants: others },
          { now },
        )
        return {
          ...grantView(g, today),
          intrekbaar: revoke.allowed,
          nietIntrekbaarReden: revoke.allowed ? null : revoke.reason,
          periodeWijzigbaar: period.allowed,
        }
      }),
      toekenbaar,
      nietVoorDezePersoon,
    }
  })
  return {
    bestuur: {
      bestuursnummer: bestuur.bestuursnummer,
      naam: bestuur.naam,
      onderwijsbestuurcode: bestuur.onderwijsbestuurcode,
      osrOvereenkomstGetekend: bestuur.osrOvereenkomstGetekend,
      scholen: bestuur.scholen.map((s) => ({
        instellingscode: s.instellingscode,
        naam: s.naam,
        onderwijsaanbiedercode: s.onderwijsaanbiedercode,
      })),
    },
    rollen: roleIds
      .filter((id) => !roles[id].internal)
      .map((id) => ({
        rol: id,
        naam: roles[id].name,
        omschrijving: roles[id].description,
        kenmerkTypes: roles[id].kenmerkTypes,
        beschikbaarVanaf: roles[id].availableFrom ?? null,
      })),
    toekenbaar: general,
    nietMogelijk: notAssignable(subject, bestuur, now),
    personen,
  }
}
