/**
 * Built-in detector: an explicit request to talk to a human or to be called back
 * (EN, FR, ES, DE, PT, IT, NL).
 * Patterns need a request verb + a human target (or a one-word "agent!" message),
 * so "human resources", "my travel agent" or "the person who delivered" stay quiet;
 * negated requests ("I don't need a human") are dropped by the negation check.
 * All quantifiers are bounded, so matching stays linear on long inputs.
 */
import { inLanguages, rulesFor, type LanguageSwitches, type TaggedRule } from '../languages'
import { negatableRule, runPhraseRules, type PhraseRule } from '../phrase-rules'
import type { NormalizedText } from '../normalize'
import type { EscalationKind, Finding } from '../types'
import { indirectHumanRequests } from './human-request-indirect'

const w = (s: string) => new RegExp(s, 'g')
/** A request for a person; "I don't need a human" is dropped by the negation check. */
const request = negatableRule('human-request')

// English human targets; "human" is not followed by resources/rights/body.
const enDet = '(?:(?:a|an|the|some|your|one of your|any|real|live|actual|human|proper|fucking|freaking|damn)\\s+){0,3}'
const enWho =
  '(?:human(?!\\s+(?:resources?|rights?|body|error|nature|race))(?:\\s+beings?)?|person|people|agent|representative|rep|operator|somebody|someone|anyone|anybody|staff(?: member)?|team member|employee|supervisor|manager|team lead(?:er)?|customer (?:service|support|care)|support(?: team| agent| staff)?|advisor|adviser|associate)\\b'
// "with" as texted: "chat w/ an agent"
const enWith = '(?:to|with|w/)'
// Someone who can call the user back
const enCaller =
  '(?:someone|somebody|anyone|anybody|an? (?:human|person|agent|representative|rep|operator|advisor|adviser|supervisor|manager)|one of your (?:agents|staff|team|people|advisors))'
const enStrong =
  '(?:human|real person|real human|live (?:agent|person|human)|person|agent|representative|operator|rep|supervisor|manager)\\b'

const en: PhraseRule[] = [
  request(`\\b(?:talk|speak|chat|talking|speaking|chatting|get through|reach)\\s+${enWith}\\s+${enDet}${enWho}`),
  request(
    `\\b(?:connect(?:ed)?|transfer(?:red)?|put|pass(?:ed)?|forward(?:ed)?|redirect(?:ed)?|route(?:d)?|escalate(?:d)?|hand(?:ed)?)\\s+(?:(?:me|this|it|us|my (?:case|issue|chat|call|ticket))\\s+)?(?:over\\s+|through\\s+|back\\s+|on\\s+)?${enWith}\\s+${enDet}${enWho}`
  ),
  request(
    `\\b(?:want|need|get me|give me|request|prefer|demand)\\s+(?:to (?:have|get)\\s+)?(?:a|an|some|one|the|your)\\s+(?:(?:real|live|actual|human|proper)\\s+){0,2}${enStrong}`
  ),
  request(`\\b(?:human|live|real)\\s+(?:agent|operator|representative|support|assistance|being)\\b`),
  {
    rule: 'human-request',
    re: w(
      `^\\W{0,3}(?:(?:a|an)\\s+)?(?:human|agent|representative|operator|real person|live agent|person|customer (?:service|support|care))(?:,?\\s+(?:please|pls|plz|now))?\\W{0,5}$`
    ),
  },
  request(`\\b(?:human|agent|representative|operator|person)\\s+(?:please|pls|plz)\\b`),
  request(
    `\\b(?:is|are) there\\s+(?:a\\s+|an\\s+|any\\s+)?(?:(?:real|actual|live)\\s+)?(?:human|someone|somebody|anyone|anybody|person|people|agent)s?\\b[^.?!]{0,40}\\b(?:talk|speak|chat)\\b`
  ),
  request(
    '\\b(?:is|are)\\s+(?:there\\s+)?(?:a|an|any)\\s+(?:real\\s+|live\\s+|actual\\s+)?(?:human|person|agent|representative|operator)s?\\s+(?:available|around|online)\\b'
  ),
  // Call-backs: "have someone call me", "could somebody phone me back", "I'd like a callback"
  request(`\\b(?:have|get)\\s+${enCaller}\\s+(?:to\\s+)?(?:call|contact|phone|ring|email)\\s+me\\b`),
  request(
    `\\b(?:can|could|would|will|may|please|pls|need|want)\\s+${enCaller}\\s+(?:please\\s+)?(?:call|phone|ring)\\s+me(?:\\s+back)?\\b`
  ),
  request(
    '\\b(?:want|need|like|get|request|requesting|arrange|schedule|book|prefer|have)\\s+(?:a|an|some)\\s+(?:quick\\s+|urgent\\s+|phone\\s+)?(?:call[- ]?back|call back)\\b(?!\\s*(?:number|no\\b|url|link|function|feature|option|button))'
  ),
  // "A human, not a bot"; a closing fragment "... A person, I mean" / "Not the bot. A human."
  {
    rule: 'human-request',
    negatable: true,
    re: w(
      '\\b(?:a|an)\\s+(?:(?:real|actual|live)\\s+)?(?:human|person|agent|representative|operator)\\b,?\\s+(?:and\\s+)?not\\s+(?:a|an|the|your|some)\\s+(?:bot|robot|machine|ai|chatbot|computer|script)\\b'
    ),
    // "I'm a real person, not a bot": the user describing themselves, or asking what the bot is
    reject: (t, s) =>
      /\b(?:i'?m|i am|am i|you'?re|you are|are you|is this|is it|this is|it'?s)\s+(?:\w+\s+)?$/.test(
        t.slice(Math.max(0, s - 20), s)
      ),
  },
  {
    rule: 'human-request',
    re: w(
      '(?:^|[.!?]\\s*)(?:(?:a|an)\\s+(?:(?:real|actual|live)\\s+)?|(?:real|actual|live)\\s+)(?:human(?: being)?|person|agent|representative|operator)(?:\\s*,?\\s*(?:i mean|please|pls|plz|now|thanks|thank you))?\\s*[.!?]*\\s*$'
    ),
  },
]

