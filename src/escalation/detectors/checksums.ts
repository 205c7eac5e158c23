/** Checksums that separate real payment cards / IBANs from look-alike order numbers. */

/** Luhn (mod 10) check over a string of ASCII digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (d < 0 || d > 9) return false
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return digits.length > 0 && sum % 10 === 0
}

/** Issuer prefixes of the major card networks; a Luhn pass alone still lets 1 in 10 random numbers through. */
export function plausibleCardPrefix(d: string): boolean {
  const len = d.length
  const p2 = Number(d.slice(0, 2))
  const p3 = Number(d.slice(0, 3))
  const p4 = Number(d.slice(0, 4))
  if (d[0] === '4') return len === 13 || len === 16 || len === 19 // Visa
  if (p2 >= 51 && p2 <= 55) return len === 16 // Mastercard
  if (p4 >= 2221 && p4 <= 2720) return len === 16 // Mastercard 2-series
  if (p2 === 34 || p2 === 37) return len === 15 // Amex
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) return len >= 16 && len <= 19 // Discover
  if (p2 === 35) return len >= 16 && len <= 19 // JCB
  if (p2 === 36 || p2 === 38 || p2 === 39 || (p3 >= 300 && p3 <= 305)) return len >= 14 && len <= 19 // Diners
  if (p2 === 62) return len >= 16 && len <= 19 // UnionPay
  if ([5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763].includes(p4)) return len >= 12 && len <= 19 // Maestro
  if (regionalBrand(Number(d.slice(0, 6)), p4)) return len >= 16 && len <= 19
  return false
}

/** Regional networks (Elo, Hipercard, Mir, Verve, RuPay, Troy, Dankort, Bancontact, UnionPay 81). */
function regionalBrand(p6: number, p4: number): boolean {
  const ranges: [number, number][] = [
    [504175, 504175],
    [506099, 506778], // Verve, Elo
    [507865, 507964], // Verve
    [508500, 508999], // RuPay
    [509000, 509999], // Elo
    [606282, 606282], // Hipercard
    [627780, 627780],
    [636297, 636297],
    [636368, 636368], // Elo
    [637095, 637095],
    [637568, 637568],
    [637599, 637599],
    [637609, 637609],
    [637612, 637612], // Hipercard
  ]
  if (ranges.some(([a, b]) => p6 >= a && p6 <= b)) return true
  return (p4 >= 2200 && p4 <= 2204) || p4 === 9792 || p4 === 5019 || p4 === 6703 || (p4 >= 8100 && p4 <= 8171)
}

/** IBAN length per country (ISO 13616 registry, main countries). */
const ibanLength: Record<string, number> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
}

export function expectedIbanLength(country: string): number | undefined {
  return ibanLength[country.toUpperCase()]
}

/** ISO 7064 mod-97-10 over an upper-case alphanumeric IBAN without spaces. */
export function ibanValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false
  if (expectedIbanLength(iban.slice(0, 2)) !== iban.length) return false
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let rem = 0
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i)
    if (c >= 65) {
      const v = c - 55
      rem = (rem * 100 + v) % 97
    } else {
      rem = (rem * 10 + (c - 48)) % 97
    }
  }
  return rem === 1
}

/** US SSN structure: area not 000/666/9xx, group not 00, serial not 0000. */
export function ssnPlausible(area: string, group: string, serial: string): boolean {
  const a = Number(area)
  return a !== 0 && a !== 666 && a < 900 && group !== '00' && serial !== '0000'
}
