import { nextTick } from 'vue'

/**
 * After a row's action (a revoke, an approval) the row changes or goes: put focus back where the
 * person was, on the same place in the list. The first action of the row now at that place (the
 * next row), else of the last row, else the fallback (the status message).
 * @example
 * const plek = rijIndex(tabel, knop)
 * await laad()
 * await focusOpRij(tabel, plek, () => status.value?.focus())
 */
export function rijIndex(tabel: HTMLElement | null, el: Element | null): number {
  const rij = el?.closest('tr')
  const rijen = Array.from(tabel?.querySelectorAll('tbody tr') ?? [])
  return rij ? rijen.indexOf(rij) : -1
}

export async function focusOpRij(
  tabel: HTMLElement | null,
  index: number,
  anders: () => void,
  /** The same kind of action as before (`[data-actie="intrekken"]`), if the row has it. */
  voorkeur?: string,
): Promise<void> {
  await nextTick()
  const rijen = Array.from(tabel?.querySelectorAll<HTMLElement>('tbody tr') ?? [])
  const rij = rijen[Math.min(Math.max(index, 0), rijen.length - 1)]
  const knop =
    (voorkeur ? rij?.querySelector<HTMLElement>(voorkeur) : null) ??
    rij?.querySelector<HTMLElement>('button:not([aria-disabled="true"]), a')
  if (knop) knop.focus()
  else if (rij) {
    rij.tabIndex = -1
    rij.focus()
  } else anders()
}
