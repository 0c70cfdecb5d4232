import { beforeEach, describe, expect, it } from 'vitest'
import {
  alleenTekst,
  bewaarConcept,
  CONCEPT_MAX_MS,
  conceptSleutel,
  isLeeg,
  leesConcept,
  wisConcepten,
} from './store'

beforeEach(() => sessionStorage.clear())

describe('drafts in sessionStorage', () => {
  it('keys a draft per page and per form', () => {
    expect(conceptSleutel('melding', '/helpdesk/meldingen/nieuw')).toBe(
      'duo.concept:/helpdesk/meldingen/nieuw#melding',
    )
  })

  it('gives a draft back to the person who typed it, and to nobody else', () => {
    const k = conceptSleutel('melding', '/a')
    bewaarConcept(k, 'p1', { onderwerp: 'Vraag over de teldatum' }, 1000)
    expect(leesConcept(k, 'p2', 1000)).toBeNull()
    // Another person's draft is gone after they looked.
    expect(sessionStorage.getItem(k)).toBeNull()
    bewaarConcept(k, 'p1', { onderwerp: 'Vraag' }, 1000)
    expect(leesConcept(k, 'p1', 2000)).toEqual({ onderwerp: 'Vraag' })
  })

  it('forgets a draft older than the longest session', () => {
    const k = conceptSleutel('x', '/a')
    bewaarConcept(k, 'p1', { a: 'b' }, 0)
    expect(leesConcept(k, 'p1', CONCEPT_MAX_MS + 1)).toBeNull()
  })

  it('never stores files, and stores nothing for an empty form', () => {
    const file = new File(['geheim'], 'brief.pdf')
    expect(alleenTekst({ tekst: 'a', bijlagen: [file], bestand: file, n: 3, ok: true })).toEqual({
      tekst: 'a',
      bijlagen: [],
      n: 3,
      ok: true,
    })
    expect(isLeeg({ a: '', b: [], c: false, d: null })).toBe(true)
    const k = conceptSleutel('leeg', '/a')
    bewaarConcept(k, 'p1', { a: '', bijlagen: [file] })
    expect(sessionStorage.getItem(k)).toBeNull()
  })

  it('removes every draft on logout, or those of others on a new login', () => {
    bewaarConcept(conceptSleutel('a', '/1'), 'p1', { a: 'x' })
    bewaarConcept(conceptSleutel('b', '/2'), 'p2', { b: 'y' })
    sessionStorage.setItem('duo.taal', 'en')
    wisConcepten('p1')
    expect(leesConcept(conceptSleutel('a', '/1'), 'p1')).toEqual({ a: 'x' })
    expect(sessionStorage.getItem(conceptSleutel('b', '/2'))).toBeNull()
    wisConcepten()
    expect(sessionStorage.getItem(conceptSleutel('a', '/1'))).toBeNull()
    expect(sessionStorage.getItem('duo.taal')).toBe('en')
    // A form saving as the page unloads after the logout stores nothing.
    bewaarConcept(conceptSleutel('a', '/1'), 'p1', { a: 'x' })
    expect(sessionStorage.getItem(conceptSleutel('a', '/1'))).toBeNull()
  })
})
