/**
 * `/api/osr/diensten`: the register's API for the diensten (ROD PO, Verzuim, RIO, Doorstroomtoets,
 * OSO). Machine clients only: an OAuth 2 client-credentials token, no session cookie. Rate
 * limited per address and per client, every answer audited (without personal data), documented
 * as OpenAPI generated from these route definitions (`/api/osr/diensten/openapi.json`).
 */
import { OpenAPIHono, createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { apiFout, clientAdres, invoerFout, type SectionPlatform } from '@duo/server-kit'
import type { OsrTables } from '../tables'
import type { Dienst } from '../shared/diensten'
import { DIENST_DEFINITIES } from '../shared/diensten'
import { vandaagOp } from '../shared/datum'
import { SCOPE_DIENSTEN, type TokenControle } from '../tokens/controle'
import { machineToken, type MachineEnv } from '../tokens/machine'
import { dienstVragen } from './vraag'
import * as s from './schemas'

export interface DienstenOpties {
  controleer: TokenControle
  /** Machine client id → the dienst it is. */
  dienstClients: Readonly<Record<string, Dienst>>
  /** Calls per minute per client and per address. */
  limieten: { perClient: number; perAdres: number }
  /** Where clients get tokens, for the OpenAPI document. */
  tokenUrl: string | null
  audience: string
}

const fouten = {
  400: { description: 'Invalid input', content: { 'application/json': { schema: s.fout } } },
  401: {
    description: 'No, an invalid or an expired token',
    content: { 'application/json': { schema: s.fout } },
  },
  403: {
    description: 'The token lacks the scope, or asks about another dienst',
    content: { 'application/json': { schema: s.fout } },
  },
  429: {
    description: 'Too many calls (see Retry-After)',
    content: { 'application/json': { schema: s.fout } },
  },
}

const security = [{ dienstToken: [SCOPE_DIENSTEN] }]

const vraagRoute = createRoute({
  method: 'get',
  path: '/v1/mandaat',
  summary: 'May system S exchange messages for school X in dienst D on day T?',
  tags: ['mandaten'],
  security,
  request: { query: s.vraagQuery },
  responses: {
    200: {
      description: 'The answer, with the reason and the mandaat that decided it',
      content: { 'application/json': { schema: s.antwoord } },
    },
    ...fouten,
  },
})

const lijstRoute = createRoute({
  method: 'get',
  path: '/v1/scholen/{instellingscode}/mandaten',
  summary: "The school's mandaten in the caller's dienst, with their state on a day",
  tags: ['mandaten'],
  security,
  request: { params: s.schoolParam, query: s.lijstQuery },
  responses: {
    200: {
      description: 'Every mandaat of the school in this dienst, newest first',
      content: { 'application/json': { schema: s.mandatenLijst } },
    },
    404: { description: 'Unknown school', content: { 'application/json': { schema: s.fout } } },
    ...fouten,
  },
})

export function dienstenRoutes(platform: SectionPlatform<OsrTables>, opties: DienstenOpties) {
  const { clock, audit, rateLimit } = platform
  const vragen = dienstVragen(platform)
  const app = new OpenAPIHono<MachineEnv>({
    // Bad input answers exactly as everywhere in the portal: 400 with the problem per field.
    defaultHook: (result, c) => {
      if (!result.success) return c.json(invoerFout(result.error.issues), 400)
    },
  })

  app.openAPIRegistry.registerComponent('securitySchemes', 'dienstToken', {
    type: 'oauth2',
    description: `Client credentials at the token broker, with resource=${opties.audience}. Send the access token as "Authorization: Bearer …". No session cookie.`,
    flows: {
      clientCredentials: {
        tokenUrl: opties.tokenUrl ?? 'https://broker.example/token',
        scopes: { [SCOPE_DIENSTEN]: 'Ask the register about mandaten' },
      },
    },
  })

  /** The dienst of the calling client, or a 403 answer. */
  function dienstVan(c: Context<MachineEnv>, gevraagd?: Dienst) {
    const client = c.get('machine')
    const eigen = opties.dienstClients[client.clientId]
    if (!eigen)
      return {
        fout: apiFout(
          'onbekende-dienst',
          'Deze client is geen dienst van het register.',
          'This client is not a dienst (service) of the register.',
        ),
      }
    if (gevraagd && gevraagd !== eigen)
      return {
        fout: apiFout(
          'andere-dienst',
          `Deze client vraagt namens ${DIENST_DEFINITIES[eigen].naam.nl}, niet namens ${DIENST_DEFINITIES[gevraagd].naam.nl}.`,
          `This client asks for ${DIENST_DEFINITIES[eigen].naam.en}, not for ${DIENST_DEFINITIES[gevraagd].naam.en}.`,
        ),
      }
    return { dienst: eigen }
  }

  const gevraagd = (c: Context<MachineEnv>, details: Record<string, unknown>) =>
    audit.append({
      actie: 'osr.dienst.gevraagd',
      auth: null,
      actorOmschrijving: `Dienst (client ${c.get('machine').clientId})`,
      bestuursnummer: null,
      details: { clientId: c.get('machine').clientId, ...details },
    })

  app.use('/v1/*', async (c, next) => {
    c.header('Cache-Control', 'no-store')
    await next()
  })
  app.use(
    '/v1/*',
    rateLimit({
      naam: 'diensten-adres',
      limiet: opties.limieten.perAdres,
      vensterSeconden: 60,
      sleutel: clientAdres,
    }) as never,
  )
  app.use('/v1/*', machineToken(opties.controleer, SCOPE_DIENSTEN))
  app.use(
    '/v1/*',
    rateLimit({
      naam: 'diensten-client',
      limiet: opties.limieten.perClient,
      vensterSeconden: 60,
      sleutel: (c) =>
        (c.get('machine' as never) as { clientId: string } | undefined)?.clientId ?? null,
    }) as never,
  )

  return app
    .openapi(vraagRoute, async (c) => {
      const q = c.req.valid('query')
      const wie = dienstVan(c, q.dienst)
      if (wie.fout) {
        await gevraagd(c, { vraag: 'mandaat', geweigerd: wie.fout.code })
        return c.json(wie.fout, 403)
      }
      const datum = q.datum ?? vandaagOp(clock.now())
      const antwoord = await vragen.magUitwisselen({
        systeem: q.systeem,
        school: q.school,
        dienst: q.dienst,
        datum,
      })
      await gevraagd(c, {
        vraag: 'mandaat',
        ...antwoord.vraag,
        toegestaan: antwoord.toegestaan,
        reden: antwoord.reden.code,
      })
      return c.json(antwoord, 200)
    })
    .openapi(lijstRoute, async (c) => {
      const wie = dienstVan(c)
      if (wie.fout) {
        await gevraagd(c, { vraag: 'mandaten', geweigerd: wie.fout.code })
        return c.json(wie.fout, 403)
      }
      const { instellingscode } = c.req.valid('param')
      const datum = c.req.valid('query').datum ?? vandaagOp(clock.now())
      const lijst = await vragen.mandatenVan(instellingscode, wie.dienst, datum)
      await gevraagd(c, {
        vraag: 'mandaten',
        school: instellingscode,
        dienst: wie.dienst,
        datum,
        aantal: lijst?.mandaten.length ?? null,
      })
      if (!lijst)
        return c.json(
          apiFout('niet-gevonden', 'Deze school is onbekend.', 'This school is unknown.'),
          404,
        )
      return c.json(lijst, 200)
    })
    .doc31('/openapi.json', {
      openapi: '3.1.0',
      info: {
        title: 'Onderwijs Serviceregister (OSR) – API voor diensten',
        version: '1.0.0',
        description:
          'Whether a supplier system may exchange messages for a school in a dienst on a day, and the mandaten of a school. For the diensten of po (ROD PO, Verzuim, RIO, Doorstroomtoets po, OSO) only; no personal data. Every call is audited and rate limited per client.',
      },
      servers: [{ url: '/api/osr/diensten' }],
    })
}
