/**
 * Negation check: "I don't need a human", "pas besoin d'un conseiller", "no necesito",
 * "ich muss nicht", "não preciso", "non voglio", "ik wil geen". Looks back from a match to the start of its clause
 * (punctuation or a contrastive conjunction) and at most a few words, so that
 * "I don't want a bot, I want a human" still fires on the second clause.
 */

const clauseBreak = /[.!?;,:\n]|\b(?:but|mais|pero|aber|mas|sondern|sino|instead|ma|bensi|invece|maar)\b/g

// "can't"/"cannot" are left out on purpose: "why can't I talk to a person?" is a request.
const negationCue =
  /(?:^|[^\p{L}'])(?:don'?t|do not|does not|doesn'?t|did not|didn'?t|no need|not|never|without|no longer|won'?t|wouldn'?t|ne|n'|pas|jamais|sans|nunca|sin|tampoco|nicht|kein|keine|keinen|nie|ohne|nao|sem|nem|non|senza|nessun|nessuna|niet|geen|nooit|zonder|hoef|hoeft)(?![\p{L}'])/u
// Spanish "no" only before a verb: in Portuguese "no" means "in the" ("no Procon").
const spanishNo =
  /(?:^|[^\p{L}'])no\s+(?:(?:me|te|lo|la|le|se|nos)\s+)?(?:necesito|necesitamos|quiero|queremos|quisiera|hace falta|hay|voy|vamos|tengo|es|estoy|puedo|pienso|deseo|busco|requiero|hace|hagan|hables|hablen)(?![\p{L}'])/u

const firstWord = /^[\p{L}']+/u
// A condition or a cause: "if you don't refund me…", "since you won't refund me, I've asked my bank…".
const conditional =
  /(?:^|[^\p{L}'])(?:if|unless|since|because|si|se|wenn|falls|als|tenzij|parce que|puisque|vu que|porque|ya que|puesto que|weil|perche|poiche|siccome|visto che|omdat|aangezien|ja que|visto que)(?![\p{L}'])/gu
const negationCueAll = new RegExp(negationCue.source, 'gu')

/** End of the last match of a global regex in `s`, or -1. */
function lastMatchEnd(re: RegExp, s: string): number {
  let end = -1
  re.lastIndex = 0
  for (let m = re.exec(s); m; m = re.exec(s)) {
    end = m.index + m[0].length
    if (m[0].length === 0) re.lastIndex++
  }
  return end
}

// "Terugbellen is niet meer nodig", "a call-back is not needed", "rappel pas nécessaire": the request, then "not needed".
const notNeededAfter =
  /^\W{0,3}(?:(?:is|ist|est|es|e|n'est|isn't|wird)\s+)?(?:(?:echt|really|wirklich|vraiment)\s+)?(?:not|niet|nicht|pas|no|nao|non|no longer|nicht mehr|niet meer|plus)\s+(?:(?:more|meer|mehr|plus|mas|piu)\s+)?(?:needed|necessary|nodig|notig|noetig|necessaire|necesario|necessario|preciso|precisa|serve)\b/

/** Whether "not needed" follows a match: the request is withdrawn, as a negation before it would. */
export const isWithdrawn = (text: string, matchEnd: number): boolean =>
  notNeededAfter.test(text.slice(matchEnd, matchEnd + 40))

export function isNegated(text: string, matchStart: number, maxLookback = 40): boolean {
  const from = Math.max(0, matchStart - maxLookback)
  let window = text.slice(from, matchStart)
  let lastBreak = -1
  clauseBreak.lastIndex = 0
  for (let m = clauseBreak.exec(window); m; m = clauseBreak.exec(window)) lastBreak = m.index + m[0].length
  if (lastBreak >= 0) window = window.slice(lastBreak)
  // A negated condition or cause is not a negated request: "si vous ne remboursez pas je demande un contracargo",
  // "if you do not refund me by Friday I will file a chargeback" (the "if" may lie beyond the lookback).
  let wide = text.slice(Math.max(0, matchStart - 2 * maxLookback), matchStart)
  let wideBreak = -1
  clauseBreak.lastIndex = 0
  for (let m = clauseBreak.exec(wide); m; m = clauseBreak.exec(wide)) wideBreak = m.index + m[0].length
  if (wideBreak >= 0) wide = wide.slice(wideBreak)
  const cond = lastMatchEnd(conditional, wide)
  if (cond >= 0) {
    const after = lastMatchEnd(negationCueAll, wide.slice(cond))
    if (after >= 0 && wide.length - cond - after < window.length) window = wide.slice(cond + after)
  }
  if (negationCue.test(window)) return true
  // The match may start with the negated verb itself: "no quiero un agente".
  const head = firstWord.exec(text.slice(matchStart, matchStart + 16))?.[0] ?? ''
  return spanishNo.test(window + head)
}
