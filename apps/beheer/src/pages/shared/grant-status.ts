import type { StatusToon } from '@duo/ui'

const TOON: Record<string, StatusToon> = {
  geldig: 'success',
  'nog-niet-geldig': 'info',
  verlopen: 'neutral',
  ongeldig: 'error',
}

/** The tone of a grant's status (`grantStatus` of `@duo/authz`) for DuoStatusLabel. */
export const grantToon = (status: string): StatusToon => TOON[status] ?? 'neutral'
