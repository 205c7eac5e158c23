/**
 * Built-in detector: sensitive personal data (payment cards, IBANs, US SSNs, email
 * addresses, phone numbers). Shapes are found with bounded regexes on the folded
 * text (fullwidth digits already ASCII), then confirmed with checksums/structure
 * (Luhn + issuer prefix, IBAN mod-97 + country length, SSN area/group/serial) so
 * order and tracking numbers do not fire. Every finding carries its masked form.
 */
import { ibanValid, expectedIbanLength, luhnValid, plausibleCardPrefix, ssnPlausible } from './checksums'
import { maskDigits, maskEmail, maskIban } from './masking'
import { originalSpan, type NormalizedText } from '../normalize'
import type { Finding } from '../types'

// Digits grouped by spaces, dashes, dots or underscores, as people type them to dodge filters
const cardRe = /(?<!\d[ ._-]?)\d(?:(?:[ ._-]|  )?\d){11,18}(?![ ._-]?\d)/g
const ibanRe = /(?<![a-z0-9])[a-z]{2}\d{2}(?: ?[a-z0-9]){10,32}/g
const ssnDashedRe = /(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])/g
const ssnContextRe =
  /\b(?:ssn|social security(?: number| no\.?| #)?|social)\b[^\d\n]{0,20}(\d{3})[ -]?(\d{2})[ -]?(\d{4})(?![\d-])/dg
const emailRe =
  /(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24}(?![a-z0-9-])/g
const phoneShapes: RegExp[] = [
  /(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){1,6}(?!\d)/g, // international
  /(?<![\d-])(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\d-])/g, // North America
  /(?<!\d)\(\d{2}\) ?\d{4,5}-?\d{4}(?!\d)/g, // Brazil
  /(?<![\d+])0[1-9](?:[ .]\d{2}){4}(?!\d)/g, // France
  // National mobiles written without separators or with one: France 06/07, Germany 015x-017x, Brazil (area) 9xxxx-xxxx
  /(?<![\d+-])0[67]\d{8}(?![\d-])/g,
  /(?<![\d+-])01[5-7]\d{1,2}[ /-]?\d{6,8}(?![\d-])/g,
  /(?<![\d+-])\d{2}(?: 9\d{4}-?\d{4}|9\d{4}-\d{4})(?![\d-])/g, // not 11 bare digits: order numbers look like that
  /(?<![\d+-])07\d{3} \d{6}(?![\d-])/g, // UK mobile, as written: 07700 900123
  /(?<![\d+.,-])[67]\d{2} \d{3} \d{3}(?![\d.,-]|\s\d)/g, // Spanish mobile in threes: 612 345 678
  /(?<![\d+.,-])07[5-9] \d{3} \d{2} \d{2}(?![\d.,-]|\s\d)/g, // Swiss mobile: 079 412 55 83
  /(?<![\d+-])06[- ]?(?:\d{8}|\d{2} \d{2} \d{2} \d{2}|\d{4} \d{4})(?![\d-]|\s\d)/g, // Dutch mobile: 06-41 88 27 35
]
const phoneContextRe =
  /\b(?:phone|telephone|tel|mobile|cell|cellphone|call me(?: at| on)?|text me(?: at| on)?|whatsapp|reach me(?: at| on)?|my number is|numero de telephone|portable|telefono|movil|celular|handy|handynummer|festnetz|telefonnummer|mobilnummer|rufnummer|me liga|ligue|appelez-moi|llamame|rufen sie mich an|rappelez[- ]moi(?: au| sur)?|joignable au|erreichbar unter|zap|whats|wpp|meu numero|mi numero|meine nummer|mon numero|mijn nummer|nieuwe nummer|telefoonnummer|gsm|natel|cellulare|il mio numero|numero di telefono)\b[^\d\n]{0,20}(\+?\(?\d[\d .()/-]{6,18}\d)/dg

function digitCount(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 48 && c <= 57) n++
  }
  return n
}

