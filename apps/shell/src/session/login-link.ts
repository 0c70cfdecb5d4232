import { veiligTerugpad } from '@duo/portal-sdk/contract'

/**
 * Where to log in again after the session ended, returning to `path`: the same way as before
 * (DUO staff through DUO's own login, old password or token accounts through the login page).
 */
export function loginHref(methode: string | undefined, path: string): string {
  const terug = encodeURIComponent(veiligTerugpad(path))
  if (methode === 'duo') return `/auth/intern/login?terug=${terug}`
  if (methode === 'eherkenning' || methode === undefined) return `/auth/login?terug=${terug}`
  return `/inloggen?terug=${terug}`
}
