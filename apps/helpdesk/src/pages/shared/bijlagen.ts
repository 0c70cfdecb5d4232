import { controleerBestanden } from '@duo/ui'
import type { VeldFout } from '../../api'

/** The same limits as the API, checked before sending so nobody waits for a refusal. */
const MAX_BIJLAGEN = 5
const MAX_BIJLAGE_BYTES = 10 * 1024 * 1024
const ACCEPT =
  '.pdf,.png,.jpg,.jpeg,.txt,.csv,application/pdf,image/png,image/jpeg,text/plain,text/csv'
/** The props of a DuoFileField for attachments. */
export const BIJLAGE_REGELS = {
  multiple: true,
  accept: ACCEPT,
  maxBytes: MAX_BIJLAGE_BYTES,
  maxFiles: MAX_BIJLAGEN,
} as const

/** The first problem with the chosen files, as the API's field `bijlage` (it checks the content too). */
export function controleerBijlagen(files: File[]): VeldFout[] {
  const probleem = controleerBestanden(files, BIJLAGE_REGELS)[0]
  return probleem ? [{ veld: 'bijlage', ...probleem }] : []
}