const frWho =
  "(?:(?:un|une|le|la|l'|du|des|vrai|vraie|veritable|etre)\\s*){0,3}(?:humain(?!e?s? ressources)|personne(?! ne\\b)|conseiller|conseillere|agent|operateur|operatrice|quelqu'? ?un|interlocuteur|interlocutrice|responsable|superviseur|superviseuse|superieur|manager|service client|etre humain)\\b"

const fr: PhraseRule[] = [
  request(`\\b(?:parler|discuter|echanger|causer)\\s+(?:a|avec|au|aux)\\s+${frWho}`),
  request('\\b(?:(?:mettez|mets|mettre)[- ]moi|mise?)\\s+en\\s+(?:relation|contact)\\s+avec\\b'),
  request("\\b(?:passez|passe|passer)[- ]moi\\s+(?:un|une|quelqu'un|le|la|l')"),
  request(`\\btransfer(?:er|ez)?\\b[^.?!]{0,20}\\b(?:a|vers)\\s+${frWho}`),
  request(
    '\\b(?:veux|voudrais|voudrai|aimerais|souhaite|souhaiterais|desire|faut|exige|demande)\\s+(?:parler\\s+)?(?:a\\s+)?(?:un|une)\\s+(?:vraie?\\s+)?(?:humain|conseiller|conseillere|agent|operateur|operatrice|personne|superviseur|superviseuse|responsable|manager)\\b'
  ),
  request(
    '\\b(?:joindre|contacter|avoir|parler a)\\s+(?:un|une)\\s+(?:vraie?\\s+)?(?:humain|conseiller|conseillere|agent|operateur|operatrice)\\b'
  ),
  {
    rule: 'human-request',
    re: w(
      "\\b(?:un|une)\\s+(?:humain|conseiller|conseillere|agent|personne)\\s+(?:svp|stp|s'il vous plait|s'il te plait)"
    ),
  },
  request(
    "\\b(?:y a-t-il|y a t il|y a-t'il|il y a|est-ce qu'il y a)\\s+(?:quelqu'un|un humain|une personne|un conseiller)\\b[^.?!]{0,30}\\bparler\\b"
  ),
  // "un agent humain", "un conseiller humain" (as in "a human agent")
  request(
    '\\b(?:agent|agents|conseiller|conseillere|operateur|operatrice|interlocuteur|interlocutrice|assistance|support|service client)\\s+humaine?s?\\b'
  ),
  // "un humain, pas un robot"
  request(
    "\\b(?:un|une)\\s+(?:vraie?\\s+)?(?:humain|personne|conseiller|conseillere|agent)\\b,?\\s+(?:et\\s+)?pas\\s+(?:un|une|le|la|ce|votre|d'|de)\\s*(?:robot|bot|chatbot|machine|ia|ordinateur)\\b"
  ),
  // Call-backs: "me faire rappeler", "être rappelé", "quelqu'un peut me rappeler ?" (not "me rappeler le prix")
  request('\\b(?:me\\s+faire\\s+rappeler|etre\\s+rappelee?s?)\\b'),
  request(
    "\\b(?:quelqu'? ?un|un conseiller|une conseillere|un agent|un humain|une personne|un responsable|un operateur|vos services|le service client)\\s+(?:(?:peut|pourrait|pourra|doit|va|peuvent|pourraient|vont)\\s+)?me\\s+(?:rappeler|rappelle|recontacter|contacter|appeler|telephoner)\\b(?!\\s+(?:le|la|les|l'|mon|ma|mes|votre|vos|ce|cet|cette|ces|quand|comment|pourquoi|combien|que|qu'|si|de|d'|du|des)\\b)"
  ),
]

