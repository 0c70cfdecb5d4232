import { bodyLimit } from 'hono/body-limit'
import { apiFout } from './errors'

/**
 * Limits a route's body; larger bodies are refused with 413 before they are read into memory.
 * Put it before the validator (and after authorisation checks that need no body).
 * @example
 * .post('/bezwaar', requireLogin(), uploadLimit(10 * 1024 * 1024), valideer('form', schema), handler)
 */
export function uploadLimit(maxBytes: number) {
  const mb = Math.round((maxBytes / 1024 / 1024) * 10) / 10
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      c.json(
        apiFout(
          'te-groot',
          `De gegevens zijn te groot (hoogstens ${mb} MB).`,
          `The data is too large (at most ${mb} MB).`,
        ),
        413,
      ),
  })
}

/** The default limit of a JSON body: 100 kB holds any form of the portal. */
export const jsonLimit = (maxBytes = 100 * 1024) => uploadLimit(maxBytes)
