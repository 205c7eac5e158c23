/**
 * Built-in detector: strong frustration. Strong phrases (insults, "unacceptable",
 * "j'en ai marre", "Frechheit"...) fire on their own. Weak signals (shouting in
 * capitals, "!!!", "still", "again", "hello??") only count when they pile up: two in
 * the same message, or one now after two earlier frustrated turns in `history`,
 * or the user repeating the same message again and again.
 */
import { inLanguages, rulesFor, type LanguageSwitches, type TaggedRule } from '../languages'
import { negatableRule, runPhraseRules, type PhraseRule } from '../phrase-rules'
import { isShouting } from '../shouting'
import { normalizeText, originalSpan, type NormalizedText } from '../normalize'
import type { Finding } from '../types'
import { frustrationFamilies } from './frustration-families'

const w = (s: string) => new RegExp(s, 'g')
/** Strong frustration that a negation before it silences ("not a joke"). */
const anger = negatableRule('frustration')

// Praise or joking around: "that is insane, love it", "haha great joke".
const upbeat =
  /\b(?:love|loved|loving|lol|lmao|haha\w*|hehe|nice|great|awesome|amazing|cool|good|cheap|fast|wow|thanks?(?! for nothing)|thank you(?! for nothing)|merci(?! pour rien)|gracias(?! por nada)|danke?(?! fur nichts)|obrigad[oa](?! por nada)|mdr|je rigole|jaja\w*|kkk+|rsrs|otima|otimo|drole|lustig|funny|just kidding|jk|grazie(?! per niente)|fantastic[oa]|bellissim[oa]|ottim[oa]|bravissim[oa]|geweldig|bedankt|dank je|dank u|heerlijk|goedkoop|snel|genial|wunderbar|perfekt|perfect[oa]?|parfait|genial|incroyable(?:ment)? bon|absurdo de bom|absurdamente bom|de bom|best|beste|besten|meilleure?s?|mejor(?:es)?|melhor(?:es)?|miglior[ei]|geil|yes{2,}|yay|hurra|hourra|dankjewel|(?:zijn|ist|is|echt|c'est) top|(?:sao|e|foi) demais|10\/10)\b|[\u{1F525}\u{1F60D}\u{1F602}\u{1F923}\u{2764}\u{1F44D}\u{1F60A}\u{1F604}\u{1F606}\u{1F389}\u{1F973}\u{1F64C}]/u
const notUpbeat = (t: string) => upbeat.test(t)
/** Strong frustration, silenced by a negation before it or by praise in the message. */
const angry = (source: string): PhraseRule => ({ ...negatableRule('frustration')(source), reject: notUpbeat })
// "absurdo de bom", "um absurdo de barato": Brazilian slang for "incredibly good/cheap"
const slangPraise = (t: string, _s: number, e: number) =>
  /^\s+de\s+(?:bom|boa|lindo|linda|gostos[oa]|barat[oa]|rapid[oa]|incrivel)/.test(t.slice(e, e + 20))

const strong: TaggedRule[] = [
  // "this is a joke", "what an absolute joke", "you guys are a complete joke" and the same in FR/ES/DE/PT
  {
    langs: ['en'],
    ...angry(
      "\\b(?:is|are|'s|'re|what)\\s+(?:such\\s+|just\\s+|really\\s+|literally\\s+)?(?:a|an)\\s+(?:(?:absolute|complete|total|utter|bloody|fucking|freaking|sick|bad|cruel|sad|big|real|joke)\\s+){0,2}(?:joke|disgrace|nightmare|farce|shambles|circus|clown show)\\b"
    ),
  },
  {
    langs: ['fr'],
    ...angry(
      "\\b(?:c'est|est|etes|sont|quelle|c'est quoi cette)\\s+(?:vraiment\\s+|juste\\s+|encore\\s+)?(?:une\\s+)?(?:(?:vraie|grosse|sacree|belle|mauvaise|sinistre)\\s+)?(?:blague|farce|plaisanterie|mascarade|cirque)\\b"
    ),
  },
  {
    langs: ['es'],
    ...angry(
      '\\b(?:es|son|sois|eres|esto es|que)\\s+(?:(?:una|un|muy|toda|todo)\\s+)?(?:(?:verdadera|verdadero|autentica|autentico|mala|mal|puta|puto|gran)\\s+)?(?:broma|burla|chiste|payasada|farsa|cachondeo)\\b'
    ),
  },
  {
    langs: ['de'],
    ...angry(
      '\\b(?:(?:ist|sind|seid|bist|war)\\s+(?:(?:doch|ja|echt|wirklich|einfach|nur|ein|eine|der|die|das)\\s+){0,3}(?:(?:schlechter|schlechte|schlechtes|absoluter|absolute|totaler|totale|echter|reiner|reine|einziger|einzige|schlechten|riesen)\\s+)?(?:witz|farce|lachnummer|affentheater)|zumutung)\\b'
    ),
  },
  {
    langs: ['pt'],
    ...angry(
      '\\b(?:e|sao|isso e|que|isto e)\\s+(?:(?:uma|um|so|mesmo)\\s+)?(?:(?:verdadeira|grande|baita|mais)\\s+)?(?:piada|circo)\\b'
    ),
  },
  // "this is insane", "it's madness" -- unless it is praise ("that is insane, love it")
  {
    langs: ['en'],
    ...angry(
      "\\b(?:this|it|that|this's|it's|that's|thats|its)\\s+(?:is\\s+|'s\\s+|was\\s+|is getting\\s+)?(?:(?:absolutely|completely|totally|just|actually|fucking|bloody|so|pure|utter|beyond|getting)\\s+){0,2}(?:insane|crazy|nuts|madness|absurd|bonkers)\\b"
    ),
  },
  // fed up, in the idioms people use
  {
    langs: ['es'],
    rule: 'frustration',
    negatable: true,
    re: w('\\bhasta\\s+(?:las narices|el mono|el gorro|los huevos|las pelotas|la coronilla|el cogote)\\b'),
  },
  // Being taken for a fool: "tomadura de pelo", "me están tomando el pelo", "me fazendo de palhaço", "Saftladen"
  {
    langs: ['es', 'pt', 'de', 'fr'],
    rule: 'frustration',
    negatable: true,
    re: w(
      "\\b(?:tomadura de pelo|(?:me|nos)\\s+(?:estan|estais|esta|toman|tomais|toma)\\s+(?:tomando\\s+)?el pelo|(?:fazendo|fazem|faz|fazer)\\s+(?:a gente\\s+)?de\\s+(?:palhaco|trouxa|otario|idiota|bobo)|saftladen|schnauze\\s+(?:\\w+\\s+)?voll|j'en peux plus|je n'en peux plus)\\b"
    ),
  },
  // Patience running out, in five languages
  {
    langs: ['en', 'es', 'pt', 'fr', 'de'],
    rule: 'frustration',
    negatable: true,
    re: w(
      '\\b(?:(?:losing|lost|running out of|out of|run out of)\\s+(?:all\\s+)?(?:my\\s+)?patience|(?:perdiendo|perdi|perdido|se me acaba|se acabo)\\s+(?:la\\s+)?paciencia|(?:perdendo|perdi|perdido)\\s+(?:a\\s+)?paciencia|(?:perdre|perds|perdu|a bout de)\\s+(?:ma\\s+)?patience|(?:verliere|verloren|verlier)\\s+(?:langsam\\s+|jetzt\\s+)?(?:die|meine)\\s+geduld|geduld\\s+(?:ist\\s+)?(?:am ende|zu ende))\\b'
    ),
  },
  // "I'm so done with this company", "are you kidding me??" (unless said in delight)
  {
    langs: ['en'],
    rule: 'frustration',
    negatable: true,
    // done with the company, not with a step: "I'm done with the form" is progress
    re: w(
      "\\b(?:i'm|i am|im)\\s+(?:so\\s+|just\\s+|really\\s+|totally\\s+|completely\\s+)?done\\s+with\\s+(?:you(?:\\s+(?:guys|people|all))?|u|this|(?:this|your|the)\\s+(?:company|service|app|bank|store|shop|bot|business|nonsense|crap|shit|bs|garbage))(?=\\s*(?:[.!?,]|$|anymore|for good))"
    ),
  },
  {
    langs: ['en'],
    rule: 'frustration',
    re: w(
      "\\b(?:are you|r u|you(?:'re| are)|you(?:'re| are) not)\\s+(?:fucking\\s+|freaking\\s+)?(?:kidding|joking)(?:\\s+me)?\\b"
    ),
    reject: notUpbeat,
  },
  {
    langs: ['en'],
    rule: 'frustration',
    re: w(
      '\\bstill\\s+(?:nothing(?!\\s+(?:to report|to add|to declare|new|wrong|else))|no\\s+(?:answer|reply|response|news|update|word|refund|one))\\b'
    ),
    reject: notUpbeat,
  },
  // "que mal servicio", "qué atención más pésima", "que atendimento horrível"
  {
    langs: ['es', 'pt'],
    rule: 'frustration',
    negatable: true,
    re: w(
      '\\bque\\s+(?:(?:mal|pesimo|pesima|horrible|malisimo|malisima|penoso|penosa|terrible|asqueroso|horrivel|ruim|pessimo|pessima)\\s+(?:servicio|atencion|soporte|servico|atendimento|suporte)|(?:servicio|atencion|servico|atendimento)\\s+(?:mas\\s+|mais\\s+|tan\\s+|tao\\s+)?(?:malo|mala|pesimo|pesima|horrible|ruim|pessimo|pessima|horrivel|penoso|penosa))\\b'
    ),
  },
  {
    langs: ['fr'],
    rule: 'frustration',
    negatable: true,
    re: w(
      '\\b(?:vous\\s+vous|tu\\s+te|on\\s+se|ils\\s+se)\\s+(?:foutez|fous|fout|foutent|moquez|moques|moque|moquent)\\s+(?:vraiment\\s+|encore\\s+)?(?:de\\s+(?:moi|nous|ma gueule|nos gueules|la gueule du monde)|du monde)\\b'
    ),
  },
  // "useless" in ES/PT, as an attribute ("es un servicio inútil", "esse app é inútil")
  {
    langs: ['es', 'pt'],
    rule: 'frustration',
    negatable: true,
    re: w(
      '\\b(?:son|eres|es|sois|servicio|app|bot|aplicacion|empresa|sao|e|voces|aplicativo|atendimento|servico)\\s+(?:(?:un|una|unos|unas|um|uma|uns|umas|muy|muito|totalmente|completamente|tan|tao|simplemente|simplesmente)\\s+){0,2}(?:inutil|inutiles|inuteis)\\b'
    ),
  },
  {
    langs: ['de'],
    rule: 'frustration',
    negatable: true,
    re: w("\\bmir\\s+(?:reicht'?s|reicht es)\\b(?!,?\\s+(?:wenn|dass|zu|aus|auch|vollig|schon))"),
  },
  {
    langs: ['en'],
    rule: 'frustration',
    negatable: true,
    re: w(
      "\\b(?:ridiculous(?!\\s+(?:deal|deals|price|prices|discount|discounts|offer|offers|bargain|value|sale))|unacceptable|outrageous|pathetic|disgraceful|appalling|infuriating|useless|worthless|incompetent|scam|scammers|rip[- ]?off|worst[\\s.!]+(?:\\w+[\\s.!]+){0,2}(?:ever|service|experience|company|bot|support)|fed up|sick (?:and tired )?of|waste of (?:my )?time|wtf|what the (?:fuck|hell|heck)|fuck\\w*|f\\*+k\\w*|bullshit|shit|crap|stupid (?:bot|app|machine|thing|system|company)|dumb (?:bot|app|machine)|(?:i'm|i am|im)\\s+(?:so\\s+|really\\s+|very\\s+|extremely\\s+|absolutely\\s+|beyond\\s+)?(?:angry|furious|pissed|livid|frustrated|annoyed|fuming)|(?:so|really|very|extremely)\\s+(?:angry|furious|frustrated|pissed)|had enough|last straw|(?:is|are) (?:garbage|trash|rubbish)|beyond a joke|nobody (?:answers|responds|helps|cares|replies)|no one (?:answers|responds|helps|cares|replies))\\b"
    ),
  },
  {
    langs: ['en'],
    rule: 'frustration',
    re: w(
      '\\b(?:asked|told you|said|tried|called|written|wrote|contacted you|explained)\\b[^.!?]{0,20}\\b(?:\\d+|two|three|four|five|six|several|many|multiple|ten|a hundred|100) times\\b'
    ),
  },
  {
    langs: ['en'],
    rule: 'frustration',
    re: w('\\bfor the (?:\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|tenth|hundredth|last|umpteenth|nth) time\\b'),
  },
  {
    langs: ['fr'],
    rule: 'frustration',
    negatable: true,
    re: w(
      "\\b(?:inadmissible|inacceptable|scandaleux|scandaleuse|honteux|honteuse|lamentable|(?:c'est|quelle) (?:une )?honte|n'importe quoi|(?:j'en ai|en ai|j'ai) marre|ras[- ]le[- ]bol|ca ne sert a rien|sert a rien|c'est nul|vous etes nuls?|putain|merde|bordel|debile|foutage de gueule|arnaque|escrocs?|je suis (?:tres |vraiment )?(?:enerve|enervee|furieux|furieuse|en colere|agace|agacee|excede|excedee))\\b"
    ),
  },
  {
    langs: ['es'],
    rule: 'frustration',
    negatable: true,
    re: w(
      '\\b(?:inaceptable|inadmisible|vergonzoso|vergonzosa|una verguenza|harto|harta|hartos|hartas|no sirven? para nada|pesimo|pesima|ridiculo|ridicula|mierda|estafa|estafadores|porqueria|que asco|joder|estoy (?:muy )?(?:enfadad[oa]|enojad[oa]|furios[oa]|cansad[oa] de))\\b'
    ),
  },
  {
    langs: ['de'],
    rule: 'frustration',
    negatable: true,
    re: w(
      '\\b(?:frechheit|unverschamt|inakzeptabel|katastrophe|katastrophal|nutzlos|sinnlos|mist|scheisse|scheiss\\w*|verdammt|nase voll|reicht mir|reicht jetzt|ich bin (?:so |echt |total )?(?:sauer|wutend|genervt)|abzocke|unfassbar|lacherlich|zum kotzen)\\b'
    ),
  },
  {
    langs: ['pt'],
    rule: 'frustration',
    re: w(
      '\\b(?:absurdo|absurda|inaceitavel|vergonha|pessimo|pessima|porcaria|palhacada|merda|nao aguento mais|(?:estou|to|tou) (?:muito )?(?:cansad[oa]|irritad[oa]|furios[oa]|puto|puta)|de saco cheio|saco cheio|que lixo|um lixo)\\b'
    ),
    reject: slangPraise,
  },
]

// Outside English: superlatives of bad service, insults, repeated failure, threats to leave
strong.push(
  ...inLanguages(
    ['fr'],
    [
      anger(
        "\\b(?:(?:le|la) pire (?:service|sav|entreprise|societe|experience|banque|boutique|site|appli|application|assistance)|pire (?:service|sav|experience) (?:de ma vie|au monde|jamais)|nul a chier|bande d'(?:incapables|incompetents|escrocs|voleurs|guignols)|(?:vous etes|tous) des (?:incapables|incompetents|voleurs|guignols|branquignols|clowns)|incompetents|incapables|voleurs|guignols|ca (?:ne )?(?:marche|fonctionne) toujours pas|toujours pas (?:de |d')?(?:reponse|remboursement|nouvelles|solution)|pour la (?:\\d+e|\\d+eme|deuxieme|troisieme|quatrieme|cinquieme|dixieme|enieme|nieme|centieme) fois|deja (?:\\d+|deux|trois|quatre|cinq|six|dix|plusieurs|mille) fois|(?:aller|passer|partir) (?:voir )?(?:chez |a )?la concurrence|ca suffit|(?:deux|trois|quatre|cinq|six|\\d+) (?:jours|semaines|mois) que j'attends|marre|vous (?:allez perdre|venez de perdre|avez perdu) un client|plus jamais (?:chez vous|je ne commande|je n'achete|je ne reviens)|je suis a bout|c'est du vol|on se fout de (?:moi|nous))\\b"
      ),
    ]
  ),
  ...inLanguages(
    ['es'],
    [
      anger(
        '\\b(?:(?:el|la) peor (?:servicio|atencion|empresa|banco|experiencia|tienda|app|aplicacion|compania|soporte)|peor (?:servicio|atencion) (?:de mi vida|del mundo)|(?:son|sois|eres|es) (?:unos |una |un )?(?:incompetentes|inutiles|ladrones|idiotas|sinverguenzas|payasos)|incompetentes|ladrones|sinverguenzas|sigue sin (?:funcionar|llegar|resolverse)|sigo sin (?:respuesta|recibir|mi|solucion|poder)|por (?:\\d+a?|segunda|tercera|cuarta|quinta|decima|enesima|milesima) vez|ya (?:van|son|llevo|he llamado|les he escrito|lo he pedido) (?:\\d+|dos|tres|cuatro|cinco|diez|varias|muchas|mil) veces|me (?:voy|cambio|paso) a (?:la competencia|otra (?:compania|empresa|operadora|banco|tienda))|nunca mas (?:compro|vuelvo|les compro)|perdieron un cliente|esto es un robo|me tienen harto|estoy hasta)\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['de'],
    [
      anger(
        "\\b(?:schlechteste[rnms]?\\s+(?:service|kundenservice|firma|erfahrung|laden|support|unternehmen|bank|shop)|der letzte dreck|inkompetent\\w*|unfahig\\w*|idioten|betruger\\w*|diebe|(?:funktioniert|klappt|geht)\\s+(?:\\w+\\s+)?(?:immer noch|schon wieder|wieder|noch immer) nicht|(?:immer noch|noch immer) (?:keine antwort|kein geld|keine ruckmeldung|keine losung|nichts passiert)|zum (?:\\d+\\.|zweiten|dritten|vierten|funften|zehnten|x-ten|hundertsten|wiederholten) mal|schon (?:\\d+|zwei|drei|vier|funf|zehn|x|mehrmals|hundert) ?mal|(?:wechsle|wechseln|gehe) (?:jetzt |sofort )?zur konkurrenz|nie wieder (?:bestelle|kaufe|bei euch|bei ihnen)|(?:verarschen|verarscht|verarsche|veralbern)\\w*|jetzt reicht'?s|faxen dicke|das ist diebstahl|ich habe die nase voll|mir platzt (?:gleich )?der kragen)\\b"
      ),
    ]
  ),
  ...inLanguages(
    ['pt'],
    [
      {
        rule: 'frustration',
        negatable: true,
        re: w(
          '\\b(?:(?:o|a) pior (?:atendimento|servico|empresa|experiencia|banco|loja|app|aplicativo|operadora|suporte)|pior (?:atendimento|servico) (?:da minha vida|do mundo)|(?:sao|e|voces sao) (?:uns |uma |um )?(?:incompetentes|ladroes|idiotas|palhacos|vagabundos|safados)|incompetentes|ladroes|safados|vagabundos|bando de|continua (?:sem funcionar|nao funcionando|dando erro)|ainda nao (?:funciona|resolveram|chegou nada)|pela (?:\\d+a?|segunda|terceira|quarta|quinta|decima|enesima|milesima) vez|ja (?:liguei|falei|pedi|tentei|mandei|reclamei|escrevi) (?:\\d+|duas|tres|quatro|cinco|dez|varias|mil) vezes|vou (?:trocar|mudar) de (?:operadora|banco|empresa|loja)|vou para a concorrencia|nunca mais (?:compro|volto)|isso e um roubo|porra|(?:estou|to|tou) (?:muito )?fart[oa]|fart[oa] disto|to indignad[oa]|estou indignad[oa]|indignad[oa])\\b'
        ),
        reject: slangPraise,
      },
    ]
  ),
  ...inLanguages(
    ['it'],
    [
      angry(
        '\\b(?:vergogna|vergognos[oa]|inaccettabile|inammissibile|scandalos[oa]|ridicol[oa]|pessim[oa]|schifo|che schifo|fa schifo|schifos[oa]|incompetenti|incapaci|ladri|truffa|truffatori|buffoni|pagliacci|vaffanculo|cazzo|merda|sono (?:stuf[oa]|arrabbiat[oa]|furios[oa]|esasperat[oa]|incazzat[oa]|nero|stanc[oa] di)|non ne posso piu|ne ho abbastanza|mi avete (?:stancato|stufato|rotto)|(?:il|la) peggior[e]? (?:servizio|assistenza|azienda|esperienza|negozio|banca)|servizio (?:pessimo|vergognoso|schifoso|indecente)|per la (?:\\d+a?|seconda|terza|quarta|quinta|decima|ennesima|millesima) volta|(?:ancora|continua a) non (?:funziona|funzionare|risponde|rispondere|arriva)|non funziona ancora|gia (?:\\d+|due|tre|quattro|cinque|dieci|mille|varie|molte) volte|passo alla concorrenza|cambio (?:operatore|gestore|banca|fornitore)|mai piu (?:da voi|con voi|compro|ordino)|(?:mi|ci) (?:state|stanno|sta) prendendo in giro|presa in giro|prendete in giro|e una presa per il culo|indecente|assurdo|assurda)\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['nl'],
    [
      angry(
        '\\b(?:schandalig|belachelijk|onacceptabel|onaanvaardbaar|waardeloos|waardeloze|bagger|klote\\w*|kut\\w*|godverdomme|verdomme|oplichters|oplichting|oplichterij|dieven|incompetent\\w*|prutsers|idioten|ik ben (?:het )?(?:zat|spuugzat|kotsbeu|beu|boos|woedend|kwaad|het zat)|ik heb er (?:genoeg|schoon genoeg|mijn buik vol) van|het is (?:nu )?genoeg geweest|(?:de|het) slechtste (?:service|klantenservice|ervaring|webshop|bedrijf|winkel|bank)|slechtste service|voor de (?:\\d+e|tweede|derde|vierde|vijfde|tiende|zoveelste|honderdste) keer|werkt (?:nog steeds|alweer|weer|nog altijd) niet|(?:nog steeds|nog altijd) (?:geen antwoord|niets|geen reactie|geen geld|geen oplossing)|al (?:\\d+|twee|drie|vier|vijf|tien|tig|meerdere|honderd) keer|ik stap over naar|overstappen naar (?:de )?concurrent|nooit meer (?:bij jullie|bestellen|bestel|kopen)|(?:jullie|u) (?:nemen|neemt) (?:me|mij|ons) in de maling|in de maling genomen|wat een (?:grap|schande|aanfluiting|puinhoop|zooi))\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['en'],
    [
      anger(
        "\\b(?:(?:you|you're|you are|u r|ur) (?:all |guys |people )?(?:a bunch of |such )?(?:idiots|morons|clowns|thieves|crooks|liars|incompetent)|bunch of (?:idiots|morons|clowns|thieves|crooks|liars|amateurs)|(?:switching|moving|going|taking my business) to (?:a |your )?competitors?|(?:never|won't ever) (?:buy|order|shop) (?:from|with|here) (?:you|again)|you(?:'ve| have) lost (?:a|my|another) customer|(?:this|that) is theft)\\b"
      ),
    ]
  )
)

const weakWords =
  /\b(?:still|again|seriously|annoying|annoyed|frustrating|terrible|horrible|awful|come on|toujours|encore|agacant|enervant|todavia|sigue|otra vez|immer noch|schon wieder|nervig|ainda|de novo|outra vez|chato)\b|^\s*(?:hello|hallo|allo|ola|hola|bonjour|hey|hi)\s*\?+|\b(?:anyone|anybody|someone|quelqu'un|alguien|alguem|jemand)\s+(?:there|here|la|ahi|ai|da)\b/g
const punctuation = /[!?]{3,}|\?!|!\?/

/**
 * Weak-signal count of one message. Punctuation and shouting count once each, so
 * "Thanks!!! You are the best!!!" stays at 1.
 */
function weakScore(norm: NormalizedText): { score: number; first?: { start: number; end: number } } {
  let score = 0
  const shout = isShouting(norm.original)
  // Shouting a sentence of four words or more without a word of praise is anger by itself ("WHERE IS MY PARCEL").
  if (shout && !notUpbeat(norm.text) && norm.text.split(/\s+/, 4).length >= 4) score++
  let first: { start: number; end: number } | undefined
  weakWords.lastIndex = 0
  for (let m = weakWords.exec(norm.text); m && score < 2; m = weakWords.exec(norm.text)) {
    score++
    first ??= originalSpan(norm, m.index, m.index + m[0].length)
  }
  const p = punctuation.exec(norm.text)
  // "THANK YOU SO MUCH!!!" is joy, not anger: capitals and "!!!" only count in a message without praise.
  if ((p || shout) && !notUpbeat(norm.text)) {
    if (p) {
      score++
      first ??= originalSpan(norm, p.index, p.index + p[0].length)
    }
    if (shout) {
      score++
      first ??= { start: 0, end: norm.original.length }
    }
  }
  return first ? { score, first } : { score }
}

strong.push(...frustrationFamilies)

/** Every built-in strong-frustration rule, tagged with its language. */
export const frustrationRules: readonly TaggedRule[] = strong

const strongFor = rulesFor(strong)

function hasStrong(norm: NormalizedText, languages: LanguageSwitches): Finding | undefined {
  return runPhraseRules(norm, 'frustration', strongFor(languages), 15, 1)[0]
}

const canon = (s: string) =>
  normalizeText(s)
    .text.replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

export function detectFrustration(
  norm: NormalizedText,
  languages: LanguageSwitches,
  history: readonly string[] = []
): Finding[] {
  const direct = hasStrong(norm, languages)
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
      if (hasStrong(hn, languages) || weakScore(hn).score >= 1) upset++
    }
    if (upset >= 2) return [{ rule: 'frustration.build-up', kind: 'frustration', ...(now.first ?? whole) }]
  }
  return []
}
