/**
 * Built-in detector: strong frustration. Strong phrases (insults, "unacceptable",
 * "j'en ai marre", "Frechheit"...) fire on their own. Weak signals (shouting in
 * capitals, "!!!", "still", "again", "hello??") only count when they pile up: two in
 * the same message, or one now after two earlier frustrated turns in `history`,
 * or the user repeating the same message again and again.
 */
import { compilePhraseRules, runPhraseRules, type PhraseRule } from '../phrase-rules'
import { normalizeText, originalSpan, type NormalizedText } from '../normalize'
import type { Finding } from '../types'

const w = (s: string) => new RegExp(s, 'g')

// Praise or joking around: "that is insane, love it", "haha great joke".
const upbeat =
  /\b(?:love|loved|loving|lol|lmao|haha\w*|hehe|nice|great|awesome|amazing|cool|good|cheap|fast|wow|thanks?(?! for nothing)|thank you(?! for nothing)|merci(?! pour rien)|gracias(?! por nada)|danke(?! fur nichts)|obrigad[oa](?! por nada)|mdr|je rigole|jaja\w*|kkk+|rsrs|otima|otimo|drole|lustig|funny|just kidding|jk)\b|[\u{1F525}\u{1F60D}\u{1F602}\u{1F923}\u{2764}\u{1F44D}\u{1F60A}\u{1F604}\u{1F606}]/u
const notUpbeat = (t: string) => upbeat.test(t)

