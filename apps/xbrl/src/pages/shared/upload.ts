/**
 * Sends one file as the request body (not a form), with upload progress: the BFF streams it to
 * disk as it arrives. fetch cannot report upload progress, so this uses XMLHttpRequest, with the
 * portal's CSRF header and same-origin cookies, like `uploadForm`.
 */
import { CSRF_HEADER } from '@duo/portal-sdk/contract'
import { ApiFout } from '@duo/portal-sdk/api'
import { apiFoutUit } from '@duo/portal-sdk/errors'

export function uploadBestand<T>(
  pad: string,
  bestand: File,
  onProgress: (procent: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('PUT', `${pad}?bestandsnaam=${encodeURIComponent(bestand.name)}`)
    xhr.setRequestHeader(CSRF_HEADER, '1')
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.setRequestHeader('Content-Type', 'application/xml')
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100))
    }
    signal?.addEventListener('abort', () => xhr.abort())
    xhr.onabort = () =>
      reject(new ApiFout(0, 'afgebroken', 'Het versturen is afgebroken.', 'Sending was cancelled.'))
    xhr.onerror = () =>
      reject(
        new ApiFout(
          0,
          'geen-verbinding',
          'Het bestand kon niet worden verstuurd. Controleer uw verbinding en probeer het opnieuw.',
          'The file could not be sent. Check your connection and try again.',
        ),
      )
    xhr.onload = () => {
      let body: unknown = null
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        /* not JSON: handled by apiFoutUit */
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T)
      else reject(apiFoutUit(xhr.status, body))
    }
    xhr.send(bestand)
  })
}
