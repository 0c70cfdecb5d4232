import contentDispositionHeader from 'content-disposition'

/**
 * `Content-Disposition: attachment` for a file name, encoded per RFC 6266 / 5987 by the
 * `content-disposition` library (ASCII fallback plus the exact UTF-8 name): no quote, CR or LF
 * from a name can ever break the header.
 */
export function contentDisposition(bestandsnaam: string): string {
  return contentDispositionHeader(bestandsnaam || 'bestand', { type: 'attachment' })
}

/**
 * Headers of every file download: the type we determined (never the uploader's), no sniffing,
 * not cached, and a sandboxing policy of its own (the portal-wide CSP leaves it alone).
 * @example
 * return c.body(bytes, 200, downloadHeaders('application/pdf', 'beschikking.pdf', bytes.byteLength))
 */
export function downloadHeaders(
  contentType: string,
  bestandsnaam: string,
  grootte?: number,
): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': contentType.startsWith('text/') ? `${contentType}; charset=utf-8` : contentType,
    'Content-Disposition': contentDisposition(bestandsnaam),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  }
  if (grootte !== undefined) headers['Content-Length'] = String(grootte)
  return headers
}