const esWho =
  '(?:(?:un|una|el|la|al|algun|alguna)\\s+)?(?:humano|persona|agente|asesor|asesora|operador|operadora|alguien|ejecutivo|ejecutiva|representante|ser humano|supervisor|supervisora|encargado|encargada|gerente|responsable|(?:(?:el|la)\\s+)?(?:atencion|servicio) al cliente|soporte)\\b'
// pasar/comunicar/transferir/conectar/poner, in the forms people type: "pásame", "me pasas", "me pueden pasar", "comuníquenme"
// (the bare verb needs "me": "¿qué le pasa a una persona?" is not a request)
const esConnect =
  '(?:pas(?:a|as|an|e|en|ar)|comunic(?:a|as|an|ar)|comuniqu(?:e|en)|transfier(?:e|es|en|a|an)|transferir|conect(?:a|as|an|e|en|ar)|pon(?:e|es|en|er)?|pong(?:a|an))'
const esConnectMe =
  '(?:pas(?:a|e|ar)me|pasenme|comunic(?:a|ar)me|comuniqu(?:e|en)me|transfier(?:e|a|an)me|transferirme|conect(?:a|e|ar)me|conectenme|pon(?:me|erme)|pong(?:a|an)me)'

const es: PhraseRule[] = [
  request(`\\b(?:hablar|conversar|charlar|comunicar(?:me|nos)?|contactar(?:me)?)\\s+con\\s+${esWho}`),
  request(
    '\\b(?:pasame|paseme|pasenme|comuniqueme|comunicame|comuniquenme|transfiereme|transfierame|conecteme|conectame|ponme|pongame)\\s+(?:con|a)\\s+(?:un|una|el|la|alguien)\\b'
  ),
  request(
    `\\b(?:me\\s+(?:(?:puede|pueden|puedes|podria|podrian|podrias)\\s+)?${esConnect}|${esConnectMe})\\s+(?:en contacto\\s+)?(?:con|a)\\s+${esWho}`
  ),
  request(
    '\\b(?:quiero|necesito|quisiera|exijo|pido|busco)\\s+(?:un|una|al|el|la)\\s+(?:agente|asesor|asesora|humano|persona|operador|operadora|supervisor|supervisora|encargado|encargada|gerente)\\b'
  ),
  request('\\b(?:agente|asesor|asesora|operador|operadora|atencion|soporte)\\s+(?:humano|humana)\\b'),
  request(
    '\\b(?:una persona|un humano|un agente|un asesor)\\b,?\\s+(?:y\\s+)?no\\s+(?:un|una|el|la|este|esta|su)\\s+(?:robot|bot|chatbot|maquina|ia)\\b'
  ),
  // Call-backs: "que me llame alguien", "¿alguien me puede llamar?"
  request('\\bque\\s+me\\s+(?:llame|llamen|devuelva[ns]?\\s+la\\s+llamada)\\s+(?:alguien|un|una|el|la)\\b'),
  request(
    '\\b(?:alguien|un agente|un asesor|una persona|un humano)\\s+(?:(?:me\\s+)?(?:puede|podria|pueda)\\s+)?(?:me\\s+)?(?:llamar|llame|devolver la llamada)\\b'
  ),
  { rule: 'human-request', re: w('\\b(?:agente|asesora?|humano|operadora?),?\\s+por\\s+favor\\b') },
  request(`\\bme\\s+(?:puede|pueden|podria|podrian|puedes)\\s+atender\\s+${esWho}`),
  // "quiero que me atienda una persona", "ser atendido por un humano"
  request(`\\b(?:que\\s+me\\s+(?:atienda|atiendan)|ser\\s+atendid[oa]s?\\s+por)\\s+${esWho}`),
  request('\\batencion\\s+(?:de\\s+(?:un|una)\\s+)?(?:humana|humano|persona)\\b'),
  request('\\bhay\\s+(?:alguien|una persona|un humano)\\s+con\\s+(?:quien|quién)\\s+(?:pueda|puedo)\\s+hablar\\b'),
]

