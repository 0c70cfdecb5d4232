/**
 * Keeps `document.title` equal to the page's main heading (WCAG 2.4.2): the shell cannot know
 * the titles of section pages, so it follows the first h1 in <main> as pages and languages
 * change. `update()` applies it now (a language switch that leaves the heading as it was still
 * changes the suffix).
 */
export function followPageTitle(
  main: HTMLElement,
  suffix: () => string,
): { stop: () => void; update: () => void } {
  let scheduled = false
  const update = () => {
    scheduled = false
    const heading = main.querySelector('h1')?.textContent?.trim()
    const title = heading ? `${heading} – ${suffix()}` : suffix()
    if (document.title !== title) document.title = title
  }
  const observer = new MutationObserver(() => {
    if (scheduled) return
    scheduled = true
    requestAnimationFrame(update)
  })
  observer.observe(main, { childList: true, subtree: true, characterData: true })
  update()
  return { stop: () => observer.disconnect(), update }
}
