/** The same limits as the BFF, checked before sending so nobody waits for a refusal. */
export const MAX_BIJLAGEN = 5
export const MAX_BIJLAGE_BYTES = 10 * 1024 * 1024
export const TOEGESTAAN = ['pdf', 'png', 'jpg', 'jpeg', 'txt', 'csv'] as const
export const ACCEPT =
  '.pdf,.png,.jpg,.jpeg,.txt,.csv,application/pdf,image/png,image/jpeg,text/plain,text/csv'

export type BijlageProbleem =
  { soort: 'aantal' } | { soort: 'grootte' | 'type' | 'leeg'; naam: string }

/** What is wrong with the chosen files, if anything (the BFF also checks the content). */
export function controleerBijlagen(files: File[]): BijlageProbleem[] {
  const problemen: BijlageProbleem[] = []
  if (files.length > MAX_BIJLAGEN) problemen.push({ soort: 'aantal' })
  for (const f of files) {
    const ext = f.name.toLowerCase().split('.').pop() ?? ''
    if (!(TOEGESTAAN as readonly string[]).includes(ext))
      problemen.push({ soort: 'type', naam: f.name })
    else if (f.size === 0) problemen.push({ soort: 'leeg', naam: f.name })
    else if (f.size > MAX_BIJLAGE_BYTES) problemen.push({ soort: 'grootte', naam: f.name })
  }
  return problemen
}