const deWho =
  '(?:(?:einem|einer|einen|dem|der|echten|echter|echtem|richtigen|richtiger|realen|menschlichen)\\s+){0,2}(?:menschen|mensch|mitarbeiter|mitarbeiterin|berater|beraterin|person|ansprechpartner|ansprechpartnerin|kundenberater|kundenberaterin|kundendienst|kundenservice|jemandem|operator|agenten|support|vorgesetzten|teamleiter|teamleiterin|supervisor|sachbearbeiter|sachbearbeiterin)\\b'

const de: PhraseRule[] = [
  request(
    `\\bmit\\s+${deWho}[^.?!]{0,40}\\b(?:sprechen|reden|chatten|telefonieren|verbunden|verbinden|verbindet|verbinde)\\b`
  ),
  request(`\\b(?:verbinden|stellen)\\s+sie\\s+mich\\b[^.?!]{0,30}\\b(?:mit|zu|an)\\b`),
  request(`\\b(?:an|zu)\\s+${deWho}\\s+(?:weiterleiten|weiterverbinden|verbinden|durchstellen)\\b`),
  request(
    '\\b(?:ich mochte|ich will|ich brauche|ich hatte gerne?|ich wunsche|bitte)\\s+(?:(?:sofort|jetzt|bitte|gerne?|endlich|doch|einfach|dringend)\\s+)?(?:(?:einen|eine|einem|echten|echte|richtigen)\\s+){1,2}(?:menschen|mitarbeiter|mitarbeiterin|berater|beraterin|ansprechpartner|ansprechpartnerin|person|kundenberater|kundenberaterin|vorgesetzten|teamleiter|teamleiterin|supervisor|sachbearbeiter|sachbearbeiterin)\\b'
  ),
  {
    rule: 'human-request',
    re: w(
      '\\b(?:einen|eine)\\s+(?:echten\\s+|echte\\s+)?(?:menschen|mitarbeiter|mitarbeiterin|berater|beraterin|ansprechpartner|ansprechpartnerin)\\s*,?\\s*bitte\\b'
    ),
  },
  request(
    '\\bgibt es\\s+(?:jemanden|einen menschen|einen mitarbeiter|eine person)\\b[^.?!]{0,30}\\b(?:sprechen|reden)\\b'
  ),
  // "gibt es hier einen echten Mitarbeiter?", "ist da ein richtiger Mensch?" (a real one: not "gibt es einen Mitarbeiterrabatt")
  request(
    '\\b(?:gibt es|ist|sitzt)\\s+(?:(?:hier|da|dort|bei euch|bei ihnen|auch|uberhaupt)\\s+){0,2}(?:einen|eine|ein|jemand(?:en)?)?\\s*(?:echter|echten|echte|richtiger|richtigen|richtige|realer|realen)\\s+(?:mensch|menschen|mitarbeiter|mitarbeiterin|ansprechpartner|ansprechpartnerin|person|berater|beraterin)\\b'
  ),
  request(
    '\\b(?:einen|einem|eine|einer)\\s+(?:echten\\s+|richtigen\\s+)?(?:menschen|mitarbeiter|mitarbeiterin|berater|beraterin|person)\\b,?\\s+(?:und\\s+)?(?:keinen|keine|nicht (?:den|die|einen|eine|mit dem|mit einem))\\s+(?:bot|roboter|chatbot|maschine|ki|computer)\\b'
  ),
  // Call-backs: "bitte um Rückruf", "ich hätte gern einen Rückruf", "rufen Sie mich zurück" (not a product recall)
  request(
    '\\b(?:bitte\\s+um|(?:ich\\s+)?(?:mochte|will|hatte gerne?|brauche|wunsche|bekomme|erwarte)\\s+(?:(?!kein)[a-z]+\\s+){0,2}(?:einen|um einen)|kann ich\\s+(?:einen|bitte einen)|konnte ich\\s+(?:einen|bitte einen))\\s+(?:baldigen\\s+|kurzen\\s+|telefonischen\\s+|personlichen\\s+)?ruckruf\\b'
  ),
  request(
    '\\b(?:rufen\\s+sie\\s+mich\\s+(?:(?:bitte|doch|schnell|umgehend|heute|morgen)\\s+){0,2}zuruck|(?:mich|uns)\\s+(?:bitte\\s+)?zuruckrufen)\\b'
  ),
]

