import { createHash } from 'node:crypto'
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { zValidator } from '@hono/zod-validator'
import {
  assignableRoles,
  automaticGrantsFor,
  dutchDate,
  grantStatus,
  mayAssign,
  mayRevoke,
  permissions,
  roleIds,
  roles,
  type Bestuur,
  type Grant as AuthzGrant,
  type RoleId,
} from '@duo/authz'
import type { AppEnv } from '../../http/env'
import { ApiProblem, apiError } from '../../http/errors'
import { authOf, authorize, requireLogin } from '../../auth/middleware'
import type { AuthContext } from '../../auth/context'
import { inTransaction, newId } from '../../db/dialect'
import { getBestuur } from '../../stores/organisations'
import {
  addGrant,
  getGrant,
  listActiveGrants,
  listGrantsOfBestuur,
  revokeGrant,
  type GrantRecord,
} from '../../stores/grants'
import { appendAudit, listAudit, type AuditEntry, type AuditFilter } from '../../stores/audit'
import type { SectionDeps } from '../deps'
import {
  badInput,
  beheerValidationHook,
  checkToekenning,
  csvLine,
  invalidInput,
  isCalendarDay,
  logboekQuerySchema,
  nextDay,
  afwijzenSchema,
  startOfDutchDay,
  toekennenSchema,
  type FieldError,
} from './input'
import {
  BEHEERDER_ROLLEN,
  adminDecision,
  notAssignable,
  roleAvailability,
  type BeheerderRol,
} from './rules'
import {
  decideAanmelding,
  dismissNotice,
  dismissedNotices,
  getAanmelding,
  insertAanmelding,
  listAanmeldingen,
  listPeopleOfBestuur,
  namesOf,
  type Aanmelding,
  type AanmeldingStatus,
  type BestuurPersoon,
} from './store'

/** The signed form: at most 5 MB (assumed), a PDF by its content. */
export const MAX_BIJLAGE_BYTES = 5 * 1024 * 1024
const PDF_MAGIC = Buffer.from('%PDF-', 'ascii')

/** Actions this section writes to the audit log. */
export const BEHEER_ACTIES = [
  'rol.toegekend',
  'rol.ingetrokken',
  'aanmelding.ingediend',
  'aanmelding.goedgekeurd',
  'aanmelding.afgewezen',
] as const

const forbidden = (code: string, nl: string, en: string) =>
  new ApiProblem(403, apiError(code, nl, en))
const notFound = (nl: string, en: string) => new ApiProblem(404, apiError('niet-gevonden', nl, en))
const conflict = (code: string, nl: string, en: string) =>
  new ApiProblem(409, apiError(code, nl, en))

const roleName = (id: string) => roles[id as RoleId]?.name ?? { nl: id, en: id }

/** The bestuur the person acts for, or 403 for DUO staff. */
function ownBestuur(auth: AuthContext): Bestuur {
  if (!auth.bestuur) {
    throw forbidden(
      'alleen-bestuur',
      'Dit onderdeel is voor medewerkers van een bestuur, ingelogd met eHerkenning.',
      'This part is for staff of a bestuur, logged in with eHerkenning.',
    )
  }
  return auth.bestuur
}

/** DUO staff act for no bestuur; their internal roles do not look at it. */
const GEEN_BESTUUR: Bestuur = {
  bestuursnummer: '',
  kvk: '',
  onderwijsbestuurcode: '',
  naam: '',
  osrOvereenkomstGetekend: false,
  scholen: [],
}

/** "Anouk Jansen (Beheerder po)", "… via ketenmachtiging KvK 30999999". */
function actorOmschrijving(auth: AuthContext, as?: string): string {
  const rol = as
    ? ` (${roleName(as).nl})`
    : auth.subject.kind === 'duo-medewerker' && auth.grants[0]
      ? ` (${roleName(auth.grants[0].role).nl})`
      : ''
  const via = auth.session.intermediairKvk
    ? ` via ketenmachtiging KvK ${auth.session.intermediairKvk}`
    : ''
  return `${auth.persoon.naam}${rol}${via}`
}

function auditBase(auth: AuthContext, as?: string) {
  return {
    actorPersoonId: auth.persoon.id,
    actorOmschrijving: actorOmschrijving(auth, as),
    sessieRef: auth.session.ref,
  }
}

/** What the browser may see of an aanmelding (never the stored file name). */
function publicAanmelding(a: Aanmelding) {
  const { bijlageBestand: _hidden, ...rest } = a
  return rest
}

