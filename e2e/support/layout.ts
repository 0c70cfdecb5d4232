import type { Page } from 'playwright-core'

/** How much wider the document is than the viewport (0: it reflows, WCAG 1.4.10). */
export async function overflowX(page: Page): Promise<{ px: number; culprits: string[] }> {
  return page.evaluate(() => {
    const px = document.documentElement.scrollWidth - window.innerWidth
    const culprits = px
      ? Array.from(document.querySelectorAll('body *'))
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 50)}`)
      : []
    return { px, culprits }
  })
}

/** Live regions inside another live region: screen readers may read them twice or not at all. */
export async function nestedLiveRegions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]'
    return Array.from(document.querySelectorAll(LIVE))
      .filter((e) => e.parentElement?.closest(LIVE))
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 40)} in ${e.parentElement!.closest(LIVE)!.tagName.toLowerCase()}.${String(e.parentElement!.closest(LIVE)!.className).slice(0, 40)}`,
      )
  })
}

/** Waits until the page's main heading is there and the section's code has settled. */
export async function pageReady(page: Page): Promise<string> {
  const h1 = page.locator('main h1').first()
  await h1.waitFor({ timeout: 15_000 })
  // Lists load after the heading: wait until nothing says it is loading, then a moment more.
  await page
    .waitForFunction(() => !document.querySelector('.duo-loading, [aria-busy="true"]'), null, {
      timeout: 10_000,
    })
    .catch(() => {})
  await page.waitForTimeout(300)
  return (await h1.innerText()).trim()
}
