/** Shouting: at least 12 letters, 80% of them capitals ("WHERE IS MY REFUND"). Folding hides it, so it is read on the original. */
const letterRe = /\p{L}/u
const upperRe = /\p{Lu}/u

/** A counting loop: no per-letter arrays, one regex test per non-ASCII character only. */
export function isShouting(s: string): boolean {
  let letters = 0
  let upper = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        letters++
        upper++
      } else if (c >= 97 && c <= 122) letters++
    } else if (letterRe.test(s[i]!)) {
      letters++
      if (upperRe.test(s[i]!)) upper++
    }
  }
  return letters >= 12 && upper >= letters * 0.8
}