function grantView(g: GrantRecord, today: string) {
  const role = roles[g.role as RoleId]
  return {
    id: g.id,
    rol: g.role,
    rolNaam: roleName(g.role),
    kenmerk: g.kenmerk,
    vanaf: g.from,
    tot: g.until,
    toegekendOp: g.toegekendOp,
    status: grantStatus(
      { role: g.role as RoleId, kenmerk: g.kenmerk, from: g.from, until: g.until },
      today,
    ),
    automatisch: role?.assignedBy === 'automatisch',
  }
}

/** Beheerders of the bestuur (active grants of the beheerder roles), by role. */
async function beheerdersOf(deps: SectionDeps, bestuur: Bestuur, now: Date) {
  const grants = await listGrantsOfBestuur(deps.db, bestuur.bestuursnummer, { now })
  const today = dutchDate(now)
  return BEHEERDER_ROLLEN.map((rol) => ({
    rol,
    rolNaam: roleName(rol),
    personen: grants
      .filter(
        (g) =>
          g.role === rol &&
          g.kenmerk === bestuur.bestuursnummer &&
          grantStatus({ role: rol, kenmerk: g.kenmerk, from: g.from, until: g.until }, today) ===
            'geldig',
      )
      .map((g) => ({ id: g.persoonId, naam: g.persoonNaam })),
  }))
}

async function storeBijlage(dataDir: string, bytes: Uint8Array): Promise<string> {
  const dir = join(dataDir, 'beheer', 'aanmeldingen')
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const name = `${newId()}.pdf`
  await writeFile(join(dir, name), bytes, { flag: 'wx', mode: 0o600 })
  return name
}

const bijlagePath = (dataDir: string, name: string) => join(dataDir, 'beheer', 'aanmeldingen', name)

/** A safe ASCII download name. */
function downloadName(naam: string): string {
  const base =
    naam
      .replace(/\.pdf$/i, '')
      .replace(/[^A-Za-z0-9._ -]+/g, '_')
      .slice(0, 80)
      .trim() || 'aanmelding'
  return `${base}.pdf`
}

const BIJLAGE_TE_GROOT: FieldError = {
  veld: 'bijlage',
  nl: `Het bestand is te groot. Voeg een PDF van ten hoogste ${MAX_BIJLAGE_BYTES / 1024 / 1024} MB toe.`,
  en: `The file is too large. Attach a PDF of at most ${MAX_BIJLAGE_BYTES / 1024 / 1024} MB.`,
}

