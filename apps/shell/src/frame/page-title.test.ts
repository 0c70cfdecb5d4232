import { afterEach, describe, expect, it } from 'vitest'
import { followPageTitle } from './page-title'

// The observer reports after the mutation; the title follows on the next animation frame.
const frame = async () => {
  await new Promise((r) => setTimeout(r, 0))
  await new Promise((r) => requestAnimationFrame(() => r(null)))
}

describe('followPageTitle', () => {
  let stop = () => {}
  afterEach(() => stop())

  it('names the page after its main heading, and follows it when it changes', async () => {
    const main = document.createElement('main')
    main.innerHTML = '<h1>Welkom bij Mijn DUO</h1>'
    document.body.append(main)
    stop = followPageTitle(main, () => 'Mijn DUO').stop
    expect(document.title).toBe('Welkom bij Mijn DUO – Mijn DUO')
    main.innerHTML = '<section><h1>Autorisaties</h1></section>'
    await frame()
    expect(document.title).toBe('Autorisaties – Mijn DUO')
    main.innerHTML = '<p>laden…</p>'
    await frame()
    expect(document.title).toBe('Mijn DUO')
  })

  it('changes the suffix on a language switch that leaves the heading as it was', () => {
    const main = document.createElement('main')
    main.innerHTML = '<h1>Mijn Helpdesk po</h1>'
    document.body.append(main)
    let taal = 'nl'
    const title = followPageTitle(main, () =>
      taal === 'nl' ? 'Mijn DUO voor schoolbesturen' : 'Mijn DUO for school boards',
    )
    stop = title.stop
    taal = 'en'
    title.update()
    expect(document.title).toBe('Mijn Helpdesk po – Mijn DUO for school boards')
  })
})
