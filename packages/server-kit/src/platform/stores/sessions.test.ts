import { describe, expect, it } from 'vitest'
import { useTestDb, dialectsUnderTest } from '../db/test-db'
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfPersoon,
  getSession,
  hashSessionId,
  rotateSession,
  touchSession,
  type NewSession,
  ROTATION_GRACE_MS,
} from './sessions'
import { makePersoon } from './test-fixtures'

const T0 = new Date('2022-01-10T09:00:00Z')
const HOUR = 3600_000

describe.each(dialectsUnderTest)('sessions (%s)', (dialect) => {
  const t = useTestDb(dialect)

  const input = (persoonId: string): NewSession => ({
    persoonId,
    methode: 'eherkenning',
    absoluteExpiresAt: new Date(T0.getTime() + 8 * HOUR),
    actsForKvk: '30123456',
    intermediairKvk: null,
    machtigingen: ['mijn-duo', 'mijn-helpdesk-po'],
    niveau: 'EH3',
    idToken: 'eyJ.id.token',
    rechtenVersie: 'v1',
  })

  it('stores only the sha256 of the cookie value', async () => {
    const p = await makePersoon(t.db)
    const { rawId, session } = await createSession(t.db, input(p.id), T0)
    expect(rawId).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(Buffer.from(rawId, 'base64url')).toHaveLength(16)
    const rows = await t.db
      .selectFrom('sessie')
      .selectAll()
      .where('persoon_id', '=', p.id)
      .execute()
    expect(rows).toHaveLength(1)
    expect(rows[0]?.id_hash).toBe(hashSessionId(rawId))
    expect(JSON.stringify(rows)).not.toContain(rawId)
    expect(session.ref).toMatch(/^[0-9a-f]{16}$/)
    expect(session.ref).not.toBe(rows[0]?.id_hash.slice(0, 16))
  })

  it('finds the session by its cookie value, with its data', async () => {
    const p = await makePersoon(t.db)
    const { rawId, session } = await createSession(t.db, input(p.id), T0)
    const got = await getSession(t.db, rawId, { now: T0 })
    expect(got).toEqual(session)
    expect(got?.machtigingen).toEqual(['mijn-duo', 'mijn-helpdesk-po'])
    expect(await getSession(t.db, 'x'.repeat(22), { now: T0 })).toBeNull()
    expect(await getSession(t.db, 'kort', { now: T0 })).toBeNull()
  })

  it('expires at the absolute limit and after idle time, deleting the row', async () => {
    const p = await makePersoon(t.db)
    const a = await createSession(t.db, input(p.id), T0)
    expect(await getSession(t.db, a.rawId, { now: new Date(T0.getTime() + 8 * HOUR) })).toBeNull()
    expect(
      await t.db
        .selectFrom('sessie')
        .select('id_hash')
        .where('id_hash', '=', hashSessionId(a.rawId))
        .execute(),
    ).toEqual([])

    const b = await createSession(t.db, input(p.id), T0)
    const idle = 15 * 60_000
    await touchSession(t.db, b.rawId, new Date(T0.getTime() + 10 * 60_000))
    expect(
      await getSession(t.db, b.rawId, {
        now: new Date(T0.getTime() + 20 * 60_000),
        idleTimeoutMs: idle,
      }),
    ).not.toBeNull()
    expect(
      await getSession(t.db, b.rawId, {
        now: new Date(T0.getTime() + 25 * 60_000),
        idleTimeoutMs: idle,
      }),
    ).toBeNull()
  })

  it('rotates: new id, same data, old id only briefly leading to it, absolute expiry kept', async () => {
    const p = await makePersoon(t.db)
    const { rawId, session } = await createSession(t.db, input(p.id), T0)
    const later = new Date(T0.getTime() + HOUR)
    const newRaw = await rotateSession(t.db, rawId, { rechtenVersie: 'v2' }, later)
    expect(newRaw).toBeTruthy()
    expect(newRaw).not.toBe(rawId)
    const viaOld = await getSession(t.db, rawId, { now: later })
    expect(viaOld).toMatchObject({ viaVoorganger: true, rechtenVersie: 'v2' })
    expect(
      await getSession(t.db, rawId, { now: new Date(later.getTime() + ROTATION_GRACE_MS) }),
    ).toBeNull()
    const rotated = await getSession(t.db, newRaw!, { now: later })
    expect(rotated).toMatchObject({
      persoonId: p.id,
      createdAt: session.createdAt,
      absoluteExpiresAt: session.absoluteExpiresAt,
      machtigingen: session.machtigingen,
      idToken: session.idToken,
      rechtenVersie: 'v2',
      lastSeenAt: later.toISOString(),
      viaVoorganger: false,
    })
    expect(rotated?.ref).not.toBe(session.ref)
    expect(await rotateSession(t.db, rawId)).toBeNull()
  })

  it('deletes one session, all of a person, and expired ones', async () => {
    const p = await makePersoon(t.db)
    const q = await makePersoon(t.db)
    const a = await createSession(t.db, input(p.id), T0)
    await createSession(t.db, input(p.id), T0)
    const c = await createSession(t.db, input(q.id), T0)
    expect(await deleteSession(t.db, a.rawId)).toBe(true)
    expect(await deleteSession(t.db, a.rawId)).toBe(false)
    expect(await deleteSessionsOfPersoon(t.db, p.id)).toBe(1)
    expect(await getSession(t.db, c.rawId, { now: T0 })).not.toBeNull()
    expect(
      await deleteExpiredSessions(t.db, new Date(T0.getTime() + 9 * HOUR)),
    ).toBeGreaterThanOrEqual(1)
    expect(await getSession(t.db, c.rawId, { now: T0 })).toBeNull()
  })
})