const ptWho =
  '(?:(?:um|uma|o|a|algum|alguma)\\s+)?(?:humano|pessoa|atendente|agente|alguem|operador|operadora|consultor|consultora|representante|ser humano|supervisor|supervisora|gerente|responsavel|suporte|sac)\\b'

const pt: PhraseRule[] = [
  request(`\\b(?:falar|conversar)\\s+com\\s+${ptWho}`),
  request(
    `\\b(?:transfere|transfira|passa|passe|encaminha|encaminhe|transferir|passar)\\s+(?:-?me\\s+)?(?:para|pra|pro)\\s+${ptWho}`
  ),
  request('\\batendimento\\s+humano\\b'),
  request(`\\bser\\s+atendid[oa]s?\\s+por\\s+${ptWho}`),
  request(
    '\\b(?:quero|queria|preciso de|preciso|gostaria de|exijo)\\s+(?:um|uma|o|a)\\s+(?:atendente|humano|pessoa|agente|operador|operadora|supervisor|supervisora|gerente|responsavel)\\b'
  ),
  request('\\btem\\s+(?:alguem|uma pessoa|um atendente)\\b[^.?!]{0,20}\\b(?:falar|conversar)\\b'),
  request(`(?<!\\b(?:se|te|lhe|como)\\s)\\b(?:chama|chame|chamem|chamar|chamam)\\s+${ptWho}`),
  request(
    `\\b(?:coloca|coloque|colocar|colocam|bota|bote|botar|poe|ponha|por|entrar)\\s*(?:-?me\\s+)?em\\s+contato\\s+com\\s+${ptWho}`
  ),
  request('\\b(?:atendente|agente|operador|suporte|consultor)\\s+humano\\b'),
  request(
    '\\b(?:uma pessoa|um humano|um atendente)\\b,?\\s+(?:e\\s+)?nao\\s+(?:um|uma|o|a|esse|este)\\s+(?:robo|bot|chatbot|maquina|ia)\\b'
  ),
  // Call-backs: "alguém pode me ligar?", "me liguem"
  request(
    '\\b(?:alguem|um atendente|uma pessoa|um humano|um agente|o suporte|um consultor)\\s+(?:(?:pode|poderia|possa|podem)\\s+)?me\\s+(?:ligar|ligue|liga|retornar|retorne|telefonar)\\b|\\bme\\s+liguem\\b'
  ),
]