/** The beheer section's API (`/api/beheer/...`). */
export function beheerRoutes(deps: SectionDeps) {
  const now = () => deps.clock.now()

  return (
    new Hono<AppEnv>()
      .use(requireLogin())
      .use(async (c, next) => {
        await next()
        c.header('Cache-Control', 'no-store')
      })

      // ---------------------------------------------------------------- Mijn rollen
      .get('/mijn-rollen', async (c) => {
        const auth = authOf(c)
        const at = now()
        const today = dutchDate(at)
        const bestuur = auth.bestuur
        const mine = bestuur
          ? (await listGrantsOfBestuur(deps.db, bestuur.bestuursnummer, { now: at })).filter(
              (g) => g.persoonId === auth.persoon.id,
            )
          : auth.grants.map(
              (g) =>
                ({
                  ...g,
                  from: g.from ?? null,
                  until: g.until ?? null,
                  toegekendOp: '',
                  persoonId: auth.persoon.id,
                }) as unknown as GrantRecord,
            )
        const rollen = mine.map((g) => {
          const role = roles[g.role as RoleId]
          const available =
            role?.availableFrom && today < role.availableFrom ? role.availableFrom : null
          const organisatie =
            bestuur &&
            (g.kenmerk === bestuur.bestuursnummer || g.kenmerk === bestuur.onderwijsbestuurcode)
              ? bestuur.naam
              : (bestuur?.scholen.find(
                  (s) => s.instellingscode === g.kenmerk || s.onderwijsaanbiedercode === g.kenmerk,
                )?.naam ?? null)
          const by = role?.assignedBy
          const toegekendDoorRol: string[] = Array.isArray(by)
            ? [...by]
            : by === 'servicedesk'
              ? ['duo-security-servicedesk']
              : by === 'automatisch' && role?.automaticWith
                ? [role.automaticWith]
                : []
          return {
            ...grantView(g, today),
            omschrijving: role?.description ?? null,
            organisatie,
            beschikbaarVanaf: available,
            gegevensToegang: role?.dataAccess ?? false,
            permissies: (role?.permissions ?? []).map((p) => ({ id: p, ...pick(permissions[p]) })),
            toegekendDoorRol,
          }
        })
        return c.json({
          persoon: { id: auth.persoon.id, naam: auth.persoon.naam },
          bestuur: bestuur ? { bestuursnummer: bestuur.bestuursnummer, naam: bestuur.naam } : null,
          intermediairKvk: auth.session.intermediairKvk,
          rollen,
          beheerders: bestuur ? await beheerdersOf(deps, bestuur, at) : [],
        })
      })

      // ---------------------------------------------------------------- Autorisatiebeheer
      .get('/autorisaties', async (c) => {
        const auth = authOf(c)
        const bestuur = ownBestuur(auth)
        const at = now()
        const today = dutchDate(at)
        const admin = adminDecision(auth.subject, bestuur, at)
        if (!admin.allowed) throw forbidden(admin.reason.code, admin.reason.nl, admin.reason.en)
        const people = await listPeopleOfBestuur(deps.db, bestuur)
        const grants = await listGrantsOfBestuur(deps.db, bestuur.bestuursnummer, { now: at })
        const general = assignableRoles(auth.subject, bestuur, { now: at })
        const personen = people.map((p) => {
          const own = grants.filter((g) => g.persoonId === p.id)
          const active: AuthzGrant[] = own
            .filter(
              (g) =>
                grantStatus(
                  { role: g.role as RoleId, kenmerk: g.kenmerk, from: g.from, until: g.until },
                  today,
                ) === 'geldig',
            )
            .map((g) => ({
              role: g.role as RoleId,
              kenmerk: g.kenmerk,
              from: g.from,
              until: g.until,
            }))
          const toekenbaar = assignableRoles(auth.subject, bestuur, {
            now: at,
            target: { personId: p.id, grants: active },
          })
          const forThem = new Set(toekenbaar.map((r) => r.role))
          const nietVoorDezePersoon = general
            .filter((r) => !forThem.has(r.role))
            .map((r) => ({
              rol: r.role,
              reden: mayAssign(
                auth.subject,
                r.role,
                r.kenmerken[0]!,
                { personId: p.id, bestuur, grants: active },
                { now: at },
              ).reason,
            }))
          return {
            id: p.id,
            naam: p.naam,
            intermediairKvk: p.intermediairKvk,
            ikZelf: p.id === auth.persoon.id,
            grants: own.map((g) => {
              const revoke = mayRevoke(
                auth.subject,
                { role: g.role as RoleId, kenmerk: g.kenmerk },
                bestuur,
                { now: at },
              )
              return {
                ...grantView(g, today),
                intrekbaar: revoke.allowed,
                nietIntrekbaarReden: revoke.allowed ? null : revoke.reason,
              }
            }),
            toekenbaar,
            nietVoorDezePersoon,
          }
        })
        return c.json({
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
          nietMogelijk: notAssignable(auth.subject, bestuur, at),
          personen,
        })
      })

      .post(
        '/autorisaties',
        zValidator('json', toekennenSchema, beheerValidationHook),
        async (c) => {
          const auth = authOf(c)
          const bestuur = ownBestuur(auth)
          const at = now()
          const input = checkToekenning(c.req.valid('json'), at)
          const people = await listPeopleOfBestuur(deps.db, bestuur)
          const target = people.find((p) => p.id === input.persoonId)
          if (!target) {
            throw badInput([
              {
                veld: 'persoonId',
                nl: 'Kies een persoon van uw bestuur.',
                en: 'Choose a person of your bestuur.',
              },
            ])
          }
          const targetGrants = (await listActiveGrants(deps.db, target.id, at))
            .filter((g) => g.bestuursnummer === bestuur.bestuursnummer)
            .map((g) => ({
              role: g.role as RoleId,
              kenmerk: g.kenmerk,
              from: g.from,
              until: g.until,
            }))
          const decision = mayAssign(
            auth.subject,
            input.rol,
            input.kenmerk,
            { personId: target.id, bestuur, grants: targetGrants },
            { now: at },
          )
          if (!decision.allowed)
            throw forbidden(decision.reason.code, decision.reason.nl, decision.reason.en)
          const existing = (
            await listGrantsOfBestuur(deps.db, bestuur.bestuursnummer, { now: at })
          ).find(
            (g) => g.persoonId === target.id && g.role === input.rol && g.kenmerk === input.kenmerk,
          )
          if (existing) {
            throw conflict(
              'bestaat-al',
              `${target.naam} heeft de rol ${roleName(input.rol).nl} met kenmerk ${input.kenmerk} al. Trek die eerst in om de periode te wijzigen.`,
              `${target.naam} already has the role ${roleName(input.rol).en} with kenmerk ${input.kenmerk}. Revoke it first to change the period.`,
            )
          }
          const grant = await inTransaction(deps.db, async (trx) => {
            const g = await addGrant(
              trx,
              {
                persoonId: target.id,
                bestuursnummer: bestuur.bestuursnummer,
                role: input.rol,
                kenmerk: input.kenmerk,
                from: input.vanaf,
                until: input.tot,
                toegekendDoor: auth.persoon.id,
              },
              at,
            )
            await appendAudit(
              trx,
              {
                ...auditBase(auth, decision.grant?.role),
                actie: 'rol.toegekend',
                onderwerpPersoonId: target.id,
                bestuursnummer: bestuur.bestuursnummer,
                details: {
                  grantId: g.id,
                  rol: g.role,
                  kenmerk: g.kenmerk,
                  vanaf: g.from,
                  tot: g.until,
                  onderwerp: target.naam,
                  intermediair: auth.session.intermediairKvk,
                },
              },
              at,
            )
            return g
          })
          return c.json({ grant: grantView(grant, dutchDate(at)) }, 201)
        },
      )

      .post('/autorisaties/:id/intrekken', async (c) => {
        const auth = authOf(c)
        const bestuur = ownBestuur(auth)
        const at = now()
        const grant = await getGrant(deps.db, c.req.param('id'))
        if (!grant || grant.bestuursnummer !== bestuur.bestuursnummer) {
          throw notFound(
            'Deze toekenning bestaat niet (meer) in uw bestuur.',
            'This grant does not exist (any more) in your bestuur.',
          )
        }
        if (grant.ingetrokkenOp) {
          throw conflict(
            'al-ingetrokken',
            'Deze rol is al ingetrokken.',
            'This role has already been revoked.',
          )
        }
        const decision = mayRevoke(
          auth.subject,
          { role: grant.role as RoleId, kenmerk: grant.kenmerk },
          bestuur,
          { now: at },
        )
        if (!decision.allowed)
          throw forbidden(decision.reason.code, decision.reason.nl, decision.reason.en)
        await inTransaction(deps.db, async (trx) => {
          const done = await revokeGrant(trx, grant.id, { door: auth.persoon.id, now: at })
          if (!done)
            throw conflict(
              'al-ingetrokken',
              'Deze rol is al ingetrokken.',
              'This role has already been revoked.',
            )
          await appendAudit(
            trx,
            {
              ...auditBase(auth, decision.grant?.role),
              actie: 'rol.ingetrokken',
              onderwerpPersoonId: grant.persoonId,
              bestuursnummer: bestuur.bestuursnummer,
              details: {
                grantId: grant.id,
                rol: grant.role,
                kenmerk: grant.kenmerk,
                vanaf: grant.from,
                tot: grant.until,
                onderwerp: grant.persoonNaam,
                intermediair: auth.session.intermediairKvk,
              },
            },
            at,
          )
        })
        return c.json({ ingetrokken: true as const })
      })

      // ---------------------------------------------------------------- New roles
      .get('/meldingen', async (c) => {
        const auth = authOf(c)
        const at = now()
        if (!auth.bestuur) return c.json({ nieuweRollen: [], binnenkort: [] })
        const { nu, binnenkort } = roleAvailability(auth.subject, auth.bestuur, at)
        const gezien = await dismissedNotices(deps.db, auth.persoon.id)
        return c.json({
          nieuweRollen: nu
            .filter((r) => !gezien.has(r.rol))
            .map((r) => ({ ...r, naam: roleName(r.rol) })),
          binnenkort: binnenkort.map((r) => ({ ...r, naam: roleName(r.rol) })),
        })
      })

      .post('/meldingen/:rol/gezien', async (c) => {
        const auth = authOf(c)
        const rol = c.req.param('rol')
        if (!(roleIds as readonly string[]).includes(rol)) {
          throw badInput([
            {
              veld: 'rol',
              nl: `‘${rol}’ is geen bekende rol.`,
              en: `‘${rol}’ is not a known role.`,
            },
          ])
        }
        await dismissNotice(deps.db, auth.persoon.id, rol, now())
        return c.json({ gezien: true as const })
      })

      // ---------------------------------------------------------------- Aanmelding beheerders
      .get('/aanmeldingen/kandidaten', async (c) => {
        const auth = authOf(c)
        const bestuur = ownBestuur(auth)
        const at = now()
        mayRequest(auth, bestuur, at)
        const people = (await listPeopleOfBestuur(deps.db, bestuur)).filter(
          (p) => !p.intermediairKvk,
        )
        return c.json({
          bestuur: { bestuursnummer: bestuur.bestuursnummer, naam: bestuur.naam, kvk: bestuur.kvk },
          personen: people.map((p) => ({ id: p.id, naam: p.naam })),
          beheerders: await beheerdersOf(deps, bestuur, at),
          maxBijlageBytes: MAX_BIJLAGE_BYTES,
        })
      })

      .post(
        '/aanmeldingen',
        bodyLimit({
          maxSize: MAX_BIJLAGE_BYTES + 64 * 1024,
          onError: (c) => c.json(invalidInput([BIJLAGE_TE_GROOT]), 400),
        }),
        async (c) => {
          const auth = authOf(c)
          const bestuur = ownBestuur(auth)
          const at = now()
          mayRequest(auth, bestuur, at)
          let form: Record<string, string | File | (string | File)[]>
          try {
            form = await c.req.parseBody({ all: false })
          } catch {
            throw badInput([
              {
                veld: 'bijlage',
                nl: 'Het formulier kon niet worden gelezen. Probeer het opnieuw.',
                en: 'The form could not be read. Please try again.',
              },
            ])
          }
          const text = (k: string) =>
            typeof form[k] === 'string' ? (form[k] as string).trim() : ''
          const people = (await listPeopleOfBestuur(deps.db, bestuur)).filter(
            (p) => !p.intermediairKvk,
          )
          const fields: FieldError[] = []
          const person = (veld: string): BestuurPersoon | null => {
            const id = text(veld)
            if (!id) return null
            const p = people.find((x) => x.id === id)
            if (!p)
              fields.push({
                veld,
                nl: 'Kies een persoon uit de lijst van uw bestuur.',
                en: 'Choose a person from the list of your bestuur.',
              })
            return p ?? null
          }
          const po = person('beheerderPo')
          const bek = person('beheerderBekostiging')
          if (!text('beheerderPo') && !text('beheerderBekostiging')) {
            fields.push({
              veld: 'beheerderPo',
              nl: 'Kies ten minste één beheerder: de beheerder po of de beheerder bekostiging en opleidingen.',
              en: 'Choose at least one administrator: the beheerder po or the beheerder bekostiging en opleidingen.',
            })
          }
          if (po && bek && po.id === bek.id) {
            fields.push({
              veld: 'beheerderBekostiging',
              nl: 'De beheerder bekostiging en opleidingen moet een andere persoon zijn dan de beheerder po.',
              en: 'The beheerder bekostiging en opleidingen must be another person than the beheerder po.',
            })
          }
          const toelichting = text('toelichting')
          if (toelichting.length > 2000) {
            fields.push({
              veld: 'toelichting',
              nl: 'De toelichting is te lang (ten hoogste 2000 tekens).',
              en: 'The explanation is too long (at most 2000 characters).',
            })
          }
          const file = form['bijlage']
          let bytes: Uint8Array | null = null
          if (!(file instanceof File) || file.size === 0) {
            fields.push({
              veld: 'bijlage',
              nl: 'Voeg het ondertekende formulier toe als PDF.',
              en: 'Attach the signed form as a PDF.',
            })
          } else if (file.size > MAX_BIJLAGE_BYTES) {
            fields.push(BIJLAGE_TE_GROOT)
          } else {
            bytes = new Uint8Array(await file.arrayBuffer())
            if (
              bytes.length < PDF_MAGIC.length ||
              !PDF_MAGIC.equals(Buffer.from(bytes.subarray(0, PDF_MAGIC.length)))
            ) {
              fields.push({
                veld: 'bijlage',
                nl: 'Het bestand is geen PDF. Voeg het ondertekende formulier toe als PDF-bestand.',
                en: 'The file is not a PDF. Attach the signed form as a PDF file.',
              })
              bytes = null
            }
          }
          if (fields.length || !bytes || !(file instanceof File)) throw badInput(fields)
          const stored = await storeBijlage(deps.dataDir, bytes)
          try {
            const id = await inTransaction(deps.db, async (trx) => {
              const id = await insertAanmelding(
                trx,
                {
                  bestuursnummer: bestuur.bestuursnummer,
                  ingediendDoor: auth.persoon.id,
                  beheerderPo: po?.id ?? null,
                  beheerderBekostiging: bek?.id ?? null,
                  toelichting: toelichting || null,
                  bijlageNaam: file.name.slice(0, 200) || 'formulier.pdf',
                  bijlageBestand: stored,
                  bijlageGrootte: bytes!.length,
                  bijlageSha256: createHash('sha256').update(bytes!).digest('hex'),
                },
                at,
              )
              await appendAudit(
                trx,
                {
                  ...auditBase(auth),
                  actie: 'aanmelding.ingediend',
                  bestuursnummer: bestuur.bestuursnummer,
                  details: {
                    aanmeldingId: id,
                    beheerderPo: po?.naam ?? null,
                    beheerderBekostiging: bek?.naam ?? null,
                  },
                },
                at,
              )
              return id
            })
            const created = await getAanmelding(deps.db, id)
            return c.json({ aanmelding: publicAanmelding(created!) }, 201)
          } catch (err) {
            await unlink(bijlagePath(deps.dataDir, stored)).catch(() => {})
            throw err
          }
        },
      )

      .get('/aanmeldingen', async (c) => {
        const auth = authOf(c)
        const at = now()
        const status = c.req.query('status')
        const statusFilter =
          status === 'ingediend' || status === 'goedgekeurd' || status === 'afgewezen'
            ? (status as AanmeldingStatus)
            : undefined
        if (auth.subject.kind === 'duo-medewerker') {
          authorize(auth, 'beheer.beheerders.aanstellen', { bestuur: GEEN_BESTUUR }, at)
          const list = await listAanmeldingen(deps.db, { status: statusFilter })
          return c.json({ aanmeldingen: list.map(publicAanmelding), werkvoorraad: true })
        }
        const bestuur = ownBestuur(auth)
        mayRequest(auth, bestuur, at)
        const list = await listAanmeldingen(deps.db, {
          bestuursnummer: bestuur.bestuursnummer,
          status: statusFilter,
        })
        return c.json({ aanmeldingen: list.map(publicAanmelding), werkvoorraad: false })
      })

      .get('/aanmeldingen/:id', async (c) => {
        const auth = authOf(c)
        const a = await visibleAanmelding(auth, c.req.param('id'))
        const bestuur = (await getBestuur(deps.db, a.bestuursnummer))!
        return c.json({
          aanmelding: publicAanmelding(a),
          huidigeBeheerders: await beheerdersOf(deps, bestuur, now()),
        })
      })

      .get('/aanmeldingen/:id/bijlage', async (c) => {
        const auth = authOf(c)
        const a = await visibleAanmelding(auth, c.req.param('id'))
        let bytes: Buffer
        try {
          bytes = await readFile(bijlagePath(deps.dataDir, a.bijlageBestand))
        } catch {
          throw notFound(
            'Het bestand van deze aanmelding is niet gevonden.',
            'The file of this registration was not found.',
          )
        }
        return c.body(new Uint8Array(bytes), 200, {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `attachment; filename="${downloadName(a.bijlage.naam)}"`,
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': "default-src 'none'; sandbox",
        })
      })

      .post('/aanmeldingen/:id/goedkeuren', async (c) => {
        const auth = authOf(c)
        const at = now()
        const decision = authorize(
          auth,
          'beheer.beheerders.aanstellen',
          { bestuur: auth.bestuur ?? GEEN_BESTUUR },
          at,
        )
        const a = await getAanmelding(deps.db, c.req.param('id'))
        if (!a) throw notFound('Deze aanmelding bestaat niet.', 'This registration does not exist.')
        if (a.status !== 'ingediend')
          throw conflict(
            'al-beoordeeld',
            'Deze aanmelding is al beoordeeld.',
            'This registration has already been decided.',
          )
        const bestuur = (await getBestuur(deps.db, a.bestuursnummer))!
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
          if (!d.allowed) throw forbidden(d.reason.code, d.reason.nl, d.reason.en)
        }
        const base = auditBase(auth, decision.grant?.role)
        const auditGrant = (
          trx: typeof deps.db,
          actie: 'rol.toegekend' | 'rol.ingetrokken',
          g: GrantRecord,
          extra: Record<string, unknown>,
        ) =>
          appendAudit(
            trx,
            {
              ...base,
              actie,
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
            at,
          )
        await inTransaction(deps.db, async (trx) => {
          if (
            !(await decideAanmelding(
              trx,
              a.id,
              { status: 'goedgekeurd', door: auth.persoon.id, reden: null },
              at,
            ))
          ) {
            throw conflict(
              'al-beoordeeld',
              'Deze aanmelding is al beoordeeld.',
              'This registration has already been decided.',
            )
          }
          const current = await listGrantsOfBestuur(trx, bestuur.bestuursnummer, { now: at })
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
              await revokeGrant(trx, g.id, { door: auth.persoon.id, now: at })
              await auditGrant(trx, 'rol.ingetrokken', g, { reden: 'vervangen door aanmelding' })
            }
            const wanted = [
              { role: n.rol, kenmerk: bestuur.bestuursnummer, automatisch: false },
              ...automatic.map((x) => ({ role: x.role, kenmerk: x.kenmerk, automatisch: true })),
            ]
            for (const w of wanted) {
              if (
                current.some(
                  (g) =>
                    g.persoonId === n.persoon.id &&
                    g.role === w.role &&
                    g.kenmerk === w.kenmerk &&
                    g.from === null &&
                    g.until === null,
                )
              )
                continue
              const g = await addGrant(
                trx,
                {
                  persoonId: n.persoon.id,
                  bestuursnummer: bestuur.bestuursnummer,
                  role: w.role,
                  kenmerk: w.kenmerk,
                  toegekendDoor: auth.persoon.id,
                },
                at,
              )
              await auditGrant(trx, 'rol.toegekend', g, { automatisch: w.automatisch })
            }
          }
          await appendAudit(
            trx,
            {
              ...base,
              actie: 'aanmelding.goedgekeurd',
              bestuursnummer: bestuur.bestuursnummer,
              onderwerpPersoonId: a.beheerderPo?.id ?? a.beheerderBekostiging?.id ?? null,
              details: {
                aanmeldingId: a.id,
                beheerderPo: a.beheerderPo?.naam ?? null,
                beheerderBekostiging: a.beheerderBekostiging?.naam ?? null,
              },
            },
            at,
          )
        })
        return c.json({ aanmelding: publicAanmelding((await getAanmelding(deps.db, a.id))!) })
      })

      .post(
        '/aanmeldingen/:id/afwijzen',
        zValidator('json', afwijzenSchema, beheerValidationHook),
        async (c) => {
          const auth = authOf(c)
          const at = now()
          const decision = authorize(
            auth,
            'beheer.beheerders.aanstellen',
            { bestuur: auth.bestuur ?? GEEN_BESTUUR },
            at,
          )
          const reden = c.req.valid('json').reden.trim()
          if (reden.length < 5) {
            throw badInput([
              {
                veld: 'reden',
                nl: 'Geef de reden van de afwijzing (ten minste 5 tekens); de aanvrager ziet die.',
                en: 'Give the reason for the rejection (at least 5 characters); the requester sees it.',
              },
            ])
          }
          const a = await getAanmelding(deps.db, c.req.param('id'))
          if (!a)
            throw notFound('Deze aanmelding bestaat niet.', 'This registration does not exist.')
          await inTransaction(deps.db, async (trx) => {
            if (
              !(await decideAanmelding(
                trx,
                a.id,
                { status: 'afgewezen', door: auth.persoon.id, reden },
                at,
              ))
            ) {
              throw conflict(
                'al-beoordeeld',
                'Deze aanmelding is al beoordeeld.',
                'This registration has already been decided.',
              )
            }
            await appendAudit(
              trx,
              {
                ...auditBase(auth, decision.grant?.role),
                actie: 'aanmelding.afgewezen',
                bestuursnummer: a.bestuursnummer,
                details: { aanmeldingId: a.id, reden },
              },
              at,
            )
          })
          return c.json({ aanmelding: publicAanmelding((await getAanmelding(deps.db, a.id))!) })
        },
      )

      // ---------------------------------------------------------------- Logboek
      .get('/logboek', zValidator('query', logboekQuerySchema, beheerValidationHook), async (c) => {
        const auth = authOf(c)
        const filter = logFilter(auth, c.req.valid('query'), now())
        const page = await listAudit(deps.db, { ...filter, limit: 50 })
        return c.json({
          entries: await withNames(page.entries),
          nextCursor: page.nextCursor,
          acties: BEHEER_ACTIES,
        })
      })

      .get(
        '/logboek.csv',
        zValidator('query', logboekQuerySchema, beheerValidationHook),
        async (c) => {
          const auth = authOf(c)
          const filter = logFilter(auth, { ...c.req.valid('query'), cursor: undefined }, now())
          const lines = [
            csvLine([
              'tijdstip',
              'actie',
              'door',
              'sessie',
              'persoon',
              'bestuursnummer',
              'rol',
              'kenmerk',
              'vanaf',
              'tot',
              'reden',
              'details',
            ]),
          ]
          let cursor: number | null = null
          let count = 0
          do {
            const page: Awaited<ReturnType<typeof listAudit>> = await listAudit(deps.db, {
              ...filter,
              limit: 500,
              cursor,
            })
            for (const e of await withNames(page.entries)) {
              const d = e.details
              lines.push(
                csvLine([
                  e.at,
                  e.actie,
                  e.actorOmschrijving,
                  e.sessieRef,
                  e.onderwerpNaam,
                  e.bestuursnummer,
                  d.rol,
                  d.kenmerk,
                  d.vanaf,
                  d.tot,
                  d.reden,
                  JSON.stringify(d),
                ]),
              )
            }
            count += page.entries.length
            cursor = page.nextCursor
          } while (cursor !== null && count < 20_000)
          const name = `logboek-${filter.bestuursnummer ?? 'alle'}-${dutchDate(now())}.csv`
          return c.body(`\uFEFF${lines.join('\r\n')}\r\n`, 200, {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': `attachment; filename="${name}"`,
            'X-Content-Type-Options': 'nosniff',
          })
        },
      )
  )

  /** Anyone logged in with eHerkenning directly for the bestuur may hand in the form; not an intermediary. */
  function mayRequest(auth: AuthContext, bestuur: Bestuur, at: Date) {
    authorize(auth, 'beheer.eigen-rollen.raadplegen', { bestuur }, at)
    if (auth.session.intermediairKvk) {
      throw forbidden(
        'ketenmachtiging',
        'Via een ketenmachtiging kunt u geen beheerders aanmelden. Dat doet het bestuur zelf.',
        'Through a ketenmachtiging you cannot register administrators. The bestuur does that itself.',
      )
    }
  }

  /** The aanmelding if the person may see it: the servicedesk, or someone of its bestuur. */
  async function visibleAanmelding(auth: AuthContext, id: string): Promise<Aanmelding> {
    const at = now()
    const a = await getAanmelding(deps.db, id)
    const missing = notFound('Deze aanmelding bestaat niet.', 'This registration does not exist.')
    if (auth.subject.kind === 'duo-medewerker') {
      authorize(auth, 'beheer.beheerders.aanstellen', { bestuur: GEEN_BESTUUR }, at)
      if (!a) throw missing
      return a
    }
    const bestuur = ownBestuur(auth)
    mayRequest(auth, bestuur, at)
    if (!a || a.bestuursnummer !== bestuur.bestuursnummer) throw missing
    return a
  }

  function logFilter(
    auth: AuthContext,
    q: {
      actie?: string | undefined
      persoonId?: string | undefined
      bestuursnummer?: string | undefined
      van?: string | undefined
      tot?: string | undefined
      cursor?: string | undefined
    },
    at: Date,
  ): AuditFilter {
    const fields: FieldError[] = []
    if (q.van && !isCalendarDay(q.van))
      fields.push({
        veld: 'van',
        nl: 'Vul de datum ‘van’ in als JJJJ-MM-DD.',
        en: 'Enter the date ‘from’ as YYYY-MM-DD.',
      })
    if (q.tot && !isCalendarDay(q.tot))
      fields.push({
        veld: 'tot',
        nl: 'Vul de datum ‘tot en met’ in als JJJJ-MM-DD.',
        en: 'Enter the date ‘up to and including’ as YYYY-MM-DD.',
      })
    if (fields.length) throw badInput(fields)
    const filter: AuditFilter = {}
    if (auth.subject.kind === 'duo-medewerker') {
      authorize(auth, 'beheer.audit.raadplegen', { bestuur: GEEN_BESTUUR }, at)
      if (q.bestuursnummer) filter.bestuursnummer = q.bestuursnummer
    } else {
      const bestuur = ownBestuur(auth)
      authorize(auth, 'beheer.audit.raadplegen', { bestuur }, at)
      filter.bestuursnummer = bestuur.bestuursnummer
    }
    if (q.actie) filter.actie = q.actie
    if (q.persoonId) filter.onderwerpPersoonId = q.persoonId
    if (q.van) filter.from = startOfDutchDay(q.van)
    if (q.tot) filter.to = startOfDutchDay(nextDay(q.tot))
    if (q.cursor) filter.cursor = Number(q.cursor)
    return filter
  }

  async function withNames(entries: AuditEntry[]) {
    const names = await namesOf(
      deps.db,
      entries.flatMap((e) => (e.onderwerpPersoonId ? [e.onderwerpPersoonId] : [])),
    )
    return entries.map((e) => ({
      ...e,
      onderwerpNaam: e.onderwerpPersoonId
        ? (names.get(e.onderwerpPersoonId) ?? (e.details.onderwerp as string | undefined) ?? null)
        : null,
      rolNaam: typeof e.details.rol === 'string' ? roleName(e.details.rol) : null,
    }))
  }
}

function pick(p: { nl: string; en: string }) {
  return { nl: p.nl, en: p.en }
}
