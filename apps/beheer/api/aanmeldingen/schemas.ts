/**
 * Input of the aanmelding form and of the servicedesk's decisions. The form's shape goes
 * through zod; the rest (people of the bestuur, the signed PDF) is checked in one pass so every
 * problem shows at once.
 */
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import { keurBestand, tekst, type BestuurPersoon, type VeldFout } from '@duo/server-kit'
import { AANMELDING_STATUSSEN } from '../tables'
import { ongeldig } from '../shared/invoer'

/** The signed form: at most 5 MB (assumed), a PDF by its content. */
export const MAX_BIJLAGE_BYTES = 5 * 1024 * 1024

const BIJLAGE_TE_GROOT: VeldFout = {
  veld: 'bijlage',
  nl: `Het bestand is te groot. Voeg een PDF van ten hoogste ${MAX_BIJLAGE_BYTES / 1024 / 1024} MB toe.`,
  en: `The file is too large. Attach a PDF of at most ${MAX_BIJLAGE_BYTES / 1024 / 1024} MB.`,
}

/** A body larger than the PDF plus the form fields is refused before it is read, on the field. */
export const aanmeldLimit = () =>
  bodyLimit({
    maxSize: MAX_BIJLAGE_BYTES + 64 * 1024,
    onError: (c) => c.json(ongeldig([BIJLAGE_TE_GROOT]).body, 400),
  })

const persoonId = z
  .string()
  .trim()
  .max(100, tekst('Kies een persoon uit de lijst.', 'Choose a person from the list.'))

export const aanmeldForm = z.object({
  beheerderPo: persoonId.optional(),
  beheerderBekostiging: persoonId.optional(),
  toelichting: z
    .string()
    .trim()
    .max(
      2000,
      tekst(
        'De toelichting is te lang (ten hoogste 2000 tekens).',
        'The explanation is too long (at most 2000 characters).',
      ),
    )
    .optional(),
  // An empty file input may arrive as an empty string.
  bijlage: z
    .union([z.instanceof(File), z.string()], {
      message: tekst('Voeg één PDF-bestand toe.', 'Attach one PDF file.'),
    })
    .optional(),
})

export interface GekeurdeAanmelding {
  po: BestuurPersoon | null
  bek: BestuurPersoon | null
  toelichting: string | null
  bijlage: { naam: string; bytes: Uint8Array }
}

/** The form against the people of the bestuur and the file's content; 400 with every problem. */
export async function keurAanmelding(
  input: z.infer<typeof aanmeldForm>,
  people: BestuurPersoon[],
): Promise<GekeurdeAanmelding> {
  const fields: VeldFout[] = []
  const person = (veld: 'beheerderPo' | 'beheerderBekostiging'): BestuurPersoon | null => {
    const id = input[veld]
    if (!id) return null
    const p = people.find((x) => x.id === id)
    if (!p)
      fields.push({
        veld,
        nl: 'Kies een persoon uit de lijst van uw bestuur.',
        en: 'Choose a person from the list of your bestuur.',
      })
    return p ?? null
  }
  const po = person('beheerderPo')
  const bek = person('beheerderBekostiging')
  if (!input.beheerderPo && !input.beheerderBekostiging) {
    fields.push({
      veld: 'beheerderPo',
      nl: 'Kies ten minste één beheerder: de beheerder po of de beheerder bekostiging en opleidingen.',
      en: 'Choose at least one administrator: the beheerder po or the beheerder bekostiging en opleidingen.',
    })
  }
  if (po && bek && po.id === bek.id) {
    fields.push({
      veld: 'beheerderBekostiging',
      nl: 'De beheerder bekostiging en opleidingen moet een andere persoon zijn dan de beheerder po.',
      en: 'The beheerder bekostiging en opleidingen must be another person than the beheerder po.',
    })
  }
  const file = input.bijlage
  let bijlage: GekeurdeAanmelding['bijlage'] | null = null
  if (!(file instanceof File) || file.size === 0) {
    fields.push({
      veld: 'bijlage',
      nl: 'Voeg het ondertekende formulier toe als PDF.',
      en: 'Attach the signed form as a PDF.',
    })
  } else if (file.size > MAX_BIJLAGE_BYTES) {
    fields.push(BIJLAGE_TE_GROOT)
  } else {
    const bytes = new Uint8Array(await file.arrayBuffer())
    const keuring = keurBestand(file.name || 'formulier.pdf', bytes, {
      extensies: ['pdf'],
      maxBytes: MAX_BIJLAGE_BYTES,
    })
    if (keuring.ok) bijlage = { naam: keuring.bestandsnaam, bytes }
    else
      fields.push({
        veld: 'bijlage',
        nl: `${keuring.nl} Voeg het ondertekende formulier toe als PDF-bestand.`,
        en: `${keuring.en} Attach the signed form as a PDF file.`,
      })
  }
  if (fields.length || !bijlage) throw ongeldig(fields)
  return { po, bek, toelichting: input.toelichting || null, bijlage }
}

export const lijstQuery = z.object({
  status: z
    .enum(AANMELDING_STATUSSEN, {
      message: tekst(
        'Kies de status ingediend, goedgekeurd of afgewezen.',
        'Choose the status ingediend, goedgekeurd or afgewezen.',
      ),
    })
    .optional(),
})

const geefReden = tekst(
  'Geef de reden van de afwijzing; de aanvrager ziet die.',
  'Give the reason for the rejection; the requester sees it.',
)

export const afwijzenSchema = z.object({
  reden: z
    .string({ message: geefReden })
    .trim()
    .max(
      2000,
      tekst(
        'De reden is te lang (ten hoogste 2000 tekens).',
        'The reason is too long (at most 2000 characters).',
      ),
    )
    // Empty and too short are different problems: say which one it is.
    .superRefine((s, ctx) => {
      if (s === '') ctx.addIssue({ code: 'custom', message: geefReden })
      else if (s.length < 5)
        ctx.addIssue({
          code: 'custom',
          message: tekst(
            'De reden is te kort: gebruik ten minste 5 tekens.',
            'The reason is too short: use at least 5 characters.',
          ),
        })
    }),
})
