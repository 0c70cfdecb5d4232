/**
 * `/api/osr/leverancier`: a supplier's machine client registers its systems and changes their
 * endpoint (every change kept and audited). Kennisnet approves a new system after its
 * qualification test (`register/`). Bearer token with scope `osr.systemen.beheren`; the portal's
 * CSRF header (`X-DUO-CSRF: 1`) on writes, like every write to the API.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import {
  apiFout,
  clientAdres,
  conflict,
  inTransaction,
  invoerFout,
  isUniqueViolation,
  jsonLimit,
  nietGevonden,
  tekst,
  type SectionPlatform,
} from '@duo/server-kit'
import type { OsrTables } from '../tables'
import { DIENSTEN } from '../shared/diensten'
import { SCOPE_LEVERANCIER, type TokenControle } from '../tokens/controle'
import { machineToken, type MachineEnv } from '../tokens/machine'
import * as store from '../systemen/store'
import { fout } from '../diensten/schemas'

/** An https URL without credentials, where diensten deliver messages. */
const endpoint = z
  .string()
  .trim()
  .max(500, tekst('Het endpoint is te lang', 'The endpoint is too long'))
  .refine(
    (v) => {
      const url = URL.parse(v)
      return !!url && url.protocol === 'https:' && !url.username && !url.password && !url.hash
    },
    tekst(
      'Het endpoint is een https-adres zonder inloggegevens',
      'The endpoint is an https URL without credentials',
    ),
  )
  .openapi({ example: 'https://osr.leerlingplan.example/berichten' })

const aanmelding = z.object({
  naam: z
    .string()
    .trim()
    .min(2, tekst('Geef de naam van het systeem', 'Give the name of the system'))
    .max(
      80,
      tekst(
        'De naam is te lang (hoogstens 80 tekens)',
        'The name is too long (at most 80 characters)',
      ),
    )
    .openapi({ example: 'LeerlingPlan' }),
  endpoint,
  diensten: z
    .array(z.enum(DIENSTEN, { message: tekst('Onbekende dienst', 'Unknown dienst') }))
    .min(1, tekst('Kies ten minste één dienst', 'Choose at least one dienst')),
})

const systeem = z
  .object({
    id: z.string(),
    naam: z.string(),
    endpoint: z.string(),
    status: z.enum(['aangemeld', 'goedgekeurd', 'afgewezen']),
    diensten: z.array(z.enum(DIENSTEN)),
    aangemeldOp: z.string(),
    kwalificatieOp: z.string().nullable(),
    redenAfwijzing: z.string().nullable(),
  })
  .openapi('Systeem')

const csrf = z.object({
  'x-duo-csrf': z.literal('1').openapi({ description: 'Required on every write to the API.' }),
})

const fouten = {
  400: { description: 'Invalid input', content: { 'application/json': { schema: fout } } },
  401: {
    description: 'No, an invalid or an expired token',
    content: { 'application/json': { schema: fout } },
  },
  403: {
    description: 'Not a known supplier, or no scope',
    content: { 'application/json': { schema: fout } },
  },
}

const security = [{ leverancierToken: [SCOPE_LEVERANCIER] }]

const lijstRoute = createRoute({
  method: 'get',
  path: '/v1/systemen',
  summary: "The supplier's own systems",
  security,
  responses: {
    200: {
      description: 'Systems',
      content: { 'application/json': { schema: z.object({ systemen: z.array(systeem) }) } },
    },
    ...fouten,
  },
})

const aanmeldRoute = createRoute({
  method: 'post',
  path: '/v1/systemen',
  summary: 'Register a system; Kennisnet approves it after the qualification test',
  security,
  request: {
    headers: csrf,
    body: { content: { 'application/json': { schema: aanmelding } }, required: true },
  },
  responses: {
    201: {
      description: 'Registered',
      content: { 'application/json': { schema: z.object({ systeem }) } },
    },
    409: {
      description: 'A system of this name exists',
      content: { 'application/json': { schema: fout } },
    },
    ...fouten,
  },
})

const endpointRoute = createRoute({
  method: 'put',
  path: '/v1/systemen/{id}/endpoint',
  summary: "Change a system's endpoint (kept in its history, audited)",
  security,
  request: {
    headers: csrf,
    params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) }),
    body: { content: { 'application/json': { schema: z.object({ endpoint }) } }, required: true },
  },
  responses: {
    200: {
      description: 'Changed',
      content: { 'application/json': { schema: z.object({ systeem }) } },
    },
    404: {
      description: 'Not a system of this supplier',
      content: { 'application/json': { schema: fout } },
    },
    ...fouten,
  },
})

