/**
 * The one error contract of the portal's API. Every error answer of the BFF and of every
 * section's API has this body; the browser turns it into an `ApiFout`. Pure data and checks:
 * the server kit imports this file too (`@duo/portal-sdk/errors`), so both sides agree.
 */

/** One problem with one field of the input, in both languages. */
export interface VeldFout {
  /** The field's name as the API knows it (dotted for nested fields), '' for the input as a whole. */
  veld: string
  nl: string
  en: string
}

/**
 * The body of every error answer: a stable code for programs, a sentence in Dutch and
 * English for people, and per field what is wrong when the input was refused.
 * @example
 * { "code": "ongeldige-invoer", "nl": "Controleer uw invoer.", "en": "Please check your input.",
 *   "velden": [{ "veld": "email", "nl": "Vul een geldig e-mailadres in", "en": "Enter a valid e-mail address" }] }
 */
export interface ApiFoutBody {
  code: string
  nl: string
  en: string
  velden?: VeldFout[]
}

const isText = (v: unknown): v is string => typeof v === 'string'

/** Whether a parsed JSON body is an error answer of the portal's API. */
export function isApiFoutBody(body: unknown): body is ApiFoutBody {
  if (typeof body !== 'object' || body === null) return false
  const b = body as Record<string, unknown>
  return isText(b.code) && isText(b.nl) && isText(b.en)
}

/** An error answer of the API (or no answer at all), with everything needed to show it. */
export class ApiFout extends Error {
  readonly velden: VeldFout[]
  constructor(
    readonly status: number,
    readonly code: string,
    readonly nl: string,
    readonly en: string,
    velden: VeldFout[] = [],
  ) {
    super(`${status} ${code}: ${en}`)
    this.name = 'ApiFout'
    this.velden = velden
  }

  /** The message in the given language. */
  tekst(locale: 'nl' | 'en'): string {
    return locale === 'en' ? this.en : this.nl
  }

  /** The message for one field in the given language, if the API named that field. */
  veldTekst(veld: string, locale: 'nl' | 'en'): string | undefined {
    const fout = this.velden.find((v) => v.veld === veld)
    return fout && (locale === 'en' ? fout.en : fout.nl)
  }
}

/**
 * Whether a thrown value is an `ApiFout`, by its shape: each section bundles its own copy of
 * this module, so `instanceof` fails across a section and a shared package such as `@duo/ui`.
 */
export function isApiFout(err: unknown): err is ApiFout {
  if (!(err instanceof Error) || !isApiFoutBody(err)) return false
  const e = err as unknown as { status?: unknown; velden?: unknown }
  return typeof e.status === 'number' && Array.isArray(e.velden)
}

/** No answer from the server at all (network down, DNS, CORS). */
export const geenVerbinding = () =>
  new ApiFout(
    0,
    'geen-verbinding',
    'Er is geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.',
    'There is no connection with the server. Check your internet connection and try again.',
  )

/** The `ApiFout` for an answer with this status and (parsed) body, whatever the body holds. */
export function apiFoutUit(status: number, body: unknown): ApiFout {
  if (isApiFoutBody(body)) {
    const velden = Array.isArray(body.velden)
      ? body.velden.filter(
          (v): v is VeldFout => !!v && isText(v.veld) && isText(v.nl) && isText(v.en),
        )
      : []
    return new ApiFout(status, body.code, body.nl, body.en, velden)
  }
  return new ApiFout(
    status,
    `http-${status}`,
    'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    'Something went wrong on our side. Please try again later.',
  )
}
