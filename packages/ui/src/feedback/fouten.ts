import type { Localized } from '@duo/portal-sdk'
import { isApiFoutBody, type VeldFout } from '@duo/portal-sdk/errors'

/*
 * Errors are recognised by their shape, not with `instanceof ApiFout`: a section bundles its own
 * copy of `@duo/portal-sdk/api` (and so of the class) while @duo/ui is the shell's shared copy,
 * so an ApiFout thrown in a section is not an instance of the class @duo/ui sees.
 */

/** An `ApiFout`, or its body: a code and a message in both languages, maybe per-field errors. */
export interface FoutVorm {
  code: string
  nl: string
  en: string
  velden?: VeldFout[]
}

/** Whether something thrown or received is an error of the portal's API (an ApiFout or its body). */
export function isApiFout(x: unknown): x is FoutVorm {
  return isApiFoutBody(x)
}

/** The per-field errors of an ApiFout (or a list of them), kept only when well formed. */
export function veldFouten(bron: unknown): VeldFout[] {
  const lijst = Array.isArray(bron) ? bron : isApiFout(bron) ? bron.velden : undefined
  return Array.isArray(lijst)
    ? lijst.filter(
        (v): v is VeldFout =>
          !!v && typeof v.veld === 'string' && typeof v.nl === 'string' && typeof v.en === 'string',
      )
    : []
}

/**
 * The error for one field, in both languages, to give a field's `error` prop: it then follows a
 * language switch by itself.
 * @example
 * <DuoTextField id="contact-email" :error="veldFout(fout, 'email')" … />
 */
export function veldFout(bron: unknown, veld: string): Localized | undefined {
  const f = veldFouten(bron).find((v) => v.veld === veld)
  return f && { nl: f.nl, en: f.en }
}
