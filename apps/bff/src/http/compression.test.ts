import { gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { compressApi } from './compression'

const big = { items: Array.from({ length: 200 }, (_, i) => ({ id: i, naam: `Melding ${i}` })) }

describe('compression of API answers', () => {
  const app = new Hono()
  app.use('/api/*', compressApi())
  app.get('/api/lijst', (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(big)
  })
  app.get('/api/klein', (c) => c.json({ ok: true }))
  app.get('/api/geheim', (c) => {
    c.header('Cache-Control', 'no-store, no-transform')
    return c.json({ token: 'x'.repeat(2000) })
  })

  it('gzips JSON above 1 kB for a browser that accepts it', async () => {
    const res = await app.request('/api/lijst', { headers: { 'Accept-Encoding': 'gzip, br' } })
    expect(res.headers.get('Content-Encoding')).toBe('gzip')
    expect(res.headers.get('Vary')).toContain('Accept-Encoding')
    const body = Buffer.from(await res.arrayBuffer())
    expect(body.length).toBeLessThan(JSON.stringify(big).length / 3)
    expect(JSON.parse(gunzipSync(body).toString())).toEqual(big)
  })

  it('leaves small answers, clients without gzip, and no-transform answers alone', async () => {
    const small = await app.request('/api/klein', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(small.headers.get('Content-Encoding')).toBeNull()
    const plain = await app.request('/api/lijst')
    expect(plain.headers.get('Content-Encoding')).toBeNull()
    const secret = await app.request('/api/geheim', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(secret.headers.get('Content-Encoding')).toBeNull()
  })
})
