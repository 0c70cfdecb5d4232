/**
 * Who may see and change what in the register: `@duo/authz` decides on the object as loaded (the
 * school's own bestuur, the mandaat's own bestuur), never on an id from the URL, and an object of
 * another bestuur answers exactly like one that does not exist.
 */
import {
  GEEN_BESTUUR,
  authorize,
  authorizeLoaded,
  bestuurVan,
  geweigerd,
  nietGevonden,
  requireBestuur,
  type AuthContext,
  type BestuurTree,
  type SectionPlatform,
} from '@duo/server-kit'
import type { MiddlewareHandler } from 'hono'
import type { PermissionId } from '@duo/authz'
import type { AppEnv } from '@duo/server-kit'
import type { OsrTables } from '../tables'

const schoolNietGevonden = () =>
  nietGevonden(
    'Deze school bestaat niet of hoort niet bij uw bestuur.',
    'This school does not exist or does not belong to your board.',
  )

const mandaatNietGevonden = () =>
  nietGevonden(
    'Dit mandaat bestaat niet of u kunt het niet inzien.',
    'This mandaat does not exist or you cannot view it.',
  )

export function toegang(platform: SectionPlatform<OsrTables>) {
  const { organisaties, clock } = platform

  function beheerder(auth: AuthContext) {
    // People of a bestuur get a plain answer, not authz's "you act for another organisation".
    if (auth.bestuur)
      throw geweigerd(
        'alleen-kennisnet',
        'Dit deel van het OSR is voor de beheerders van het register bij Kennisnet.',
        'This part of the OSR is for the register administrators at Kennisnet.',
      )
    authorize(auth, 'osr.register.beheren', { bestuur: GEEN_BESTUUR }, clock.now())
  }

  return {
    /** The bestuur the person acts for, when they may do `permission` on all of it. */
    eigenBestuur(auth: AuthContext, permission: PermissionId): BestuurTree {
      const bestuur = requireBestuur(auth)
      authorize(auth, permission, { bestuur }, clock.now())
      return bestuur
    },

    /** A school by its instellingscode, decided on the school's own bestuur (404 outside it). */
    async school(auth: AuthContext, instellingscode: string, permission: PermissionId) {
      requireBestuur(auth)
      const code = instellingscode.toUpperCase()
      const bestuur = /^\d{2}[A-Z]{2}$/.test(code)
        ? await organisaties.bestuurVanSchool(code)
        : null
      const school = bestuur?.scholen.find((s) => s.instellingscode === code)
      if (!bestuur || !school) throw schoolNietGevonden()
      authorizeLoaded(auth, permission, { bestuur, school: code }, clock.now(), schoolNietGevonden)
      return { bestuur, school }
    },

    /** An object of a bestuur (a mandaat), decided on that bestuur and school. */
    async vanBestuur(
      auth: AuthContext,
      object: { bestuursnummer: string; instellingscode: string } | null,
      permission: PermissionId,
      notFound = mandaatNietGevonden,
    ): Promise<BestuurTree> {
      requireBestuur(auth)
      const bestuur = object ? await bestuurVan(auth, organisaties, object.bestuursnummer) : null
      if (!object || !bestuur) throw notFound()
      authorizeLoaded(
        auth,
        permission,
        { bestuur, school: object.instellingscode },
        clock.now(),
        notFound,
      )
      return bestuur
    },

    /**
     * Refuses who may not do `permission` on their own bestuur before the body is read, so a
     * refused request gets its 403 whatever it sent.
     */
    vooraf(permission: PermissionId): MiddlewareHandler<AppEnv> {
      return async (c, next) => {
        const auth = c.get('auth')
        if (auth) authorize(auth, permission, { bestuur: requireBestuur(auth) }, clock.now())
        await next()
      }
    },

    /** Kennisnet's staff, before the body is read. */
    voorafBeheerder(): MiddlewareHandler<AppEnv> {
      return async (c, next) => {
        const auth = c.get('auth')
        if (auth) beheerder(auth)
        await next()
      }
    },

    /** Kennisnet's staff: the register across all besturen. */
    beheerder,
  }
}

/** Who acted, for the history shown to the bestuur: the name, and the intermediary if any. */
export function doorVan(auth: AuthContext) {
  const via = auth.session.intermediairKvk
    ? ` (via ketenmachtiging KvK ${auth.session.intermediairKvk})`
    : ''
  return { persoonId: auth.persoon.id, naam: `${auth.persoon.naam}${via}` }
}
