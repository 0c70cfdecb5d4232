/** A readable, unique referentie of a verzoek handmatige mutatie, such as `HM-2024-4F7A2C19`. */
export const referentieVoor = (id: string, ingediend: Date) =>
  `HM-${ingediend.getUTCFullYear()}-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`
