// One outgoing HTTP call to a bot or integration server.
export type PostResult = { status: number; body: string; contentType: string }

export const postJson = async (
  url: string,
  headers: Record<string, string>,
  body: unknown,
  timeoutMs: number
): Promise<PostResult> => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  })
  return {
    status: res.status,
    body: await res.text(),
    contentType: res.headers.get('content-type') ?? 'application/json',
  }
}