// Staff and call-backs the lists above miss: "votre responsable", "rappelez-moi", "llámenme", "Ihren Chef", "me ligar"
fr.push(
  request(
    '\\b(?:parler|voir|avoir|joindre|contacter|passez-moi|passe-moi)\\s+(?:a\\s+)?(?:votre|ton|le|la|un|une|vos)\\s+(?:chef|responsable|superieur|superieure|superviseur|manager|directeur|directrice|service client|conseiller|conseillere|collegue humain)\\b'
  ),
  request(
    "\\b(?:rappelez|recontactez|appelez|rappelle|recontacte|appelle)[- ]moi\\b(?!\\s+(?:le|la|les|l'|votre|vos|ton|ta|tes|ce|cet|cette|ces|comment|quand|pourquoi|combien|ce que|de|d'|du|des|qui|quel|quelle|quels|quelles|si|a quoi|ou)\\b)"
  ),
  request(
    "\\b(?:(?:pouvez|pourriez|pourrez|voulez)[- ]vous|vous (?:pouvez|pourriez)|qu'on|que vous|qu'un conseiller|que quelqu'un|(?:un|une)\\s+(?:vraie?\\s+)?(?:personne|humain|conseiller|conseillere|agent)\\s+(?:peut|pourrait|pourra|va))\\s+(?:bien\\s+)?me\\s+(?:rappeler|rappelle|rappeliez|recontacter|recontacte|recontactiez|appeler|appelle|appeliez|telephoner|telephone)\\b(?!\\s+(?:le|la|les|l'|votre|vos|ton|ta|ce|cette|ces|comment|quand|pourquoi|combien|ce que|de|d'|du|des|qui|quel|quelle|quels|quelles|si|a quoi)\\b)"
  ),
  request('\\b(?:demande de rappel|un rappel telephonique|un appel telephonique)\\b')
)
es.push(
  {
    rule: 'human-request',
    negatable: true,
    re: w(
      '\\b(?:llamenme|llameme|llamame|marquenme|contactenme|(?:me\\s+(?:pueden|puede|puedes|podrian|podria|podrias)|pueden|puede|podrian|podria)\\s+(?:llamar(?:me)?|devolver la llamada|contactar(?:me)?\\s+por\\s+telefono))\\b'
    ),
    // "llámame loco", "llámame cuando quieras, jaja": a figure of speech or a joke
    reject: (t, _s, e) =>
      /^\s*(?:loco|loca|exagerad[oa]|anticuad[oa]|raro|rara|cuando quieras)\b/.test(t.slice(e, e + 20)),
  },
  request(
    '\\b(?:hablar|comunicarme|quiero|exijo|pasame|paseme)\\s+(?:con\\s+)?(?:su|tu|el|la|un|una)\\s+(?:jefe|jefa|superior|gerente|supervisor|supervisora|encargado|encargada|responsable)\\b'
  )
)
de.push(
  request(
    '\\b(?:einen|nen|den|ihren|euren)\\s+(?:echten\\s+|richtigen\\s+)?(?:menschen|mitarbeiter|berater|ansprechpartner|vorgesetzten|kollegen|sachbearbeiter)\\s+(?:\\w+\\s+)?sprechen\\b'
  ),
  request(
    '\\b(?:will|mochte|verlange|moechte|muss)\\s+(?:(?:sofort|jetzt|bitte|endlich|gerne?)\\s+)?(?:mit\\s+)?(?:den|ihren|euren|deinen|einen|ihrem|eurem|dem|einem)\\s+(?:chef|vorgesetzten|geschaftsfuhrer|teamleiter|manager|verantwortlichen|zustandigen)\\b'
  ),
  request(
    '\\b(?:(?:ruft|rufen|ruf)\\s+(?:sie\\s+)?(?:mich|uns)\\s+(?:(?:bitte|doch|schnell|umgehend|heute|morgen|sofort|mal)\\s+){0,2}(?:an|zuruck)|(?:jemand|ein mitarbeiter|eine mitarbeiterin|ihr team|sie)\\s+(?:\\w+\\s+){0,2}(?:mich|uns)\\s+(?:\\w+\\s+){0,2}(?:zuruckrufen|anrufen)|ruckruf\\s*(?:bitte|erwunscht|gewunscht))\\b'
  )
)
pt.push(
  request(
    '\\b(?:pode|podem|poderia|poderiam|consegue|conseguem|quero que|queria que|gostaria que|favor|por favor)\\s+(?:\\w+\\s+)?me\\s+(?:ligar|ligue|liguem|ligassem|retornar|retorne|retornem|telefonar|chamar no telefone)\\b|\\bme\\s+(?:liga|ligue)\\s+(?:de volta|por favor|urgente)\\b'
  ),
  request(
    '\\b(?:falar|quero|exijo|chama|chame|passa|passe)\\s+(?:com\\s+|para\\s+)?(?:o|a|seu|sua)\\s+(?:chefe|superior|gerente|supervisor|supervisora|responsavel|encarregado)\\b'
  )
)
en.push(
  request(
    '\\b(?:get|have)\\s+(?:a|an|some)\\s+(?:real|live|actual)\\s+(?:person|human|agent|representative)\\b|\\b(?:give|gimme)\\s+me\\s+a\\s+(?:ring|call|buzz)\\b|^\\W{0,3}(?:human|agent|representative|operator|real person|live agent)\\s*!+'
  ),
  request(
    '\\b(?:call|ring|phone)\\s+me\\s+(?:back|please|asap|right away|as soon as)\\b|\\b(?:request|want|need|like|get)\\s+(?:a\\s+)?(?:phone call|call from (?:someone|a person|an agent|your team))\\b'
  ),
  request(
    '\\b(?:talk|speak|escalate)\\s+(?:this\\s+)?(?:to|with)\\s+(?:your|a|the)\\s+(?:boss|superior|supervisor|manager|higher[- ]up)s?\\b'
  )
)

