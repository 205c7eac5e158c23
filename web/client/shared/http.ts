/** A refusal: the server's sentence, its status, and the kind of Botpress problem when there is one. */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problem?: string
  ) {
    super(message)
  }
}

/** JSON over fetch; a refusal becomes a RequestError carrying the server's sentence. */
export const requestJson = async <T>(url: string, init: RequestInit & { json?: unknown } = {}): Promise<T> => {
  const { json, headers, ...rest } = init
  const response = await fetch(url, {
    ...rest,
    headers: {
      ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(headers as Record<string, string>),
    },
    ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
  })
  const text = await response.text()
  let data: any = {}
  try {
    data = text ? JSON.parse(text) : {}
  } catch {
    data = { error: text }
  }
  if (!response.ok)
    throw new RequestError(
      data?.error ?? data?.message ?? `${response.status} ${response.statusText}`,
      response.status,
      data?.problem
    )
  return data as T
}

export const newKey = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
