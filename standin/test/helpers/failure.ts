import { isApiError } from '@botpress/client'

/** The API error a call failed with, as `Type: message`, so a test asserts both in one line. */
export const failure = async (p: Promise<unknown>): Promise<string> => {
  const err = await p.then(
    () => undefined,
    (e) => e
  )
  return isApiError(err) ? `${err.type}: ${err.message}` : `no api error (${err})`
}