const strong: PhraseRule[] = [
  // "this is a joke", "what an absolute joke", "you guys are a complete joke" and the same in FR/ES/DE/PT
  {
    rule: 'frustration',
    negatable: true,

    re: w(
      "\\b(?:is|are|'s|'re|what)\\s+(?:such\\s+|just\\s+|really\\s+|literally\\s+)?(?:a|an)\\s+(?:(?:absolute|complete|total|utter|bloody|fucking|freaking|sick|bad|cruel|sad|big|real|joke)\\s+){0,2}(?:joke|disgrace|nightmare|farce|shambles|circus|clown show)\\b"
    ),
    reject: notUpbeat,
  },
  {
    rule: 'frustration',
    negatable: true,

    re: w(
      "\\b(?:c'est|est|etes|sont|quelle|c'est quoi cette)\\s+(?:vraiment\\s+|juste\\s+|encore\\s+)?(?:une\\s+)?(?:(?:vraie|grosse|sacree|belle|mauvaise|sinistre)\\s+)?(?:blague|farce|plaisanterie|mascarade|cirque)\\b"
    ),
    reject: notUpbeat,
  },
  {
    rule: 'frustration',
    negatable: true,

    re: w(
      '\\b(?:es|son|sois|eres|esto es|que)\\s+(?:(?:una|un|muy|toda|todo)\\s+)?(?:(?:verdadera|verdadero|autentica|autentico|mala|mal|puta|puto|gran)\\s+)?(?:broma|burla|chiste|payasada|farsa|cachondeo)\\b'
    ),
    reject: notUpbeat,
  },
  {
    rule: 'frustration',
    negatable: true,

    re: w(
      '\\b(?:(?:ist|sind|seid|bist|war)\\s+(?:(?:doch|ja|echt|wirklich|einfach|nur|ein|eine|der|die|das)\\s+){0,3}(?:(?:schlechter|schlechte|schlechtes|absoluter|absolute|totaler|totale|echter|reiner|reine|einziger|einzige|schlechten|riesen)\\s+)?(?:witz|farce|lachnummer|affentheater)|zumutung)\\b'
    ),
    reject: notUpbeat,
  },
  {
    rule: 'frustration',
    negatable: true,

    re: w(
      '\\b(?:e|sao|isso e|que|isto e)\\s+(?:(?:uma|um|so|mesmo)\\s+)?(?:(?:verdadeira|grande|baita|mais)\\s+)?(?:piada|circo)\\b'
    ),
    reject: notUpbeat,
  },
  // "this is insane", "it's madness" -- unless it is praise ("that is insane, love it")
  {
    rule: 'frustration',
    negatable: true,

    re: w(
      "\\b(?:this|it|that|this's|it's|that's|thats|its)\\s+(?:is\\s+|'s\\s+|was\\s+|is getting\\s+)?(?:(?:absolutely|completely|totally|just|actually|fucking|bloody|so|pure|utter|beyond|getting)\\s+){0,2}(?:insane|crazy|nuts|madness|absurd|bonkers)\\b"
    ),
    reject: notUpbeat,
  },
  // fed up, in the idioms people use
  {
    rule: 'frustration',
    negatable: true,
    re: w('\\bhasta\\s+(?:las narices|el mono|el gorro|los huevos|las pelotas|la coronilla|el cogote)\\b'),
  },
  // Being taken for a fool: "tomadura de pelo", "me están tomando el pelo", "me fazendo de palhaço", "Saftladen"
  {
    rule: 'frustration',
    negatable: true,
    re: w(
      "\\b(?:tomadura de pelo|(?:me|nos)\\s+(?:estan|estais|esta|toman|tomais|toma)\\s+(?:tomando\\s+)?el pelo|(?:fazendo|fazem|faz|fazer)\\s+(?:a gente\\s+)?de\\s+(?:palhaco|trouxa|otario|idiota|bobo)|saftladen|schnauze\\s+(?:\\w+\\s+)?voll|j'en peux plus|je n'en peux plus)\\b"
    ),
  },
  // Patience running out, in five languages
  {
    rule: 'frustration',
    negatable: true,
    re: w(
      '\\b(?:(?:losing|lost|running out of|out of|run out of)\\s+(?:all\\s+)?(?:my\\s+)?patience|(?:perdiendo|perdi|perdido|se me acaba|se acabo)\\s+(?:la\\s+)?paciencia|(?:perdendo|perdi|perdido)\\s+(?:a\\s+)?paciencia|(?:perdre|perds|perdu|a bout de)\\s+(?:ma\\s+)?patience|(?:verliere|verloren|verlier)\\s+(?:langsam\\s+|jetzt\\s+)?(?:die|meine)\\s+geduld|geduld\\s+(?:ist\\s+)?(?:am ende|zu ende))\\b'
    ),
  },
  // "I'm so done with this company", "are you kidding me??" (unless said in delight)
  {
    rule: 'frustration',
    negatable: true,
    // done with the company, not with a step: "I'm done with the form" is progress
    re: w(
      "\\b(?:i'm|i am|im)\\s+(?:so\\s+|just\\s+|really\\s+|totally\\s+|completely\\s+)?done\\s+with\\s+(?:you(?:\\s+(?:guys|people|all))?|u|this|(?:this|your|the)\\s+(?:company|service|app|bank|store|shop|bot|business|nonsense|crap|shit|bs|garbage))(?=\\s*(?:[.!?,]|$|anymore|for good))"
    ),
  },
  {
    rule: 'frustration',
    re: w(
      "\\b(?:are you|r u|you(?:'re| are)|you(?:'re| are) not)\\s+(?:fucking\\s+|freaking\\s+)?(?:kidding|joking)(?:\\s+me)?\\b"
    ),
    reject: notUpbeat,
  },
  {
    rule: 'frustration',
    re: w(
      '\\bstill\\s+(?:nothing(?!\\s+(?:to report|to add|to declare|new|wrong|else))|no\\s+(?:answer|reply|response|news|update|word|refund|one))\\b'
    ),
    reject: notUpbeat,
  },
  // "que mal servicio", "qué atención más pésima", "que atendimento horrível"
  {
    rule: 'frustration',
    negatable: true,
    re: w(
      '\\bque\\s+(?:(?:mal|pesimo|pesima|horrible|malisimo|malisima|penoso|penosa|terrible|asqueroso|horrivel|ruim|pessimo|pessima)\\s+(?:servicio|atencion|soporte|servico|atendimento|suporte)|(?:servicio|atencion|servico|atendimento)\\s+(?:mas\\s+|mais\\s+|tan\\s+|tao\\s+)?(?:malo|mala|pesimo|pesima|horrible|ruim|pessimo|pessima|horrivel|penoso|penosa))\\b'
    ),
  },
  {
    rule: 'frustration',
    negatable: true,
    re: w(
      '\\b(?:vous\\s+vous|tu\\s+te|on\\s+se|ils\\s+se)\\s+(?:foutez|fous|fout|foutent|moquez|moques|moque|moquent)\\s+(?:vraiment\\s+|encore\\s+)?(?:de\\s+(?:moi|nous|ma gueule|nos gueules|la gueule du monde)|du monde)\\b'
    ),
  },
  // "useless" in ES/PT, as an attribute ("es un servicio inútil", "esse app é inútil")
  {
    rule: 'frustration',
    negatable: true,
    re: w(
      '\\b(?:son|eres|es|sois|servicio|app|bot|aplicacion|empresa|sao|e|voces|aplicativo|atendimento|servico)\\s+(?:(?:un|una|unos|unas|um|uma|uns|umas|muy|muito|totalmente|completamente|tan|tao|simplemente|simplesmente)\\s+){0,2}(?:inutil|inutiles|inuteis)\\b'
    ),
  },
  {
    rule: 'frustration',
    negatable: true,
    re: w("\\bmir\\s+(?:reicht'?s|reicht es)\\b(?!,?\\s+(?:wenn|dass|zu|aus|auch|vollig|schon))"),
  },
  {
    rule: 'frustration',
    negatable: true,
    re: w(
      "\\b(?:ridiculous(?!\\s+(?:deal|deals|price|prices|discount|discounts|offer|offers|bargain|value|sale))|unacceptable|outrageous|pathetic|disgraceful|appalling|infuriating|useless|worthless|incompetent|scam|scammers|rip[- ]?off|worst[\\s.!]+(?:\\w+[\\s.!]+){0,2}(?:ever|service|experience|company|bot|support)|fed up|sick (?:and tired )?of|waste of (?:my )?time|wtf|what the (?:fuck|hell|heck)|fuck\\w*|f\\*+k\\w*|bullshit|shit|crap|stupid (?:bot|app|machine|thing|system|company)|dumb (?:bot|app|machine)|(?:i'm|i am|im)\\s+(?:so\\s+|really\\s+|very\\s+|extremely\\s+|absolutely\\s+|beyond\\s+)?(?:angry|furious|pissed|livid|frustrated|annoyed|fuming)|(?:so|really|very|extremely)\\s+(?:angry|furious|frustrated|pissed)|had enough|last straw|(?:is|are) (?:garbage|trash|rubbish)|nobody (?:answers|responds|helps|cares|replies)|no one (?:answers|responds|helps|cares|replies))\\b"
    ),
  },
  {
    rule: 'frustration',
    re: w(
      '\\b(?:asked|told you|said|tried|called|written|wrote|contacted you|explained)\\b[^.!?]{0,20}\\b(?:\\d+|two|three|four|five|six|several|many|multiple|ten|a hundred|100) times\\b'
    ),
  },
  {
    rule: 'frustration',
    re: w('\\bfor the (?:\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|tenth|hundredth|last|umpteenth|nth) time\\b'),
  },
  {
    rule: 'frustration',
    negatable: true,
    re: w(
      "\\b(?:inadmissible|inacceptable|scandaleux|scandaleuse|honteux|honteuse|lamentable|(?:c'est|quelle) (?:une )?honte|n'importe quoi|(?:j'en ai|en ai|j'ai) marre|ras[- ]le[- ]bol|ca ne sert a rien|sert a rien|c'est nul|vous etes nuls?|putain|merde|bordel|debile|foutage de gueule|arnaque|escrocs?|je suis (?:tres |vraiment )?(?:enerve|enervee|furieux|furieuse|en colere|agace|agacee|excede|excedee))\\b"
    ),
  },
  {
    rule: 'frustration',
    negatable: true,
    re: w(
      '\\b(?:inaceptable|inadmisible|vergonzoso|vergonzosa|una verguenza|harto|harta|hartos|hartas|no sirven? para nada|pesimo|pesima|ridiculo|ridicula|mierda|estafa|estafadores|porqueria|que asco|joder|estoy (?:muy )?(?:enfadad[oa]|enojad[oa]|furios[oa]|cansad[oa] de))\\b'
    ),
  },
  {
    rule: 'frustration',
    negatable: true,
    re: w(
      '\\b(?:frechheit|unverschamt|inakzeptabel|katastrophe|katastrophal|nutzlos|sinnlos|mist|scheisse|scheiss\\w*|verdammt|nase voll|reicht mir|reicht jetzt|ich bin (?:so |echt |total )?(?:sauer|wutend|genervt)|abzocke|unfassbar|lacherlich|zum kotzen)\\b'
    ),
  },
  {
    rule: 'frustration',
    re: w(
      '\\b(?:absurdo|absurda|inaceitavel|vergonha|pessimo|pessima|porcaria|palhacada|merda|nao aguento mais|(?:estou|to|tou) (?:muito )?(?:cansad[oa]|irritad[oa]|furios[oa]|puto|puta)|de saco cheio|saco cheio|que lixo|um lixo)\\b'
    ),
  },
]

