/**
 * The URL when a browser may open or load it: http(s), relative ones resolved against the page. Anything
 * else (`javascript:`, `data:`, `file:`) gives undefined, so it is never rendered as a link or media,
 * whatever the server let through (defence in depth: the integration already refuses such links).
 */
export const webLink = (url: unknown, base = globalThis.location?.href ?? 'http://localhost/'): string | undefined => {
  if (typeof url !== 'string' || url.length === 0) return undefined
  try {
    const { protocol } = new URL(url, base)
    return protocol === 'https:' || protocol === 'http:' ? url : undefined
  } catch {
    return undefined
  }
}
