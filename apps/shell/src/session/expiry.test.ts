import { describe, expect, it } from 'vitest'
import { announcementDue, clock, plan, warnLeadMs } from './expiry'

const T = Date.parse('2022-03-01T10:00:00Z')
const status = (idleEnd: number, absEnd: number, nu = T) => ({
  ingelogd: true,
  verlooptOp: new Date(idleEnd).toISOString(),
  absoluutVerlooptOp: new Date(absEnd).toISOString(),
  inactiefSeconden: 900,
  nu: new Date(nu).toISOString(),
})

describe('the session expiry warning', () => {
  it('warns two minutes ahead at 15 minutes, never less than 20 seconds ahead', () => {
    expect(warnLeadMs(900)).toBe(120_000)
    expect(warnLeadMs(40)).toBe(20_000)
    expect(warnLeadMs(300)).toBe(60_000)
  })

  it('plans on the earlier end, in the browser clock', () => {
    const p = plan(status(T + 900_000, T + 8 * 3600_000), T + 5000)
    expect(p).toEqual({ endsAt: T + 905_000, warnAt: T + 785_000, absolute: false })
    const last = plan(status(T + 900_000, T + 600_000), T)
    expect(last?.absolute).toBe(true)
    expect(last?.endsAt).toBe(T + 600_000)
    expect(plan({ ...status(0, 0), ingelogd: false, verlooptOp: null }, T)).toBeNull()
  })

  it('shows minutes and seconds, and announces only at set moments', () => {
    expect(clock(65_000)).toBe('1:05')
    expect(clock(-3)).toBe('0:00')
    expect(announcementDue(61, 60)).toBe(60)
    expect(announcementDue(59, 58)).toBeNull()
    expect(announcementDue(31, 14)).toBe(30)
  })
})
