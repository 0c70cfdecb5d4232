import type { Context } from 'hono'
import { apiError } from './errors'

/**
 * zValidator hook: bad input gets 400 with every problem named per field, in Dutch and
 * English, and the handler (so nothing changes) never runs.
 */
export function validationHook(
  result: {
    success: boolean
    error?: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }
  },
  c: Context,
) {
  if (result.success || !result.error) return
  const fields = result.error.issues.map((i) => ({
    veld: i.path.map(String).join('.'),
    melding: i.message,
  }))
  return c.json(
    apiError(
      'ongeldige-invoer',
      `Controleer uw invoer: ${fields.map((f) => `${f.veld || 'invoer'}: ${f.melding}`).join('; ')}`,
      `Please check your input: ${fields.map((f) => f.veld || 'input').join(', ')}`,
      fields,
    ),
    400,
  )
}
