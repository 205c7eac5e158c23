/**
 * Built-in detector: legal language (lawyers, lawsuits, data-protection / deletion
 * requests, complaints to a regulator) in EN, FR, ES, DE, PT. Ambiguous words are
 * only taken in their legal sense: "avocat" needs a possessive (not the avocado),
 * "Gericht" needs "vor Gericht" (not the dish), "processar" needs a person object
 * (not "process my payment"), "court" needs "in/to court" (not the tennis court).
 */
import { compilePhraseRules, runPhraseRules } from '../phrase-rules'
import type { NormalizedText } from '../normalize'
import type { Finding } from '../types'

const w = (s: string) => new RegExp(s, 'g')

const rules = compilePhraseRules([
  // English
  {
    rule: 'legal.lawyer',
    negatable: true,

    re: w('\\b(?:lawyer|attorney|solicitor|barrister|legal counsel|legal team|legal department)s?\\b'),
    // "my brother is a lawyer": a profession, not a threat
    reject: (t, s) =>
      /\b(?:is|was|am|are|were|as|be|become|becoming)\s+(?:a|an)\s+(?:\w+\s+)?$/.test(t.slice(Math.max(0, s - 30), s)),
  },
  {
    rule: 'legal.lawsuit',
    negatable: true,
    re: w(
      '\\b(?:lawsuits?|law suits?|class action|legal action|legal proceedings|legal steps|litigation|small claims|cease and desist|breach of contract|subpoena|court order)\\b'
    ),
  },
  {
    rule: 'legal.lawsuit',
    negatable: true,
    re: w(
      "\\b(?:(?:will|gonna|going to|'ll|to|i)\\s+sue|su(?:e|ing)\\s+(?:you|u|your|the company|them|this company|everyone))\\b"
    ),
  },
  {
    rule: 'legal.lawsuit',
    negatable: true,
    re: w(
      '\\b(?:see|take|taking|drag|dragging|meet)\\s+(?:you|u|them|your company)\\s+(?:\\w+\\s+){0,2}(?:to|in)\\s+court\\b'
    ),
  },
  // "take this to court", "this is going to court", "settle it in court" (not "the tennis court")
  {
    rule: 'legal.lawsuit',
    negatable: true,

    re: w(
      '\\b(?:take|takes|taking|took|bring|bringing|brought|drag|dragging|go|goes|going|gone|went|head|heading|headed|end up|ending up|settle|settling|fight|fighting|sort|see|meet)\\s+(?:(?:this|it|that|you|u|them|the|your|company|matter|case|thing|whole|all|straight|right|the way|out|up)\\s+){0,3}(?:to|in|into)\\s+court\\b'
    ),
  },
  {
    rule: 'legal.data-protection',
    re: w(
      '\\b(?:gdpr|ccpa|cpra|dsar|hipaa|coppa|data subject (?:access )?request|subject access request|right to (?:be forgotten|erasure|deletion))\\b'
    ),
  },
  {
    rule: 'legal.data-protection',
    negatable: true,
    re: w(
      '\\b(?:delete|erase|remove|wipe|purge|destroy)\\s+(?:(?:all|of|any|every|bit|piece|immediately|now|please|permanently|completely|entirely|fully)\\s+){0,3}(?:my|our)\\s+(?:personal\\s+|private\\s+|customer\\s+)?(?:data|information|info|details|records)\\b'
    ),
  },
  {
    rule: 'legal.data-protection',
    negatable: true,

    re: w(
      '\\b(?:my|our)\\s+(?:personal\\s+|private\\s+|customer\\s+)?(?:data|information|info|details|records)\\s+(?:(?:to be|be|being|is|are|get|gets|got|permanently|completely|fully|entirely|immediately)\\s+){0,3}(?:deleted|erased|removed|wiped|purged|destroyed)\\b'
    ),
  },
  {
    rule: 'legal.data-protection',
    re: w('\\b(?:deletion|erasure)\\s+of\\s+(?:all\\s+)?(?:my|our)\\s+(?:personal\\s+)?(?:data|information)\\b'),
  },
  {
    rule: 'legal.regulator',
    negatable: true,
    re: w(
      '\\b(?:complaint|complain|report(?:ing)?\\s+(?:you|this|it|your company))\\b[^.!?]{0,40}\\b(?:ftc|cfpb|bbb|better business bureau|ombudsman|regulator|attorney general|consumer protection|trading standards|ico|fca|fcc|ofcom|sec)\\b'
    ),
  },
  { rule: 'legal.regulator', re: w('\\bformal complaint\\b') },
  {
    rule: 'legal.regulator',
    negatable: true,

    re: w(
      '\\b(?:take|taking|took|bring|bringing|escalate|escalating|go|going|contact|contacting|write|writing|report|reporting|reported|file|filing|filed|complain|complaining|call|calling)\\b[^.!?]{0,30}\\b(?:to|with|the)\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:ombudsman|regulator|attorney general|consumer protection|trading standards|better business bureau|bbb|ftc|cfpb|fca|ofcom|police|cops)\\b(?!\\s+(?:station|officer|academy|department|discount|uniform|car|box))'
    ),
  },
  { rule: 'legal.regulator', negatable: true, re: w('\\b(?:police report|police complaint|criminal complaint)\\b') },
  // French
  {
    rule: 'legal.lawyer',
    negatable: true,
    re: w('\\b(?:mon|notre|votre|mes|nos)\\s+avocats?\\b(?!\\s+(?:bio|mur|murs|frais))'),
  },
  // "un avocat" is as often the fruit: only with a verb of hiring/consulting
  {
    rule: 'legal.lawyer',
    negatable: true,
    re: w('\\b(?:prendre|prends|engager|engage|consulter|contacter|appeler|saisir)\\s+(?:un|des)\\s+avocats?\\b'),
  },
  {
    rule: 'legal.lawsuit',
    negatable: true,
    re: w(
      "\\b(?:porter plainte|porterai plainte|deposer (?:une )?plainte|poursuivre en justice|poursuites judiciaires|action en justice|mise en demeure|tribunal|prud'?hommes|huissier|devant les tribunaux|en justice)\\b"
    ),
  },
  {
    rule: 'legal.data-protection',
    re: w("\\b(?:rgpd|cnil|dgccrf|droit a l'oubli|droit a l'effacement|droit d'acces)\\b"),
  },
  {
    rule: 'legal.data-protection',
    negatable: true,
    re: w(
      '\\b(?:supprimer|supprimez|supprimiez|supprime|effacer|effacez|effaciez|efface|detruire|detruisez|suppression de|effacement de)\\s+(?:(?:toutes|tout|immediatement|definitivement|svp)\\s+){0,2}(?:mes|nos)\\s+(?:donnees|informations personnelles|coordonnees)\\b'
    ),
  },
  {
    rule: 'legal.data-protection',
    negatable: true,
    re: w(
      '\\b(?:mes|nos)\\s+(?:donnees|informations|coordonnees)\\s+(?:personnelles\\s+)?(?:(?:soient|soit|sont|etre|seront|doivent etre|definitivement|immediatement)\\s+){1,2}(?:supprimees|effacees|detruites|retirees)\\b'
    ),
  },
  // Spanish
  { rule: 'legal.lawyer', negatable: true, re: w('\\b(?:mi|mis|nuestro|nuestros|un|su)\\s+abogad[oa]s?\\b') },
  {
    rule: 'legal.lawsuit',
    negatable: true,
    re: w(
      '\\b(?:demandar(?:los|les|te|la|lo)?|demandare(?:mos)?|los voy a demandar|acciones legales|accion legal|medidas legales|tribunales|juzgado|llevar(?:los)? a juicio|denunciar(?:los|les)?|denuncia formal|demanda judicial)\\b'
    ),
  },
  {
    rule: 'legal.lawsuit',
    negatable: true,
    re: w(
      '\\b(?:poner|pongo|pondre|pondremos|presentar|presento|presentare|presentaremos|interponer|interpongo|interpondre|hacer|hare|haremos|levantar|tramitar|formular|meter|meto|metere)\\s+(?:una\\s+|la\\s+|mi\\s+|nuestra\\s+)?(?:denuncia|demanda|querella|reclamacion formal)\\b'
    ),
  },
  {
    rule: 'legal.lawsuit',
    negatable: true,
    re: w('\\b(?:llev\\w*|ir|ire|iremos|voy|vamos|van)\\s+(?:(?:los|las|lo|la|les|te|a ustedes)\\s+)?a\\s+juicio\\b'),
  },
  {
    rule: 'legal.data-protection',
    re: w('\\b(?:rgpd|lopd|aepd|omic|derecho al olvido|derecho de supresion|proteccion de datos)\\b'),
  },
  {
    rule: 'legal.data-protection',
    negatable: true,
    re: w(
      '\\b(?:mis|nuestros)\\s+datos\\s+(?:personales\\s+)?(?:(?:sean|sea|esten|queden|son|seran|de inmediato|definitivamente)\\s+){0,2}(?:borrados|eliminados|suprimidos|destruidos)\\b'
    ),
  },
  {
    rule: 'legal.data-protection',
    negatable: true,
    re: w(
      '\\b(?:borrar|borren|borre|eliminar|eliminen|elimine|suprimir|supriman|suprima)\\s+(?:(?:todos|de inmediato|inmediatamente|ya|definitivamente|por favor)\\s+){0,2}(?:mis|nuestros)\\s+datos\\b'
    ),
  },
  // German
  {
    rule: 'legal.lawyer',
    negatable: true,
    re: w('\\b(?:anwalt|anwaltin|rechtsanwalt|rechtsanwaltin|anwalte|anwalten|rechtsabteilung|anwaltskanzlei)\\b'),
  },
  {
    rule: 'legal.lawsuit',
    negatable: true,
    re: w(
      '\\b(?:verklagen|verklage|klage|vor gericht|gerichtlich\\w*|rechtliche(?:n)? schritte(?:n)?|abmahnung|verbraucherzentrale|bafin|schlichtungsstelle)\\b'
    ),
  },
  {
    rule: 'legal.lawsuit',
    negatable: true,
    re: w(
      '\\b(?:strafanzeige|anzeige\\s+(?:erstatten|erstatte|erstattet|gegen\\s+(?:sie|euch|ihre|ihr|die firma))|(?:erstatte|erstatten|erstattet)\\s+(?:(?:ich|wir|jetzt|sofort|eine|gegen sie|gegen euch)\\s+){0,3}anzeige|zur anzeige bringen)\\b'
    ),
  },
  {
    rule: 'legal.lawsuit',
    negatable: true,
    re: w(
      '\\b(?:rechtlich|juristisch|gerichtlich)(?:e|en|es|er)?\\s+(?:schritte|konsequenzen|folgen|mittel|nachspiel)\\b'
    ),
  },
  {
    rule: 'legal.data-protection',
    re: w('\\b(?:dsgvo|datenschutzbehorde|datenschutzbeauftragte\\w*|recht auf vergessenwerden)\\b'),
  },
  {
    rule: 'legal.data-protection',
    negatable: true,
    re: w('\\bloschen\\s+sie\\b[^.!?]{0,30}\\b(?:meine|unsere)\\s+(?:\\w+\\s+)?daten\\b'),
  },
  {
    rule: 'legal.data-protection',
    negatable: true,
    re: w(
      '\\b(?:meine|unsere)\\s+(?:personenbezogenen\\s+|personlichen\\s+|gespeicherten\\s+)?daten\\s+(?:(?:sollen|mussen|werden|sofort|umgehend|endlich|bitte|vollstandig|komplett|unverzuglich|zu)\\s+){0,3}(?:geloscht|loschen)\\b'
    ),
  },
  {
    rule: 'legal.data-protection',
    negatable: true,
    re: w('\\b(?:loschung|loschen sie)\\s+(?:aller\\s+)?(?:meiner|meine)\\s+(?:personenbezogenen\\s+)?daten\\b'),
  },
  {
    rule: 'legal.data-protection',
    negatable: true,
    re: w('\\bmeine\\s+(?:personenbezogenen\\s+)?daten\\s+(?:zu\\s+)?loschen\\b'),
  },
  // Portuguese
  { rule: 'legal.lawyer', negatable: true, re: w('\\b(?:meu|meus|nosso|um|seu)\\s+advogad[oa]s?\\b') },
  {
    rule: 'legal.lawsuit',
    negatable: true,
    re: w('\\bprocessar\\s+(?:voces|voce|vcs|vc|a empresa|a loja|essa empresa|esta empresa|todos voces)\\b'),
  },
  {
    rule: 'legal.lawsuit',
    negatable: true,
    re: w(
      '\\b(?:processo judicial|acao judicial|entrar na justica|na justica|procon|reclame aqui|juizado|tribunal)\\b'
    ),
  },
  {
    rule: 'legal.lawsuit',
    negatable: true,
    re: w('\\b(?:te|vos|os|as|lhe|lhes)\\s+processar\\b|\\bprocessa-(?:los|las|lo|la)\\b'),
  },
  {
    rule: 'legal.lawsuit',
    negatable: true,
    re: w('\\b(?:boletim de ocorrencia|queixa na delegacia|registrar (?:uma )?ocorrencia)\\b'),
  },
  { rule: 'legal.data-protection', re: w('\\b(?:lgpd|anpd)\\b') },
  {
    rule: 'legal.data-protection',
    negatable: true,
    re: w(
      '\\b(?:meus|nossos)\\s+dados\\s+(?:pessoais\\s+)?(?:(?:sejam|seja|sao|serem|forem|imediatamente|definitivamente)\\s+){0,2}(?:apagados|excluidos|deletados|eliminados|removidos)\\b'
    ),
  },
  {
    rule: 'legal.data-protection',
    negatable: true,
    re: w(
      '\\b(?:exclusao|eliminacao|remocao|apagamento)\\s+(?:de\\s+)?(?:todos\\s+)?(?:os\\s+|dos\\s+)?(?:meus|nossos)\\s+dados\\b'
    ),
  },
  {
    rule: 'legal.data-protection',
    negatable: true,
    re: w(
      '\\b(?:apaguem|apagar|excluam|excluir|deletar|deletem|eliminar|eliminem)\\s+(?:todos\\s+)?(?:os\\s+)?(?:meus|nossos)\\s+dados\\b'
    ),
  },
])

export function detectLegal(norm: NormalizedText): Finding[] {
  return runPhraseRules(norm, 'legal', rules)
}