const alsLeverancierZiet = (s: store.Systeem) => ({
  id: s.id,
  naam: s.naam,
  endpoint: s.endpoint,
  status: s.status,
  diensten: s.diensten,
  aangemeldOp: s.aangemeldOp,
  kwalificatieOp: s.kwalificatieOp,
  redenAfwijzing: s.redenAfwijzing,
})

export function leverancierRoutes(
  platform: SectionPlatform<OsrTables>,
  opties: { controleer: TokenControle; perMinuut: number; tokenUrl: string | null },
) {
  const { db, clock, audit, rateLimit } = platform
  const app = new OpenAPIHono<MachineEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return c.json(invoerFout(result.error.issues), 400)
    },
  })
  app.openAPIRegistry.registerComponent('securitySchemes', 'leverancierToken', {
    type: 'oauth2',
    flows: {
      clientCredentials: {
        tokenUrl: opties.tokenUrl ?? 'https://broker.example/token',
        scopes: { [SCOPE_LEVERANCIER]: 'Register systems and their endpoints' },
      },
    },
  })
  app.use('/v1/*', async (c, next) => {
    c.header('Cache-Control', 'no-store')
    await next()
  })
  app.use(
    '/v1/*',
    rateLimit({
      naam: 'leverancier-adres',
      limiet: opties.perMinuut,
      vensterSeconden: 60,
      sleutel: clientAdres,
    }) as never,
  )
  app.use('/v1/*', machineToken(opties.controleer, SCOPE_LEVERANCIER))
  app.use('/v1/*', jsonLimit(16 * 1024) as never)

  async function leverancier(clientId: string) {
    return store.leverancierVanClient(db, clientId)
  }
  const onbekend = apiFout(
    'onbekende-leverancier',
    'Deze client hoort niet bij een leverancier in het register. Neem contact op met Kennisnet.',
    'This client does not belong to a supplier in the register. Please contact Kennisnet.',
  )

  return app
    .openapi(lijstRoute, async (c) => {
      const l = await leverancier(c.get('machine').clientId)
      if (!l) return c.json(onbekend, 403)
      const systemen = await store.listSystemen(db, { leverancierId: l.id })
      return c.json({ systemen: systemen.map(alsLeverancierZiet) }, 200)
    })
    .openapi(aanmeldRoute, async (c) => {
      const l = await leverancier(c.get('machine').clientId)
      if (!l) return c.json(onbekend, 403)
      const input = c.req.valid('json')
      const id = await inTransaction(db, async (trx) => {
        const nieuw = await store
          .meldAan(trx, { leverancier: l, ...input }, clock.now())
          .catch((err: unknown) => {
            if (isUniqueViolation(err))
              throw conflict(
                'naam-bestaat',
                `U heeft al een systeem met de naam ${input.naam}.`,
                `You already have a system named ${input.naam}.`,
              )
            throw err
          })
        await audit.append(
          {
            actie: 'osr.systeem.aangemeld',
            auth: null,
            actorOmschrijving: `${l.naam} (client ${l.clientId})`,
            bestuursnummer: null,
            details: {
              systeemId: nieuw,
              naam: input.naam,
              endpoint: input.endpoint,
              diensten: input.diensten,
            },
          },
          { in: trx },
        )
        return nieuw
      })
      return c.json({ systeem: alsLeverancierZiet((await store.getSysteem(db, id))!) }, 201)
    })
    .openapi(endpointRoute, async (c) => {
      const l = await leverancier(c.get('machine').clientId)
      if (!l) return c.json(onbekend, 403)
      const s = await store.getSysteem(db, c.req.valid('param').id)
      // Another supplier's system answers exactly like one that does not exist.
      if (!s || s.leverancier.id !== l.id) {
        const nf = nietGevonden('Dit systeem bestaat niet.', 'This system does not exist.')
        return c.json(nf.body, 404)
      }
      const { endpoint: nieuw } = c.req.valid('json')
      if (nieuw !== s.endpoint)
        await inTransaction(db, async (trx) => {
          await store.wijzigEndpoint(trx, s, nieuw, l.clientId, clock.now())
          await audit.append(
            {
              actie: 'osr.endpoint.gewijzigd',
              auth: null,
              actorOmschrijving: `${l.naam} (client ${l.clientId})`,
              bestuursnummer: null,
              details: { systeemId: s.id, systeem: s.naam, van: s.endpoint, naar: nieuw },
            },
            { in: trx },
          )
        })
      return c.json({ systeem: alsLeverancierZiet((await store.getSysteem(db, s.id))!) }, 200)
    })
    .doc31('/openapi.json', {
      openapi: '3.1.0',
      info: {
        title: 'Onderwijs Serviceregister (OSR) – API voor leveranciers',
        version: '1.0.0',
        description: 'A supplier registers its systems and keeps their endpoint up to date.',
      },
      servers: [{ url: '/api/osr/leverancier' }],
    })
}
