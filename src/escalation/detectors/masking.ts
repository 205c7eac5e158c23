/**
 * Masks applied to sensitive matches before they leave the engine: reasons are
 * logged and shown in Studio, so they must never carry the data in clear.
 * Masks work on the original text (keeping its separators and digit forms).
 */

const digit = /\p{Nd}/u

/** Replace every digit except the last `keep` with `*`; separators are kept. */
export function maskDigits(s: string, keep: number): string {
  const chars = Array.from(s)
  let total = 0
  for (const c of chars) if (digit.test(c)) total++
  let seen = 0
  return chars.map((c) => (digit.test(c) ? (++seen > total - keep ? c : '*') : c)).join('')
}

/** IBAN: country code and last 4 characters stay, e.g. `DE** **** **** **** **30 00`. */
export function maskIban(s: string): string {
  const chars = Array.from(s)
  const alnum = chars.filter((c) => /[\p{L}\p{N}]/u.test(c)).length
  let seen = 0
  return chars
    .map((c) => {
      if (!/[\p{L}\p{N}]/u.test(c)) return c
      seen++
      return seen <= 2 || seen > alnum - 4 ? c : '*'
    })
    .join('')
}

/** Email: `john.doe@example.com` -> `j***@e***.com`. */
export function maskEmail(s: string): string {
  const at = s.lastIndexOf('@')
  if (at < 1) return '***'
  const local = s.slice(0, at)
  const domain = s.slice(at + 1)
  const dot = domain.lastIndexOf('.')
  const tld = dot >= 0 ? domain.slice(dot) : ''
  return `${Array.from(local)[0]}***@${Array.from(domain)[0] ?? ''}***${tld}`
}
