/**
 * Which demo persona the generated API tests log in as for a permission. New sections reuse an
 * existing `@duo/authz` permission until the security team adds theirs; the generated tests
 * only pass when someone of the demo bestuur A holds it through a role on the whole bestuur,
 * and the harness user `alles` too (the page test), so the prompt refuses any other.
 */
import {
  permissionIds,
  permissions,
  rolesGranting,
  type PermissionId,
} from '../../../packages/authz/src/index.ts'
import {
  BESTUUR_A,
  DEMO_PERSONAS,
} from '../../../packages/server-kit/src/platform/demo/personas.ts'
import { HARNESS_USERS } from '../../../packages/section-kit/src/harness/users.ts'

const isPermissie = (p: string): p is PermissionId =>
  (permissionIds as readonly string[]).includes(p)

/** The persona id for the generated API tests, or why this permission cannot be used. */
export function medewerkerMet(permissie: string): { persona: string } | { fout: string } {
  if (!isPermissie(permissie))
    return {
      fout: `Onbekende permissie '${permissie}': kies een id uit packages/authz/src/catalogue/permissions.ts.`,
    }
  if (permissions[permissie].source !== 'rol')
    return {
      fout: `'${permissie}' komt uit een ${permissions[permissie].source}, niet uit een rol: kies een permissie die een rol geeft.`,
    }
  const rollen = new Set<string>(rolesGranting(permissie).map((r) => r.id))
  const opBestuur = (g: { role: string; kenmerk: string }) =>
    rollen.has(g.role) && g.kenmerk === BESTUUR_A.bestuursnummer
  const persona = DEMO_PERSONAS.find(
    (p) => p.kind === 'eherkenning' && p.kvk === BESTUUR_A.kvk && p.grants.some(opBestuur),
  )
  if (!persona)
    return {
      fout: `Geen demopersona van bestuur ${BESTUUR_A.bestuursnummer} heeft '${permissie}' op het hele bestuur: kies een andere permissie.`,
    }
  const alles = HARNESS_USERS.find((u) => u.id === 'alles')
  if (!alles?.user.grants.some(opBestuur))
    return {
      fout: `De harnasgebruiker 'alles' heeft '${permissie}' niet: kies een andere permissie.`,
    }
  return { persona: persona.id }
}
