import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { fakeBff } from '../../testing/fake-bff'

const contact = {
  helpdesk: {
    naam: 'Helpdesk DUO Primair Onderwijs',
    telefoon: '050 599 9300',
    bereikbaarheid: { nl: 'Maandag tot en met vrijdag', en: 'Monday to Friday' },
    postadres: 'Postbus 1',
    bezoekadres: 'Straat 1',
    website: 'https://duo.nl/',
  },
  contactpersoon: {
    naam: 'Anouk Jansen',
    email: 'a@b.nl',
    telefoon: '030 123 4567',
    gewijzigdOp: '2022-01-03T08:00:00.000Z',
  },
  bestuur: { bestuursnummer: '41234', naam: 'De Linde' },
}

describe('contactgegevens', () => {
  it('shows the helpdesk’s details from the BFF and checks the contactpersoon per field', async () => {
    const bff = fakeBff({
      'GET /api/helpdesk/contact': () => contact,
      'PUT /api/helpdesk/contactpersoon': (call) => ({
        contactpersoon: { ...(call.body as object), gewijzigdOp: '2022-01-17T10:00:00.000Z' },
      }),
    })
    const page = await mountSection(section, 'alles', { path: 'contact', fetch: bff.fetch })
    expect(page.text()).toContain('050 599 9300')
    expect(page.text()).toContain('Maandag tot en met vrijdag')
    expect((page.find('#contact-naam').element as HTMLInputElement).value).toBe('Anouk Jansen')
    await page.find('#contact-naam').setValue(' A ')
    await page.find('#contact-telefoon').setValue('12345')
    await page.find('#contact-email').setValue('geen-mail')
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(page.find('#contact-naam-fout').text()).toBe(
      'Fout: De naam is te kort (minstens 2 tekens).',
    )
    expect(page.find('#contact-telefoon-fout').text()).toContain('telefoonnummer')
    expect(page.find('#contact-email-fout').exists()).toBe(true)
    expect(page.findAll('.duo-error-summary a').map((a) => a.attributes('href'))).toEqual([
      '#contact-naam',
      '#contact-email',
      '#contact-telefoon',
    ])
    await page.find('#contact-naam').setValue('')
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(page.find('#contact-naam-fout').text()).toBe(
      'Fout: Vul de naam van de contactpersoon in.',
    )
    expect(bff.calls.some((c) => c.method === 'PUT')).toBe(false)
    await page.find('#contact-naam').setValue('Anouk Jansen')
    await page.find('#contact-telefoon').setValue('+31 30 765 4321')
    await page.find('#contact-email').setValue('a.jansen@delinde.nl')
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(bff.calls.find((c) => c.method === 'PUT')!.body).toEqual({
      naam: 'Anouk Jansen',
      email: 'a.jansen@delinde.nl',
      telefoon: '+31 30 765 4321',
    })
    expect(page.find('.duo-live-region').text()).toBe('De contactpersoon is opgeslagen.')
    expect(page.find('.duo-error-summary').exists()).toBe(false)
  })
})