function overlaps(found: Finding[], start: number, end: number): boolean {
  return found.some((f) => start < f.end && f.start < end)
}

function push(
  norm: NormalizedText,
  out: Finding[],
  rule: string,
  from: number,
  to: number,
  mask: (s: string) => string
): void {
  const span = originalSpan(norm, from, to)
  if (overlaps(out, span.start, span.end)) return
  out.push({
    rule,
    kind: 'sensitive-data',
    start: span.start,
    end: span.end,
    masked: mask(norm.original.slice(span.start, span.end)),
  })
}

export function findSensitiveData(norm: NormalizedText): Finding[] {
  const text = norm.text
  const out: Finding[] = []
  const hasDigit = /\d/.test(text)

  if (hasDigit) {
    cardRe.lastIndex = 0
    for (let m = cardRe.exec(text); m; m = cardRe.exec(text)) {
      const digits = m[0].replace(/\D/g, '')
      if (digits.length >= 12 && luhnValid(digits) && plausibleCardPrefix(digits)) {
        push(norm, out, 'sensitive-data.card', m.index, m.index + m[0].length, (s) => maskDigits(s, 4))
      }
    }

    ibanRe.lastIndex = 0
    for (let m = ibanRe.exec(text); m; m = ibanRe.exec(text)) {
      const len = expectedIbanLength(m[0].slice(0, 2))
      let end = -1
      if (len) {
        // Take exactly `len` alphanumerics; the regex may have run into the next word.
        let count = 0
        for (let i = 0; i < m[0].length; i++) {
          if (m[0][i] !== ' ') count++
          if (count === len) {
            end = i + 1
            break
          }
        }
      }
      const next = end > 0 ? text[m.index + end] : undefined
      const compact = end > 0 ? m[0].slice(0, end).replace(/ /g, '').toUpperCase() : ''
      if (end > 0 && !(next && /[a-z0-9]/.test(next)) && ibanValid(compact)) {
        push(norm, out, 'sensitive-data.iban', m.index, m.index + end, maskIban)
        ibanRe.lastIndex = m.index + end
      } else {
        ibanRe.lastIndex = m.index + 1
      }
    }

    ssnDashedRe.lastIndex = 0
    for (let m = ssnDashedRe.exec(text); m; m = ssnDashedRe.exec(text)) {
      if (ssnPlausible(m[1]!, m[2]!, m[3]!))
        push(norm, out, 'sensitive-data.ssn', m.index, m.index + m[0].length, (s) => maskDigits(s, 4))
    }
    ssnContextRe.lastIndex = 0
    for (let m = ssnContextRe.exec(text); m; m = ssnContextRe.exec(text)) {
      const from = m.indices![1]![0]
      const to = m.indices![3]![1]
      if (ssnPlausible(m[1]!, m[2]!, m[3]!)) push(norm, out, 'sensitive-data.ssn', from, to, (s) => maskDigits(s, 4))
    }
  }

  if (text.includes('@')) {
    emailRe.lastIndex = 0
    for (let m = emailRe.exec(text); m; m = emailRe.exec(text)) {
      push(norm, out, 'sensitive-data.email', m.index, m.index + m[0].length, maskEmail)
    }
  }

  if (hasDigit) {
    for (const re of phoneShapes) {
      re.lastIndex = 0
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const n = digitCount(m[0])
        if (n >= 8 && n <= 15)
          push(norm, out, 'sensitive-data.phone', m.index, m.index + m[0].length, (s) => maskDigits(s, 2))
      }
    }
    phoneContextRe.lastIndex = 0
    for (let m = phoneContextRe.exec(text); m; m = phoneContextRe.exec(text)) {
      const [from, to] = m.indices![1]!
      const n = digitCount(m[1]!)
      if (n >= 8 && n <= 15) push(norm, out, 'sensitive-data.phone', from, to, (s) => maskDigits(s, 2))
    }
  }

  return out.sort((a, b) => a.start - b.start)
}
