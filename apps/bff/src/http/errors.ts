import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The one error shape of the API: a stable code and a sentence in Dutch and English. */
export interface ApiError {
  error: { code: string; nl: string; en: string; details?: unknown }
}

export function apiError(code: string, nl: string, en: string, details?: unknown): ApiError {
  return { error: details === undefined ? { code, nl, en } : { code, nl, en, details } }
}

/** Throw from a handler to answer with a clear error and change nothing. */
export class ApiProblem extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly body: ApiError,
  ) {
    super(status, { message: body.error.en })
  }
}