const itWho =
  "(?:(?:un|una|uno|un'|l'|il|lo|la|qualche|vero|vera|vostro|vostra|suo|sua)\\s*){0,2}(?:operatore|operatrice|persona|essere umano|umano|consulente|addetto|addetta|agente|qualcuno|responsabile|assistente|impiegato|impiegata|servizio clienti|assistenza clienti|supervisore|superiore|tecnico|capo|direttore)\\b"

const it: PhraseRule[] = [
  request(`\\b(?:parlare|parlo|parli|chattare|comunicare|sentire|interloquire)\\s+(?:con|a)\\s+${itWho}`),
  request(
    `\\b(?:passami|passatemi|mi passi|mi passa|mi passate|mi (?:puo|puoi|potete|potreste|potrebbe)\\s+(?:passare|mettere|trasferire)|trasferiscimi|trasferitemi|mi trasferisca|mi trasferite|mettetemi|mettimi|mi metta|mi mettete|mi mettiate)\\s+(?:in contatto\\s+|in comunicazione\\s+)?(?:con|a)\\s+${itWho}`
  ),
  request(
    "\\b(?:voglio|vorrei|desidero|esigo|chiedo|pretendo|ho bisogno di|mi serve|mi serve parlare con|mi dia|datemi)\\s+(?:parlare con\\s+)?(?:un|una|uno|un')\\s*(?:vero\\s+|vera\\s+)?(?:operatore|operatrice|persona|essere umano|umano|consulente|addetto|addetta|agente|responsabile|supervisore)\\b"
  ),
  request(
    '\\b(?:operatore|operatrice|assistenza|agente|consulente|supporto|persona)\\s+(?:umano|umana|reale|vera|in carne e ossa)\\b'
  ),
  {
    rule: 'human-request',
    re: w('\\b(?:operatore|umano|persona|consulente|operatrice),?\\s+(?:per favore|per piacere|subito)\\b'),
  },
  {
    rule: 'human-request',
    re: w('^\\W{0,3}(?:un\\s+)?(?:operatore|operatrice|umano|essere umano|consulente)\\W{0,5}$'),
  },
  request(
    '\\b(?:richiamatemi|richiamami|mi richiami|mi richiamate|mi richiamiate|farmi richiamare|essere richiamat[oa]|(?:qualcuno|un operatore|un consulente|un addetto|potete|puo|potreste|potrebbe)\\s+(?:mi\\s+)?(?:(?:puo|potrebbe|potete|puoi)\\s+)?(?:mi\\s+)?(?:chiamare|richiamare|telefonare|ricontattare))\\b'
  ),
  request(
    '\\b(?:una persona|un umano|un operatore|un essere umano)(?:\\s+vera|\\s+reale)?\\b,?\\s+(?:e\\s+)?non\\s+(?:un|una|il|la|questo|questa)\\s+(?:robot|bot|chatbot|macchina|ia|computer)\\b'
  ),
  request(
    "\\bc'e\\s+(?:un|una|qualche|qualcuno)\\s*(?:operatore|persona vera|essere umano|umano|di umano|in carne e ossa)\\b[^.!]{0,20}\\?"
  ),
]

const nlWho =
  '(?:(?:een|de|het|uw|jullie|echte|echt|levende|menselijke)\\s+){0,2}(?:mens|medewerker|medewerkster|persoon|iemand|agent|klantenservice|klantendienst|servicedesk|operator|adviseur|leidinggevende|manager|supervisor|baas|chef|collega)\\b'

