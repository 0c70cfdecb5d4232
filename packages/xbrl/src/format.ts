/** Numbers in findings as the reader's language writes them: 1.234.567 or 1,234,567. */
export const getal = (n: number, taal: 'nl' | 'en'): string =>
  n.toLocaleString(taal === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 4 })
