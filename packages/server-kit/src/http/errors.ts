/**
 * Errors of every API answer, in the one contract of `@duo/portal-sdk/errors`:
 * `{ code, nl, en, velden? }`. Throw an `ApiProblem` from a handler to answer with a clear
 * error and change nothing; the platform's error handler turns it into the answer.
 */
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ApiFoutBody, VeldFout } from '@duo/portal-sdk/errors'

export type { ApiFoutBody, VeldFout }

/** The body of an error answer. */
export function apiFout(code: string, nl: string, en: string, velden?: VeldFout[]): ApiFoutBody {
  return velden && velden.length ? { code, nl, en, velden } : { code, nl, en }
}

/** An error answer as an exception: `throw new ApiProblem(409, apiFout(…))`. */
export class ApiProblem extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly body: ApiFoutBody,
  ) {
    super(status, { message: body.en })
  }
}

/** 400 with the problems per field. */
export const ongeldigeInvoer = (velden: VeldFout[], nl?: string, en?: string) =>
  new ApiProblem(
    400,
    apiFout(
      'ongeldige-invoer',
      nl ?? 'Controleer uw invoer.',
      en ?? 'Please check your input.',
      velden,
    ),
  )

/**
 * 404 for an object that does not exist *or* that the person may not see: both answer the
 * same, so ids of other besturen cannot be probed.
 * @example
 * throw nietGevonden('Deze melding bestaat niet of u kunt hem niet inzien.', 'This melding does not exist or you cannot view it.')
 */
export const nietGevonden = (
  nl = 'Dit bestaat niet of u kunt het niet inzien.',
  en = 'This does not exist or you cannot view it.',
) => new ApiProblem(404, apiFout('niet-gevonden', nl, en))

/** 403 with the reason. */
export const geweigerd = (code: string, nl: string, en: string) =>
  new ApiProblem(403, apiFout(code, nl, en))

/** 409: the object is in a state that does not allow this. */
export const conflict = (code: string, nl: string, en: string) =>
  new ApiProblem(409, apiFout(code, nl, en))