const weakWords =
  /\b(?:still|again|seriously|annoying|annoyed|frustrating|terrible|horrible|awful|come on|toujours|encore|agacant|enervant|todavia|sigue|otra vez|immer noch|schon wieder|nervig|ainda|de novo|outra vez|chato)\b|^\s*(?:hello|hallo|allo|ola|hola|bonjour|hey|hi)\s*\?+|\b(?:anyone|anybody|someone|quelqu'un|alguien|alguem|jemand)\s+(?:there|here|la|ahi|ai|da)\b/g
const punctuation = /[!?]{3,}|\?!|!\?/

const letterRe = /\p{L}/u
const upperRe = /\p{Lu}/u

/** At least 12 letters, 80% of them capitals. A counting loop: no per-letter arrays. */
function shouting(s: string): boolean {
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
  if (p) {
    score++
    first ??= originalSpan(norm, p.index, p.index + p[0].length)
  }
  if (shouting(norm.original)) {
    score++
    first ??= { start: 0, end: norm.original.length }
  }
  return first ? { score, first } : { score }
}

const strongCompiled = compilePhraseRules(strong)

function hasStrong(norm: NormalizedText): Finding | undefined {
  return runPhraseRules(norm, 'frustration', strongCompiled, 15, 1)[0]
}

const canon = (s: string) =>
  normalizeText(s)
    .text.replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

export function detectFrustration(norm: NormalizedText, history: readonly string[] = []): Finding[] {
  const direct = hasStrong(norm)
  if (direct) return [direct]

  const now = weakScore(norm)
  const whole = { start: 0, end: norm.original.length }
  if (now.score >= 2) return [{ rule: 'frustration.signals', kind: 'frustration', ...(now.first ?? whole) }]

  // Build-up across turns: only the last few turns matter.
  const recent = history.slice(-5)
  if (recent.length === 0) return []
  const me = canon(norm.original)
  const repeats = me.length > 0 ? recent.filter((h) => canon(h) === me).length : 0
  if (repeats >= 2 || (repeats >= 1 && now.score >= 1))
    return [{ rule: 'frustration.repetition', kind: 'frustration', ...whole }]
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
