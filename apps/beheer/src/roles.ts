import { roles, type RoleId } from '@duo/authz'

type Loc = (text: { nl: string; en: string } | null | undefined) => string

/** The name of a role from the catalogue, in the current language; the id if unknown. */
export function roleLabel(id: string, loc: Loc): string {
  const role = roles[id as RoleId]
  return role ? loc(role.name) : id
}
