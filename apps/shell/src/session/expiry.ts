import type { SessieStatus } from '@duo/portal-sdk'

/**
 * How long before the end the warning comes: two minutes at the default 15-minute timeout,
 * never less than 20 seconds (WCAG 2.2.1: time to act on the warning), a fifth of short ones.
 */
export function warnLeadMs(idleSeconds: number): number {
  return Math.min(120, Math.max(20, Math.round(idleSeconds / 5))) * 1000
}

export interface Planning {
  /** When the session ends, in the browser's clock (corrected for the server's). */
  endsAt: number
  /** When to warn. */
  warnAt: number
  /** The end is the absolute one: "Blijf ingelogd" cannot move it. */
  absolute: boolean
}

/**
 * When to warn and when the session ends, from the BFF's answer and the browser's clock at the
 * moment the answer arrived (a browser whose clock is off still warns on time).
 */
export function plan(status: SessieStatus, browserNow: number): Planning | null {
  if (!status.ingelogd || !status.verlooptOp) return null
  const skew = browserNow - Date.parse(status.nu)
  const idleEnd = Date.parse(status.verlooptOp) + skew
  const absEnd = status.absoluutVerlooptOp
    ? Date.parse(status.absoluutVerlooptOp) + skew
    : Number.POSITIVE_INFINITY
  const endsAt = Math.min(idleEnd, absEnd)
  return {
    endsAt,
    warnAt: endsAt - warnLeadMs(status.inactiefSeconden ?? 900),
    absolute: absEnd <= idleEnd,
  }
}

/** "1:05" — minutes and seconds left, never below zero. */
export function clock(msLeft: number): string {
  const s = Math.max(0, Math.ceil(msLeft / 1000))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/**
 * What a screen reader hears while the warning is open: not every second, only at these
 * moments (seconds left), so the countdown can be followed without drowning everything else.
 */
const ANNOUNCE_AT = [120, 90, 60, 30, 15, 5] as const

export function announcementDue(secondsLeftBefore: number, secondsLeftNow: number): number | null {
  return ANNOUNCE_AT.find((s) => secondsLeftBefore > s && secondsLeftNow <= s) ?? null
}
