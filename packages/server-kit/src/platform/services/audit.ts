import type { Kysely } from 'kysely'
import type { Clock } from '../../clock'
import type { AuditService, Label } from '../../services'
import type { Database } from '../db/schema'
import { appendAudit, listAudit } from '../stores/audit'
import { VROEGERE_ACTIES } from '../audit-acties'

/** The action and the names it had before, so a filter on it finds every entry. */
function metVroegereNamen(actie: string): string[] {
  const oud = Object.entries(VROEGERE_ACTIES).filter(([, nieuw]) => nieuw === actie)
  return [actie, ...oud.map(([naam]) => naam)]
}

/**
 * The audit service of one section: it may only write its own actions
 * (`<section>.<object>.<verb>`, declared in its `auditActies`), so a section cannot forge
 * another's entries.
 */
export function createAuditService(
  db: Kysely<Database>,
  clock: Clock,
  sectionId: string,
  acties: () => Record<string, Label>,
): AuditService {
  return {
    async append(entry, options) {
      if (!entry.actie.startsWith(`${sectionId}.`) || !(entry.actie in acties())) {
        throw new Error(
          `Auditactie '${entry.actie}' is niet gedeclareerd door sectie '${sectionId}' (auditActies)`,
        )
      }
      const auth = entry.auth
      const intermediair = auth?.session.intermediairKvk ?? null
      const via = intermediair ? ` via ketenmachtiging KvK ${intermediair}` : ''
      return appendAudit(
        (options?.in as Kysely<Database> | undefined) ?? db,
        {
          actie: entry.actie,
          actorPersoonId: auth?.persoon.id ?? null,
          actorOmschrijving:
            entry.actorOmschrijving ?? (auth ? `${auth.persoon.naam}${via}` : 'Systeem'),
          sessieRef: auth?.session.ref ?? null,
          onderwerpPersoonId: entry.onderwerpPersoonId ?? null,
          bestuursnummer: entry.bestuursnummer,
          details: intermediair ? { ...entry.details, intermediair } : (entry.details ?? {}),
        },
        clock.now(),
      )
    },
    list: (filter) =>
      listAudit(
        db,
        typeof filter.actie === 'string'
          ? { ...filter, actie: metVroegereNamen(filter.actie) }
          : filter,
      ),
    acties(opties) {
      const alle = acties()
      if (!opties?.huidige) return alle
      return Object.fromEntries(Object.entries(alle).filter(([naam]) => !(naam in VROEGERE_ACTIES)))
    },
  }
}
