/**
 * Masks card numbers, IBANs and US SSNs in text the integration stores or shows to agents,
 * keeping the last 4 characters (`**** **** **** 1111`), found by the same checksummed
 * detector as escalation (so order numbers stay as typed). Emails and phone numbers are left:
 * agents need them to reach the user. Pure; used at every write point of end-user text.
 */
import { findSensitiveData } from './detectors/sensitive-data'
import { normalizeText } from './normalize'

const MASKED_RULES = new Set(['sensitive-data.card', 'sensitive-data.iban', 'sensitive-data.ssn'])
/** Deeper payloads than this are not message content the desk shows; they are left as they are. */
const MAX_DEPTH = 8

export function maskSensitiveText(text: string): string {
  if (!/\d/.test(text)) return text
  const found = findSensitiveData(normalizeText(text)).filter((f) => MASKED_RULES.has(f.rule))
  if (found.length === 0) return text
  let out = ''
  let at = 0
  for (const f of found) {
    out += text.slice(at, f.start) + (f.masked ?? '')
    at = f.end
  }
  return out + text.slice(at)
}

/** Every string inside a message payload (text, captions, choices, bloc items), masked. */
export function maskPayload<T>(payload: T, depth = 0): T {
  if (typeof payload === 'string') return maskSensitiveText(payload) as T
  if (depth >= MAX_DEPTH || payload === null || typeof payload !== 'object') return payload
  if (Array.isArray(payload)) return payload.map((v) => maskPayload(v, depth + 1)) as T
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(payload)) out[k] = maskPayload(v, depth + 1)
  return out as T
}

/** Whether masking is on: the configuration's `maskSensitiveData`, on unless set to false. */
export const maskingOn = (configuration: { maskSensitiveData?: boolean } | undefined) =>
  configuration?.maskSensitiveData !== false
