/**
 * The Onderwijs Serviceregister's part of the BFF (`/api/osr`): the overeenkomst OSR, the system
 * (LAS) of each school, mandaten per school and dienst for the bestuur; Kennisnet's register;
 * and the machine APIs for the diensten and the suppliers (OAuth 2 client-credentials tokens).
 */
import { Hono } from 'hono'
import { defineApiSection, type ApiOf, type AppEnv, type SectionPlatform } from '@duo/server-kit'
import type { OsrTables } from './tables'
import { osrMigrations } from './migrations'
import { seedOsrDemo } from './demo'
import { auditActies } from './audit-acties'
import { DIENSTEN, STANDAARD_DIENST_CLIENTS, type Dienst } from './shared/diensten'
import { OSR_RESOURCE, tokenControle, type TokenConfig } from './tokens/controle'
import { overeenkomstRoutes } from './overeenkomst/routes'
import { scholenRoutes } from './scholen/routes'
import { systemenRoutes } from './systemen/routes'
import { mandatenRoutes } from './mandaten/routes'
import { registerRoutes } from './register/routes'
import { dienstenRoutes } from './diensten/routes'
import { leverancierRoutes } from './leverancier/routes'

export interface OsrOpties {
  tokens: TokenConfig
  /** Machine client id → the dienst it is (default `dienst-<code>`). */
  dienstClients: Readonly<Record<string, Dienst>>
  /** Calls per minute: per dienst client, per address on the machine APIs. */
  limieten: { perClient: number; perAdres: number }
}

const getal = (v: string | undefined, standaard: number) => {
  const n = Number(v)
  return Number.isInteger(n) && n > 0 ? n : standaard
}

/** The options from the environment (see the section's README). */
export function optiesUitOmgeving(
  env: Record<string, string | undefined> = process.env,
): OsrOpties {
  const issuer = env.DUO_OSR_TOKEN_ISSUER || env.OIDC_ISSUER || null
  let dienstClients: Record<string, Dienst> = { ...STANDAARD_DIENST_CLIENTS }
  if (env.DUO_OSR_DIENST_CLIENTS) {
    // A wrong value stops the start with a clear message rather than refusing every dienst.
    const gelezen: unknown = JSON.parse(env.DUO_OSR_DIENST_CLIENTS)
    const goed =
      typeof gelezen === 'object' &&
      gelezen !== null &&
      Object.values(gelezen).every((d) => DIENSTEN.includes(d as Dienst))
    if (!goed)
      throw new Error(
        `DUO_OSR_DIENST_CLIENTS moet een JSON-object zijn van client-id naar dienst (${DIENSTEN.join(', ')})`,
      )
    dienstClients = gelezen as Record<string, Dienst>
  }
  return {
    tokens: { issuer, audience: env.DUO_OSR_TOKEN_AUDIENCE || OSR_RESOURCE },
    dienstClients,
    limieten: {
      perClient: getal(env.DUO_OSR_LIMIET_PER_CLIENT, 1200),
      perAdres: getal(env.DUO_OSR_LIMIET_PER_ADRES, 6000),
    },
  }
}

/**
 * The section with its machine-API options; the default export reads them from the
 * environment, tests pass their own keys.
 */
export function createOsrApi(opties: OsrOpties = optiesUitOmgeving()) {
  const controleer = tokenControle(opties.tokens)
  const tokenUrl = opties.tokens.issuer ? `${opties.tokens.issuer.replace(/\/$/, '')}/token` : null
  return defineApiSection({
    id: 'osr',
    routes: (platform: SectionPlatform<OsrTables>) =>
      new Hono<AppEnv>()
        .route('/overeenkomst', overeenkomstRoutes(platform))
        .route('/scholen', scholenRoutes(platform))
        .route('/systemen', systemenRoutes(platform))
        .route('/mandaten', mandatenRoutes(platform))
        .route('/register', registerRoutes(platform))
        .route(
          '/diensten',
          dienstenRoutes(platform, {
            controleer,
            dienstClients: opties.dienstClients,
            limieten: opties.limieten,
            tokenUrl,
            audience: opties.tokens.audience,
          }),
        )
        .route(
          '/leverancier',
          leverancierRoutes(platform, {
            controleer,
            perMinuut: opties.limieten.perClient,
            tokenUrl,
          }),
        ),
    migrations: osrMigrations,
    demoData: (platform) => seedOsrDemo(platform),
    auditActies,
  })
}

const osrApi = createOsrApi()
export default osrApi

/** The type of the OSR's API, for its typed client (`useSectionApi<OsrApi>('osr')`). */
export type OsrApi = ApiOf<typeof osrApi>
