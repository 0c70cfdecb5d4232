/**
 * After an in-app navigation, focus goes to the new page's main heading, so screen readers
 * start reading there and the next Tab continues in the page (WCAG 2.4.3). Section pages arrive
 * later than the route (their code loads first): wait for an h1 that was not there before, for
 * at most `timeoutMs`, then settle for <main>. Never takes focus back from someone who moved it
 * meanwhile (typed in a field, opened a menu).
 */
export function focusHeadingWhenReady(
  main: HTMLElement,
  previous: Element | null,
  timeoutMs = 8000,
): () => void {
  const started = document.activeElement
  const free = () => {
    const now = document.activeElement
    return !now || now === document.body || now === started || now === main || !now.isConnected
  }
  const place = (target: HTMLElement) => {
    if (!free()) return
    if (target !== main && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
    target.focus({ preventScroll: true })
  }
  const heading = () => {
    const h1 = main.querySelector<HTMLElement>('h1')
    return h1 && h1 !== previous ? h1 : null
  }
  let observer: MutationObserver | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  const stop = () => {
    observer?.disconnect()
    if (timer) clearTimeout(timer)
    observer = null
    timer = null
  }
  const found = heading()
  if (found) {
    place(found)
    return stop
  }
  observer = new MutationObserver(() => {
    const h1 = heading()
    if (!h1) return
    stop()
    place(h1)
  })
  observer.observe(main, { childList: true, subtree: true })
  timer = setTimeout(() => {
    stop()
    place(main)
  }, timeoutMs)
  return stop
}
