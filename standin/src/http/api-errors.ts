// The API's error vocabulary. Bodies are `{ id, code, type, message }` exactly like Botpress's, so
// `@botpress/client` rebuilds its typed errors (RuntimeError, ResourceNotFoundError, ...) from them.
import { newId } from '../store/ids'

export const ERROR_STATUS = {
  Unknown: 500,
  Internal: 500,
  Unauthorized: 401,
  Forbidden: 403,
  PayloadTooLarge: 413,
  InvalidPayload: 400,
  UnsupportedMediaType: 415,
  MethodNotFound: 405,
  ResourceNotFound: 404,
  InvalidQuery: 400,
  ReferenceNotFound: 400,
  AlreadyExists: 409,
  RateLimited: 429,
  Runtime: 400,
  LimitExceeded: 413,
  OperationTimeout: 504,
} as const

export type ErrorType = keyof typeof ERROR_STATUS

export type ErrorBody = { id: string; code: number; type: string; message: string }

export class ApiError extends Error {
  readonly status: number
  constructor(
    readonly type: ErrorType,
    message: string,
    status?: number
  ) {
    super(message)
    this.status = status ?? ERROR_STATUS[type]
  }
  toBody(): ErrorBody {
    return { id: newId('err'), code: this.status, type: this.type, message: this.message }
  }
}

export const notFound = (what: string, id: string) => new ApiError('ResourceNotFound', `${what} "${id}" doesn't exist`)
export const invalid = (message: string) => new ApiError('InvalidPayload', message)
export const forbidden = (message: string) => new ApiError('Forbidden', message)

/** An error body received from a bot or integration server (passed through unchanged). */
export class UpstreamError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    readonly contentType: string
  ) {
    super(`upstream answered ${status}: ${body.slice(0, 300)}`)
  }
}
