import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { clientAdres } from '@duo/server-kit/platform'
import { clientAddress } from './client-address'

const app = (trusted: string[]) =>
  new Hono().use(clientAddress(trusted)).get('/', (c) => c.text(clientAdres(c)))
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } })

describe('client address behind a load balancer', () => {
  it('takes the last X-Forwarded-For entry from a trusted balancer', async () => {
    const res = await app(['127.0.0.1']).request(
      '/',
      { headers: { 'X-Forwarded-For': '6.6.6.6, 10.1.2.3' } },
      from('127.0.0.1'),
    )
    expect(await res.text()).toBe('10.1.2.3')
  })

  it('ignores the header from anyone else, and without a configured balancer', async () => {
    const headers = { 'X-Forwarded-For': '10.1.2.3' }
    expect(
      await (await app(['127.0.0.1']).request('/', { headers }, from('10.9.9.9'))).text(),
    ).toBe('10.9.9.9')
    expect(await (await app([]).request('/', { headers }, from('127.0.0.1'))).text()).toBe(
      '127.0.0.1',
    )
  })
})
