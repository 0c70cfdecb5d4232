import { afterEach, describe, expect, it } from 'vitest'
import { focusHeadingWhenReady } from './focus-heading'

const tick = () => new Promise((r) => setTimeout(r, 0))

function page(html: string) {
  document.body.innerHTML = `<a id="link" href="#">link</a><main id="main" tabindex="-1">${html}</main>`
  return document.getElementById('main')!
}

describe('focus after a navigation', () => {
  let stop = () => {}
  afterEach(() => stop())

  it('goes to the new page heading, also when it arrives later', async () => {
    const main = page('<h1>Oud</h1>')
    const oud = main.querySelector('h1')
    document.getElementById('link')!.focus()
    stop = focusHeadingWhenReady(main, oud)
    main.innerHTML = '<p>laden</p>'
    await tick()
    expect(document.activeElement?.id).toBe('link')
    main.innerHTML = '<article><h1>Meldingen</h1></article>'
    await tick()
    expect(document.activeElement?.textContent).toBe('Meldingen')
    expect(document.activeElement?.getAttribute('tabindex')).toBe('-1')
  })

  it('leaves focus where the person put it meanwhile', async () => {
    const main = page('<p>laden</p><input id="zoek">')
    stop = focusHeadingWhenReady(main, null)
    ;(document.getElementById('zoek') as HTMLInputElement).focus()
    main.insertAdjacentHTML('beforeend', '<h1>Pagina</h1>')
    await tick()
    expect(document.activeElement?.id).toBe('zoek')
  })

  it('settles for <main> when no heading comes', async () => {
    const main = page('<p>niets</p>')
    stop = focusHeadingWhenReady(main, null, 20)
    await new Promise((r) => setTimeout(r, 40))
    expect(document.activeElement).toBe(main)
  })
})