const nl: PhraseRule[] = [
  request(`\\b(?:praten|spreken|chatten|bellen|contact)\\s+met\\s+${nlWho}`),
  request(`\\bmet\\s+${nlWho}[^.?!]{0,30}\\b(?:praten|spreken|chatten|bellen|overleggen|verbonden|verbinden)\\b`),
  request(
    `\\b(?:verbind|verbindt|verbinden|doorverbinden|zet|schakel)\\s+(?:me|mij|ons)\\s+(?:\\w+\\s+){0,2}(?:door\\s+)?(?:met|naar)\\s+${nlWho}|\\b(?:me|mij)\\s+(?:\\w+\\s+){0,3}doorverbinden\\b`
  ),
  request(
    '\\b(?:ik wil|ik wil graag|ik zou graag|ik wens|ik eis|ik vraag om|graag)\\s+(?:(?:graag|nu|gewoon|echt|meteen|nu meteen)\\s+)?(?:een|de|uw)\\s+(?:echte\\s+|echt\\s+)?(?:mens|medewerker|medewerkster|persoon|adviseur|leidinggevende|manager|baas)\\b'
  ),
  request('\\b(?:een|de)\\s+(?:echte\\s+)?(?:mens|medewerker|persoon|adviseur)\\s+(?:\\w+\\s+)?nodig\\b'),
  request(
    '\\b(?:menselijke|echte|levende)\\s+(?:medewerker|medewerkster|hulp|assistentie|ondersteuning|persoon|agent|mens)\\b'
  ),
  {
    rule: 'human-request',
    re: w('\\b(?:mens|medewerker|persoon|klantenservice),?\\s+(?:alstublieft|alsjeblieft|aub|a\\.u\\.b)'),
  },
  {
    rule: 'human-request',
    re: w('^\\W{0,3}(?:een\\s+)?(?:mens|medewerker|echte mens|klantenservice)\\W{0,5}$'),
  },
  {
    rule: 'human-request',
    negatable: true,
    re: w(
      '\\b(?:terugbelverzoek|bel\\s+(?:me|mij)\\s+(?:\\w+\\s+)?(?:terug|op)|teruggebeld\\s+worden|(?:iemand|een medewerker|u|jullie|kunt u|kunnen jullie)\\b[^.?!]{0,20}\\b(?:me|mij)\\s+(?:\\w+\\s+){0,2}(?:terug\\s*bellen|terugbellen|opbellen|bellen))\\b'
    ),
    // "u hoeft mij niet te bellen": the negation sits inside the phrase
    reject: (t, s, e) => /\b(?:niet|geen|nooit|hoeft|hoef)\b/.test(t.slice(s, e)),
  },
  request(
    '\\b(?:een mens|een persoon|een medewerker)\\b,?\\s+(?:en\\s+)?geen\\s+(?:robot|bot|chatbot|machine|computer)\\b'
  ),
  request(
    '\\bis\\s+er\\s+(?:een\\s+)?(?:echte\\s+)?(?:mens|medewerker|persoon|iemand)\\s+(?:aanwezig|beschikbaar|bereikbaar|die ik)\\b'
  ),
]

/** Every built-in human-request rule, tagged with its language. */
export const humanRequestRules: TaggedRule[] = [
  ...inLanguages(['en'], en),
  ...inLanguages(['fr'], fr),
  ...inLanguages(['es'], es),
  ...inLanguages(['de'], de),
  ...inLanguages(['pt'], pt),
  ...inLanguages(['it'], it),
  ...inLanguages(['nl'], nl),
  ...indirectHumanRequests,
]

const rules = rulesFor(humanRequestRules)

// A staff word opening a compound names a thing, not a person: "Mitarbeiterrabatt", "Personalabteilung",
// "medewerkerskorting". ("Mitarbeiterin", "Mitarbeitern" are still staff.)
const staffCompound =
  /\b(?:mitarbeiter(?!in\b|innen\b|n\b|s\b)|personal(?!s\b)|medewerker(?!s\b|ster\b)|medewerkers(?=\w)|personeels)\w{3,}/

export function detectHumanRequest(
  norm: NormalizedText,
  languages: LanguageSwitches,
  declined?: Set<EscalationKind>
): Finding[] {
  // Several phrasings of the same request are one reason.
  const found = runPhraseRules(norm, 'human-request', rules(languages), 40, 1, declined)
  if (found.length === 0 && declined && staffCompound.test(norm.text)) declined.add('human-request')
  return found
}
