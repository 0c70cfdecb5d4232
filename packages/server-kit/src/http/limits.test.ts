import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { uploadLimit } from './limits'

/** An app whose upload route (1 kB at most, 3 kB at once per person) waits until released. */
function app() {
  const wachtend: Array<() => void> = []
  const a = new Hono()
  a.use('*', async (c, next) => {
    const id = c.req.header('x-persoon')
    c.set('auth' as never, (id ? { persoon: { id } } : null) as never)
    await next()
  })
  a.post('/upload', uploadLimit(1024, { tegelijk: 3 * 1024 }), async (c) => {
    await new Promise<void>((r) => wachtend.push(r))
    return c.json({ ok: true }, 201)
  })
  const stuur = (persoon: string, bytes = 1000) =>
    a.request('/upload', {
      method: 'POST',
      headers: { 'x-persoon': persoon, 'content-length': String(bytes) },
      body: 'x'.repeat(bytes),
    })
  /** Lets the waiting handlers finish, once `n` have started. */
  const laatGaan = async (n: number) => {
    while (wachtend.length < n) await new Promise((r) => setTimeout(r, 1))
    for (const r of wachtend.splice(0)) r()
  }
  return { stuur, laatGaan }
}

describe('uploadLimit', () => {
  it('bounds what one person has arriving at once (429 beyond), not others, and frees it after', async () => {
    const { stuur, laatGaan } = app()
    const bezig = [stuur('p1'), stuur('p1'), stuur('p1')]
    const ander = stuur('p2')
    const teVeel = await stuur('p1')
    expect(teVeel.status).toBe(429)
    expect(teVeel.headers.get('retry-after')).toBe('5')
    expect(await teVeel.json()).toMatchObject({ code: 'te-veel-tegelijk' })
    await laatGaan(4)
    expect((await Promise.all([...bezig, ander])).map((r) => r.status)).toEqual([
      201, 201, 201, 201,
    ])
    const weer = stuur('p1')
    await laatGaan(1)
    expect((await weer).status).toBe(201)
  })

  it('refuses a body over the route limit with 413, taking no place', async () => {
    const { stuur, laatGaan } = app()
    for (let i = 0; i < 5; i++) expect((await stuur('p1', 2048)).status).toBe(413)
    const goed = [stuur('p1'), stuur('p1')]
    await laatGaan(2)
    expect((await Promise.all(goed)).map((r) => r.status)).toEqual([201, 201])
  })
})
