/**
 * The shell's own safety net for what was typed, for every form of every section, whether or
 * not it uses `useFormDraft`: when the session ends, the values of the fields on the page are
 * kept (sessionStorage, per page and person, never passwords or files) and put back when the
 * person returns to the page after logging in again.
 */
type Veldwaarde = string | boolean | string[]
export type Formulierstand = Record<string, Veldwaarde>

const SKIP = new Set(['password', 'file', 'hidden', 'submit', 'button', 'reset', 'image'])
type Veld = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

function sleutelVan(veld: Veld): string | null {
  return veld.id ? `#${veld.id}` : veld.name ? `@${veld.name}` : null
}

function bruikbaar(veld: Veld): boolean {
  if (veld instanceof HTMLInputElement && SKIP.has(veld.type)) return false
  // One-time codes and anything marked as a secret are never kept.
  return !/one-time-code|password/.test(veld.autocomplete ?? '')
}

/** The fields of the forms below `root`, by id (or name). */
export function leesFormulieren(root: ParentNode): Formulierstand {
  const stand: Formulierstand = {}
  for (const veld of root.querySelectorAll<Veld>('form input, form textarea, form select')) {
    const sleutel = sleutelVan(veld)
    if (!sleutel || !bruikbaar(veld)) continue
    if (veld instanceof HTMLInputElement && (veld.type === 'checkbox' || veld.type === 'radio'))
      stand[sleutel] = veld.checked
    else if (veld instanceof HTMLSelectElement && veld.multiple)
      stand[sleutel] = [...veld.selectedOptions].map((o) => o.value)
    else stand[sleutel] = veld.value
  }
  return stand
}

function zoek(root: ParentNode, sleutel: string): Veld | null {
  const naam = sleutel.slice(1)
  const selector = sleutel.startsWith('#') ? `#${CSS.escape(naam)}` : `[name="${CSS.escape(naam)}"]`
  return root.querySelector<Veld>(selector)
}

/** Puts one value back the way typing would (input/change events), so v-model follows. */
function zet(veld: Veld, waarde: Veldwaarde): void {
  if (veld instanceof HTMLInputElement && (veld.type === 'checkbox' || veld.type === 'radio')) {
    if (veld.checked === waarde) return
    veld.checked = waarde === true
    veld.dispatchEvent(new Event('change', { bubbles: true }))
    return
  }
  if (veld instanceof HTMLSelectElement && Array.isArray(waarde)) {
    for (const o of veld.options) o.selected = waarde.includes(o.value)
  } else if (typeof waarde === 'string') {
    if (veld.value === waarde) return
    veld.value = waarde
  } else return
  veld.dispatchEvent(new Event('input', { bubbles: true }))
  veld.dispatchEvent(new Event('change', { bubbles: true }))
}

/**
 * Puts the values back as their fields appear (a section's page loads after the shell), until
 * all are back or `timeoutMs` passed. Resolves with the number of fields that got a value.
 */
export function herstelFormulieren(
  root: HTMLElement,
  stand: Formulierstand,
  timeoutMs = 15_000,
): Promise<number> {
  const open = new Map(Object.entries(stand))
  let gezet = 0
  const probeer = () => {
    for (const [sleutel, waarde] of open) {
      const veld = zoek(root, sleutel)
      if (!veld) continue
      // A select whose options are not in yet (loaded with the page) waits for them.
      if (veld instanceof HTMLSelectElement && typeof waarde === 'string' && waarde)
        if (![...veld.options].some((o) => o.value === waarde)) continue
      zet(veld, waarde)
      open.delete(sleutel)
      gezet++
    }
    return open.size === 0
  }
  return new Promise((klaar) => {
    if (probeer()) return klaar(gezet)
    const observer = new MutationObserver(() => {
      if (!probeer()) return
      stop()
    })
    const timer = setTimeout(() => stop(), timeoutMs)
    function stop() {
      observer.disconnect()
      clearTimeout(timer)
      klaar(gezet)
    }
    observer.observe(root, { childList: true, subtree: true })
  })
}

/** Whether a snapshot holds anything typed (not only empty fields and unchecked boxes). */
export function heeftInvoer(stand: Formulierstand): boolean {
  return Object.values(stand).some((v) =>
    Array.isArray(v) ? v.length > 0 : v !== '' && v !== false,
  )
}
