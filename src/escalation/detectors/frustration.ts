/**
 * Built-in detector: strong frustration. Strong phrases (insults, "unacceptable",
 * "j'en ai marre", "Frechheit"...) fire on their own. Weak signals (shouting in
 * capitals, "!!!", "still", "again", "hello??") only count when they pile up: two in
 * the same message, or one now after two earlier frustrated turns in `history`,
 * or the user repeating the same message again and again.
 */
import { runPhraseRules, type PhraseRule } from '../phrase-rules'
import { normalizeText, originalSpan, type NormalizedText } from '../normalize'
import type { Finding } from '../types'

const w = (s: string) => new RegExp(s, 'g')

const strong: PhraseRule[] = [
  {
    rule: 'frustration',
    negatable: true,
    re: w(
      "\\b(?:ridiculous|unacceptable|outrageous|pathetic|disgraceful|appalling|infuriating|useless|worthless|incompetent|scam|scammers|rip[- ]?off|worst\\s+(?:\\w+\\s+){0,2}(?:ever|service|experience|company|bot|support)|fed up|sick (?:and tired )?of|waste of (?:my )?time|wtf|what the (?:fuck|hell|heck)|fuck\\w*|f\\*+k\\w*|bullshit|shit|crap|stupid (?:bot|app|machine|thing|system|company)|dumb (?:bot|app|machine)|(?:i'm|i am|im)\\s+(?:so\\s+|really\\s+|very\\s+|extremely\\s+|absolutely\\s+)?(?:angry|furious|pissed|livid|frustrated|annoyed|fuming)|(?:so|really|very|extremely)\\s+(?:angry|furious|frustrated|pissed)|had enough|last straw|(?:this|it|that|you|your \\w+) (?:is|are) a (?:joke|disgrace|nightmare)|(?:is|are) (?:garbage|trash|rubbish)|nobody (?:answers|responds|helps|cares|replies)|no one (?:answers|responds|helps|cares|replies))\\b",
    ),
  },
  { rule: 'frustration', re: w('\\b(?:asked|told you|said|tried|called|written|wrote|contacted you|explained)\\b[^.!?]{0,20}\\b(?:\\d+|two|three|four|five|six|several|many|multiple|ten|a hundred|100) times\\b') },
  { rule: 'frustration', re: w('\\bfor the (?:\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|tenth|hundredth|last|umpteenth|nth) time\\b') },
  {
    rule: 'frustration',
    negatable: true,
    re: w(
      "\\b(?:inadmissible|inacceptable|scandaleux|scandaleuse|honteux|honteuse|lamentable|(?:c'est|quelle) (?:une )?honte|n'importe quoi|(?:j'en ai|en ai|j'ai) marre|ras[- ]le[- ]bol|ca ne sert a rien|sert a rien|c'est nul|vous etes nuls?|putain|merde|bordel|debile|foutage de gueule|arnaque|escrocs?|je suis (?:tres |vraiment )?(?:enerve|enervee|furieux|furieuse|en colere|agace|agacee|excede|excedee))\\b",
    ),
  },
  {
    rule: 'frustration',
    negatable: true,
    re: w(
      '\\b(?:inaceptable|inadmisible|vergonzoso|vergonzosa|una verguenza|harto|harta|hartos|hartas|no sirven? para nada|pesimo|pesima|ridiculo|ridicula|mierda|estafa|estafadores|porqueria|que asco|joder|estoy (?:muy )?(?:enfadad[oa]|enojad[oa]|furios[oa]|cansad[oa] de))\\b',
    ),
  },
  {
    rule: 'frustration',
    negatable: true,
    re: w('\\b(?:frechheit|unverschamt|inakzeptabel|katastrophe|katastrophal|nutzlos|sinnlos|mist|scheisse|scheiss\\w*|verdammt|nase voll|reicht mir|reicht jetzt|ich bin (?:so |echt |total )?(?:sauer|wutend|genervt)|abzocke|unfassbar|lacherlich|zum kotzen)\\b'),
  },
  {
    rule: 'frustration',
    re: w('\\b(?:absurdo|absurda|inaceitavel|vergonha|pessimo|pessima|porcaria|palhacada|nao aguento mais|(?:estou|to|tou) (?:muito )?(?:cansad[oa]|irritad[oa]|furios[oa]|puto|puta)|de saco cheio|saco cheio|que lixo|um lixo)\\b'),
  },
]

const weakWords =
  /\b(?:still|again|seriously|annoying|annoyed|frustrating|terrible|horrible|awful|come on|toujours|encore|agacant|enervant|todavia|sigue|otra vez|immer noch|schon wieder|nervig|ainda|de novo|outra vez|chato)\b|^\s*(?:hello|hallo|allo|ola|hola|bonjour|hey|hi)\s*\?+|\b(?:anyone|anybody|someone|quelqu'un|alguien|alguem|jemand)\s+(?:there|here|la|ahi|ai|da)\b/g
const punctuation = /[!?]{3,}|\?!|!\?/

/**
 * Weak-signal count of one message. Punctuation and shouting count once each, so
 * "Thanks!!! You are the best!!!" stays at 1.
 */
function weakScore(norm: NormalizedText): { score: number; first?: { start: number; end: number } } {
  let score = 0
  let first: { start: number; end: number } | undefined
  weakWords.lastIndex = 0
  for (let m = weakWords.exec(norm.text); m && score < 2; m = weakWords.exec(norm.text)) {
    score++
    first ??= originalSpan(norm, m.index, m.index + m[0].length)
  }
  const p = punctuation.exec(norm.text)
  if (p) { score++; first ??= originalSpan(norm, p.index, p.index + p[0].length) }
  const letters = norm.original.match(/\p{L}/gu)
  if (letters && letters.length >= 12) {
    const upper = norm.original.match(/\p{Lu}/gu)?.length ?? 0
    if (upper / letters.length >= 0.8) { score++; first ??= { start: 0, end: norm.original.length } }
  }
  return first ? { score, first } : { score }
}

function hasStrong(norm: NormalizedText): Finding | undefined {
  return runPhraseRules(norm, 'frustration', strong, 15)[0]
}

const canon = (s: string) => normalizeText(s).text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

export function detectFrustration(norm: NormalizedText, history: readonly string[] = []): Finding[] {
  const direct = hasStrong(norm)
  if (direct) return [direct]

  const now = weakScore(norm)
  const whole = { start: 0, end: norm.original.length }
  if (now.score >= 2) return [{ rule: 'frustration.signals', kind: 'frustration', ...(now.first ?? whole) }]

  // Build-up across turns: only the last few turns matter.
  const recent = history.slice(-5)
  const me = canon(norm.original)
  const repeats = me.length > 0 ? recent.filter((h) => canon(h) === me).length : 0
  if (repeats >= 2 || (repeats >= 1 && now.score >= 1)) return [{ rule: 'frustration.repetition', kind: 'frustration', ...whole }]
  if (now.score >= 1) {
    let upset = 0
    for (const h of recent) {
      const hn = normalizeText(h)
      if (hasStrong(hn) || weakScore(hn).score >= 1) upset++
    }
    if (upset >= 2) return [{ rule: 'frustration.build-up', kind: 'frustration', ...(now.first ?? whole) }]
  }
  return []
}
