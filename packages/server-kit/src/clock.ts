/** The one clock every date rule reads. `DUO_NOW` fixes it for demos and tests. */
export interface Clock {
  now(): Date
  /** The fixed moment, or null when the clock runs normally. */
  fixed: string | null
}

export function createClock(fixed: string | null): Clock {
  return fixed ? { now: () => new Date(fixed), fixed } : { now: () => new Date(), fixed: null }
}
