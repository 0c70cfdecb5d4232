import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { chooseEncoding, serveShell } from './static-shell'

function builtShell() {
  const dist = mkdtempSync(join(tmpdir(), 'shell-dist-'))
  mkdirSync(join(dist, 'assets'))
  const js = 'console.log("portaal");'.repeat(100)
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html><title>Mijn DUO</title>${'<p>x</p>'.repeat(200)}`,
  )
  writeFileSync(join(dist, 'assets', 'index-abc12345.js'), js)
  writeFileSync(join(dist, 'assets', 'index-abc12345.js.br'), brotliCompressSync(js))
  writeFileSync(join(dist, 'assets', 'index-abc12345.js.gz'), gzipSync(js))
  return { dist, js }
}

describe('serving the built shell', () => {
  const { dist, js } = builtShell()
  const app = new Hono()
  serveShell(app, dist)

  it('picks brotli, then gzip, honouring q=0', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(chooseEncoding('gzip')).toBe('gzip')
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip')
    expect(chooseEncoding('identity')).toBeNull()
    expect(chooseEncoding(undefined)).toBeNull()
  })

  it('sends the precompressed asset the browser accepts, cached for a year', async () => {
    const br = await app.request('/assets/index-abc12345.js', {
      headers: { 'Accept-Encoding': 'gzip, br' },
    })
    expect(br.headers.get('Content-Encoding')).toBe('br')
    expect(br.headers.get('Content-Type')).toContain('javascript')
    expect(br.headers.get('Vary')).toContain('Accept-Encoding')
    expect(br.headers.get('Cache-Control')).toContain('immutable')
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(js)
    const plain = await app.request('/assets/index-abc12345.js')
    expect(plain.headers.get('Content-Encoding')).toBeNull()
    expect(await plain.text()).toBe(js)
  })

  it('answers 404 for a missing asset instead of the page', async () => {
    const res = await app.request('/assets/weg-00000000.js')
    expect(res.status).toBe(404)
    expect(res.headers.get('Cache-Control')).toBeNull()
  })

  it('sends index.html compressed for every deep link', async () => {
    const res = await app.request('/helpdesk/meldingen/nieuw', {
      headers: { 'Accept-Encoding': 'br' },
    })
    expect(res.headers.get('Content-Encoding')).toBe('br')
    expect(res.headers.get('Cache-Control')).toBe('no-cache')
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toContain(
      'Mijn DUO',
    )
  })
})
