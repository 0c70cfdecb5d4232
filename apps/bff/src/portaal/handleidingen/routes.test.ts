import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBffTestApp } from '../../testing/test-app'

describe('manuals and forms', () => {
  let t: Awaited<ReturnType<typeof createBffTestApp>>
  beforeAll(async () => {
    t = await createBffTestApp('sqlite')
  })
  afterAll(() => t.close())

  it('lists them per section for anyone, the beheerder form linked to the online aanmelding', async () => {
    const res = await t.request('GET', '/api/portaal/handleidingen')
    expect(res.status).toBe(200)
    const { groepen } = await res.json()
    expect(groepen.map((g: { id: string }) => g.id)).toEqual([
      'algemeen',
      'beheer',
      'helpdesk',
      'bekostiging',
      'rod',
      'rio',
      'osr',
      'xbrl',
    ])
    const formulier = groepen[1].items.find((i: { id: string }) => i.id === 'aanmelding-beheerder')
    expect(formulier).toMatchObject({
      soort: 'formulier',
      titel: { nl: 'Aanmelding en wijziging Mijn DUO met eHerkenning (beheerder)' },
      online: { pad: '/beheer/aanmelding' },
      bestand: '/api/portaal/handleidingen/aanmelding-beheerder/pdf',
    })
    expect(formulier.grootte).toBeGreaterThan(1000)
  })

  it('serves each as a PDF download', async () => {
    const res = await t.request('GET', '/api/portaal/handleidingen/aanmelding-beheerder/pdf')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toContain('aanmelding-beheerder.pdf')
    expect(new TextDecoder().decode((await res.arrayBuffer()).slice(0, 5))).toBe('%PDF-')
    expect((await t.request('GET', '/api/portaal/handleidingen/../../etc/pdf')).status).toBe(404)
    expect((await t.request('GET', '/api/portaal/handleidingen/onbekend/pdf')).status).toBe(404)
  })
})
