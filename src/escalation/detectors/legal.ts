/**
 * Built-in detector: legal language (lawyers, lawsuits, data-protection / deletion
 * requests, complaints to a regulator or consumer agency, chargebacks, formal notices)
 * in EN, FR, ES, DE, PT, IT, NL. Ambiguous words are
 * only taken in their legal sense: "avocat" needs a possessive (not the avocado),
 * "Gericht" needs "vor Gericht" (not the dish), "processar" needs a person object
 * (not "process my payment"), "court" needs "in/to court" (not the tennis court).
 */
import { builtinLanguages, inLanguages, rulesFor, type LanguageSwitches, type TaggedRule } from '../languages'
import { negatableRule, runPhraseRules, type PhraseRule } from '../phrase-rules'
import type { NormalizedText } from '../normalize'
import type { EscalationKind, Finding } from '../types'
import { legalFamilies } from './legal-families'

const w = (s: string) => new RegExp(s, 'g')
// Rule makers for the ids whose hits a negation silences ("I won't sue").
const lawsuit = negatableRule('legal.lawsuit')
const chargeback = negatableRule('legal.chargeback')
const regulator = negatableRule('legal.regulator')
const notice = negatableRule('legal.notice')
const dataProtection = negatableRule('legal.data-protection')

// A lawyer as a friend, a relative or a profession, not a threat: "my lawyer friend recommended you", "my
// friend who's a lawyer", "Mein Kumpel ist Anwalt", "sono avvocato", "un amico avvocato", "een bevriende advocaat".
// A possessive after the verb keeps the threat ("this is my lawyer's number").
const notPossessive =
  "(?!(?:my|our|mein|meine|meinen|unser|unsere|mon|ma|mes|notre|nos|mi|mis|nuestro|nuestra|meu|minha|nosso|nossa|mio|mia|nostro|mijn|onze)\\b)[\\w']+\\s+"
const lawyerBefore = new RegExp(
  '\\b(?:' +
    // English needs the article: "is a lawyer", "works as an attorney", "studying to be a solicitor"
    `(?:is|'s|was|am|'m|are|'re|were|as|be|become|becoming)\\s+(?:a|an)\\s+(?:${notPossessive})?` +
    // The other languages drop it before a profession: "ist Anwalt", "est avocat", "es abogado", "è avvocato"
    `|(?:ist|war|bin|sind|wird|als|est|etait|suis|comme|es|era|soy|sou|e|sono|come|ben|wordt|is)\\s+(?:(?:ein|eine|un|une|una|um|uma|een)\\s+)?(?:${notPossessive})?` +
    // Italian "praticante da avvocato", "lavoro da avvocato"; a power of attorney; someone else's lawyer ("my landlord's lawyer")
    "|(?:faccio|fa|fai|fanno|facevo|faceva) l'|power of\\s+|\\b(?:my|our)\\s+\\w+'s\\s+" +
    '|(?:praticant\\w*|tirocinio|lavoro|lavora) da\\s+' +
    '|(?:friend|buddy|pal|brother|sister|mother|mom|mum|father|dad|husband|wife|cousin|uncle|aunt|son|daughter|neighbou?r|colleague|roommate' +
    '|kumpel|freund|freundin|befreundete[rn]?|bruder|schwester|vater|mutter|onkel|tante|nachbar|nachbarin|kollege|kollegin|sohn|tochter' +
    '|ami|amie|pote|copain|copine|frere|soeur|pere|mere|cousine|oncle|voisin|voisine|collegue|fils|fille' +
    '|amigo|amiga|hermano|hermana|padre|madre|primo|prima|tio|tia|vecino|vecina|colega|hijo|hija' +
    '|irmao|irma|pai|mae|vizinho|vizinha|filho|filha' +
    '|amico|amica|fratello|sorella|cugino|cugina|zio|zia|vicino|vicina|collega|figlio|figlia' +
    '|vriend|vriendin|bevriende|broer|zus|moeder|neef|nicht|oom|buurman|buurvrouw|zoon|dochter|zwager|schoonzus' +
    '|beau-frere|belle-soeur|schwager|schwagerin|cunado|cunada|cunhado|cunhada|cognato|cognata)' +
    '\\s+(?:(?:the|el|la|il|o|a|le|der|die|de|het)\\s+)?' +
    ')$'
)
// Someone else's lawyer: "de advocaat van mijn verhuurder", "der Anwalt meines Vermieters", "l'avvocato del mio padrone di casa"
const lawyerAfter =
  /^\s+(?:(?:of|van|del|della|des|de|von|do|da)\s+(?:my|mijn|mio|mia|mon|ma|mi|meu|minha)\s+|meines\b|meiner\b|friend|friends|buddy|pal|directory|directories|jokes?|show|series|by (?:profession|trade)|ami|amie|amigo|amiga|amico|amica|von beruf|de profession|de profesion|de profissao|di professione|van beroep)\b/
const lawyerVeto = (t: string, s: number, e: number): boolean =>
  lawyerBefore.test(t.slice(Math.max(0, s - 30), s)) || lawyerAfter.test(t.slice(e, e + 20))

const italian: PhraseRule[] = [
  {
    rule: 'legal.lawyer',
    negatable: true,
    re: w(
      '\\b(?:avvocat[oiae](?! del diavolo)|studio legale|(?:mio|nostro) ufficio legale|(?:mio|nostro|il mio) legale|consulente legale)\\b'
    ),
    reject: lawyerVeto,
  },
  lawsuit(
    '\\b(?:fare causa|faro causa|facciamo causa|vi faccio causa|vi denuncio|vi denunciamo|denunciarvi|sporgere (?:una )?denuncia|sporgero denuncia|querela|querelare|azioni? legal[ei]|vie legali|per vie legali|tribunale|giudice di pace|in giudizio|atto di citazione|diffida|messa in mora|decreto ingiuntivo)\\b'
  ),
  {
    rule: 'legal.data-protection',
    re: w(
      "\\b(?:gdpr|garante (?:della|per la) privacy|garante privacy|diritto all'oblio|diritto alla cancellazione|trattamento dei (?:miei )?dati)\\b"
    ),
  },
  dataProtection(
    '\\b(?:cancellare|cancellate|cancelli|eliminare|eliminate|elimini|rimuovere|rimuovete|cancellazione|eliminazione)\\s+(?:(?:tutti|subito|immediatamente|definitivamente|per favore)\\s+){0,2}(?:(?:i|dei|di tutti i)\\s+)?(?:miei|nostri)\\s+dati\\b'
  ),
  regulator(
    '\\b(?:codacons|altroconsumo|adiconsum|federconsumatori|agcm|agcom|antitrust|associazion[ei] (?:dei |di )?consumatori|corecom|arera|ivass|arbitro bancario|difensore civico)\\b'
  ),
  regulator('\\breclamo (?:formale|ufficiale)\\b'),
]

const dutch: PhraseRule[] = [
  {
    rule: 'legal.lawyer',
    negatable: true,
    re: w(
      '\\b(?:advocaat|advocaten|advocate|jurist|juristen|onze juridische afdeling|rechtsbijstand(?!verzekering))\\b'
    ),
    reject: lawyerVeto,
  },
  lawsuit(
    '\\b(?:rechtszaak|rechtszaken|naar de rechter|voor de rechter|rechtbank|juridische stappen|juridische actie|dagvaarding|dagvaarden|dagvaar|aanklagen|klaag\\w* (?:jullie|u|je) aan|aangifte (?:doen|gedaan|tegen)|doe (?:ik )?aangifte|ingebrekestelling|in gebreke stellen|sommatie|kort geding)\\b'
  ),
  {
    rule: 'legal.data-protection',
    re: w('\\b(?:avg|gdpr|autoriteit persoonsgegevens|recht op vergetelheid|recht op verwijdering|inzageverzoek)\\b'),
  },
  dataProtection(
    '\\b(?:verwijder|verwijderen|verwijdert|wis|wissen)\\s+(?:(?:al|alle|direct|onmiddellijk|per direct|nu|graag)\\s+){0,2}(?:mijn|onze)\\s+(?:persoonlijke\\s+|persoons)?gegevens\\b|\\b(?:mijn|onze)\\s+(?:persoonlijke\\s+|persoons)?gegevens\\s+(?:\\w+\\s+){0,3}(?:verwijderen|verwijderd|wissen|gewist)\\b'
  ),
  regulator(
    '\\b(?:consumentenbond|geschillencommissie|acm|autoriteit consument en markt|kifid|ombudsman|ombudsdienst|test[- ]aankoop|consumentenautoriteit|klachteninstituut)\\b'
  ),
  regulator('\\b(?:formele klacht|officiele klacht)\\b'),
]

// Chargebacks, formal notices, complaints filed and consumer agencies, across languages
const chargebackAndNotice: TaggedRule[] = [
  // Filing a chargeback, in any language (the word is borrowed); "any chargebacks on my account?" is only a question
  ...inLanguages(builtinLanguages, [
    chargeback(
      "\\b(?:(?:file|filing|filed|do|doing|did|open|opening|opened|initiate|initiating|initiated|request|requesting|requested|start|starting|issue|issuing|pursue|raise|lancer|lance|lancerai|faire|ferai|demander|demande|demanderai|ouvrir|initier|pedir|pido|pedire|pedi|solicitar|solicito|solicitei|solicitare|hacer|hare|abrir|abri|iniciar|tramitar|fazer|fiz|richiedere|chiedere|chiedero|avviare|aprire|fare)\\s+(?:(?:a|an|un|une|um|uma|il|een|for a|the)\\s+)?(?:charge[- ]?back|contracargo|retrofacturation)|(?:i'll|i will|we will|we'll|gonna|going to)\\s+charge[- ]?back|charge[- ]?back\\s+(?:\\w+\\s+)?(?:eingeleitet|einleiten|beantragen|beantragt|veranlasst|veranlassen|aanvragen|aangevraagd|indienen|ingediend))\\b"
    ),
  ]),
  ...inLanguages(
    ['en'],
    [
      chargeback(
        '\\b(?:(?:dispute|disputing|disputed|reverse|reversing|contest|contesting)\\s+(?:the|this|these|that|my|a)\\s+(?:\\w+\\s+)?(?:charges?|payments?|transactions?|debits?)|(?:file|filing|open|opening|raise|start)\\s+(?:a\\s+)?(?:dispute|claim)\\s+with\\s+(?:my|the)\\s+(?:bank|card|credit card|card issuer|paypal))\\b'
      ),
      notice(
        '\\b(?:formal notice|letter before (?:action|claim)|notice of (?:intent|intended|legal|claim)|demand letter|final notice before|legal notice|formal demand)\\b'
      ),
      regulator(
        '\\b(?:file|filing|filed|lodge|lodging|lodged|submit|submitting|make|making|raise)\\s+(?:a|an)\\s+(?:official\\s+|formal\\s+)?complaint\\s+(?:with|to|against)\\b|\\b(?:consumer (?:affairs|protection agency|rights (?:group|agency|body))|ombudsman|citizens advice)\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['fr'],
    [
      chargeback(
        '\\b(?:retrofacturation|rejet de prelevement|faire opposition|fais opposition|ferai opposition|opposition (?:au|sur le|sur la) (?:paiement|prelevement|carte|cb)|contester (?:le|la|ce|cette|les) (?:paiement|prelevement|debit|transaction|achat)s? (?:aupres de|avec|via) (?:ma|la) banque)\\b'
      ),
      lawsuit(
        '\\b(?:port(?:e|er|erai|era|erons|ons|ez|ent)|depos(?:e|er|erai|erons))\\s+plainte\\b|\\bplainte\\s+(?:contre vous|contre votre|aupres de|au commissariat|a la gendarmerie)\\b|\\blettre recommandee avec\\b'
      ),
      regulator(
        '\\b(?:signal ?conso|ufc[- ]que choisir|que choisir|60 millions de consommateurs|association de consommateurs|mediateur|mediation de la consommation|arcep|acpr|amf|defenseur des droits)\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['es'],
    [
      chargeback(
        '\\b(?:(?:desconocer|desconozco|disputar|disputo|impugnar|impugno|anular|revertir)\\s+(?:el|este|ese|los|estos)\\s+(?:cargos?|cobros?|pagos?|movimientos?)|reclamar(?:lo)?\\s+(?:a|ante|con)\\s+(?:mi|el)\\s+banco)\\b'
      ),
      notice(
        '\\b(?:burofax|carta notarial|carta documento|requerimiento (?:formal|notarial|extrajudicial)|hoja de reclamaciones|libro de reclamaciones)\\b'
      ),
      regulator(
        '\\b(?:profeco|condusef|sernac|indecopi|facua|ocu|defensa del consumidor|defensoria del consumidor|oficina del consumidor|superintendencia de industria y comercio|banco de espana|cnmc)\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['de'],
    [
      chargeback(
        '\\b(?:ruckbuchung|ruckbuchen|zuruckbuchen|zuruckbuchung|zuruck(?:ge)?buchen lassen|lastschrift\\s+(?:\\w+\\s+){0,2}(?:widerrufen|widersprechen|zuruckgehen lassen|zuruckholen|zuruckbuchen)|zahlung\\s+(?:\\w+\\s+){0,2}(?:zuruckholen|stornieren lassen|widerrufen))\\b'
      ),
      notice(
        '\\b(?:setze (?:ihnen|euch) (?:hiermit )?eine frist|letzte frist|fristsetzung|mahnbescheid|einschreiben mit ruckschein|formliche beschwerde|offizielle beschwerde|dienstaufsichtsbeschwerde)\\b'
      ),
      regulator(
        '\\b(?:bundesnetzagentur|schlichtung|ombudsmann|ombudsstelle|stiftung warentest|verbraucherschutz\\w*|datenschutzaufsicht)\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['pt'],
    [
      chargeback(
        '\\b(?:contestar\\s+(?:a|essa|esta|o|esse)\\s+(?:compra|cobranca|transacao|pagamento|debito)|contestacao\\s+(?:da|de)\\s+(?:compra|cobranca)|cancelar\\s+(?:a|essa)\\s+compra\\s+(?:no|com o|junto ao)\\s+(?:cartao|banco))\\b'
      ),
      notice(
        '\\b(?:notificacao (?:extrajudicial|formal|judicial)|notificar (?:voces|a empresa) (?:formalmente|judicialmente))\\b'
      ),
      regulator(
        '\\b(?:consumidor\\.gov|consumidor gov|senacon|anatel|bacen|banco central|defesa do consumidor|livro de reclamacoes|deco proteste)\\b'
      ),
    ]
  ),
  ...inLanguages(
    ['it'],
    [
      chargeback(
        "\\b(?:storno (?:dell'|del |della )?(?:addebito|pagamento|transazione)|(?:contestare|contesto|contestero|disconoscere|disconosco)\\s+(?:l'|il |la |questo |questa )?(?:addebito|pagamento|transazione|operazione)|bloccare il pagamento con la (?:mia )?banca)\\b"
      ),
    ]
  ),
  ...inLanguages(
    ['nl'],
    [
      chargeback(
        '\\b(?:terugboeking|terugboeken|laten terugboeken|storneren|stornering|betaling\\s+(?:\\w+\\s+){0,2}(?:terugdraaien|terughalen|terugvorderen|betwisten)|(?:incasso|afschrijving)\\s+(?:\\w+\\s+){0,2}(?:terugboeken|terugdraaien|storneren|betwisten))\\b'
      ),
    ]
  ),
]

const tagged: TaggedRule[] = [
  // English
  ...inLanguages(
    ['en'],
    [
      {
        rule: 'legal.lawyer',
        negatable: true,

        re: w(
          "\\b(?:lawyer|attorney|solicitor|barrister|legal counsel)s?\\b|\\b(?:to|with|involve|involving|contact|contacting|forward(?:ing)?)\\s+(?:(?:this|it)\\s+(?:on\\s+)?to\\s+)?(?:our|my)\\s+legal (?:department|team)\\b|\\b(?:our|my) legal (?:department|team)\\s+(?:will|is|are|has|have|'ll)\\b"
        ),
        reject: lawyerVeto,
      },
      lawsuit(
        '\\b(?:lawsuits?|law suits?|class action|legal action|legal proceedings|legal steps|litigation|small claims|cease and desist|breach of contract|subpoena|court order)\\b'
      ),
      lawsuit(
        "\\b(?:(?:will|gonna|going to|'ll|to|i)\\s+sue|su(?:e|ing)\\s+(?:you|u|your|the company|them|this company|everyone))\\b"
      ),
      lawsuit(
        '\\b(?:see|take|taking|drag|dragging|meet)\\s+(?:you|u|them|your company)\\s+(?:\\w+\\s+){0,2}(?:to|in)\\s+court\\b'
      ),
      // "take this to court", "this is going to court", "settle it in court" (not "the tennis court")
      lawsuit(
        '\\b(?:take|takes|taking|took|bring|bringing|brought|drag|dragging|go|goes|going|gone|went|head|heading|headed|end up|ending up|settle|settling|fight|fighting|sort|see|meet)\\s+(?:(?:this|it|that|you|u|them|the|your|company|matter|case|thing|whole|all|straight|right|the way|out|up)\\s+){0,3}(?:to|in|into)\\s+court\\b'
      ),
      {
        rule: 'legal.data-protection',
        re: w(
          '\\b(?:gdpr|ccpa|cpra|dsar|hipaa|coppa|data subject (?:access )?request|subject access request|right to (?:be forgotten|erasure|deletion))\\b'
        ),
      },
      dataProtection(
        '\\b(?:delete|erase|remove|wipe|purge|destroy)\\s+(?:(?:all|of|any|every|bit|piece|immediately|now|please|permanently|completely|entirely|fully)\\s+){0,3}(?:my|our)\\s+(?:personal\\s+|private\\s+|customer\\s+)?(?:data|information|info|details|records)\\b'
      ),
      dataProtection(
        '\\b(?:my|our)\\s+(?:personal\\s+|private\\s+|customer\\s+)?(?:data|information|info|details|records)\\s+(?:(?:to be|be|being|is|are|get|gets|got|permanently|completely|fully|entirely|immediately)\\s+){0,3}(?:deleted|erased|removed|wiped|purged|destroyed)\\b'
      ),
      {
        rule: 'legal.data-protection',
        re: w('\\b(?:deletion|erasure)\\s+of\\s+(?:all\\s+)?(?:my|our)\\s+(?:personal\\s+)?(?:data|information)\\b'),
      },
      regulator(
        '\\b(?:complaint|complain|report(?:ing)?\\s+(?:you|this|it|your company))\\b[^.!?]{0,40}\\b(?:ftc|cfpb|bbb|better business bureau|ombudsman|regulator|attorney general|consumer protection|trading standards|ico|fca|fcc|ofcom|sec)\\b'
      ),
      { rule: 'legal.regulator', re: w('\\bformal complaint\\b') },
      regulator(
        '\\b(?:take|taking|took|bring|bringing|escalate|escalating|go|going|contact|contacting|write|writing|report|reporting|reported|file|filing|filed|complain|complaining|call|calling)\\b[^.!?]{0,30}\\b(?:to|with|the)\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:ombudsman|regulator|attorney general|state ag|consumer protection|trading standards|better business bureau|bbb|ftc|fcc|cfpb|fca|ofcom|police|cops)\\b(?!\\s+(?:station|officer|academy|department|discount|uniform|car|box))'
      ),
      regulator('\\b(?:police report|police complaint|criminal complaint)\\b'),
    ]
  ),
  // French
  ...inLanguages(
    ['fr'],
    [
      {
        rule: 'legal.lawyer',
        negatable: true,
        re: w('\\b(?:mon|notre|votre|mes|nos)\\s+avocats?\\b(?!\\s+(?:bio|mur|murs|frais))'),
        reject: lawyerVeto,
      },
      // "un avocat" is as often the fruit: only with a verb of hiring/consulting
      {
        rule: 'legal.lawyer',
        negatable: true,
        re: w('\\b(?:prendre|prends|engager|engage|consulter|contacter|appeler|saisir)\\s+(?:un|des)\\s+avocats?\\b'),
      },
      lawsuit(
        "\\b(?:porter plainte|porterai plainte|deposer (?:une )?plainte|poursuivre en justice|poursuites judiciaires|action en justice|mise en demeure|tribunal|prud'?hommes|huissier|devant les tribunaux|en justice)\\b"
      ),
      {
        rule: 'legal.data-protection',
        re: w("\\b(?:rgpd|cnil|dgccrf|droit a l'oubli|droit a l'effacement|droit d'acces)\\b"),
      },
      dataProtection(
        '\\b(?:supprimer|supprimez|supprimiez|supprime|effacer|effacez|effaciez|efface|detruire|detruisez|suppression de|effacement de)\\s+(?:(?:toutes|tout|immediatement|definitivement|svp)\\s+){0,2}(?:mes|nos)\\s+(?:donnees|informations personnelles|coordonnees)\\b'
      ),
      dataProtection(
        '\\b(?:mes|nos)\\s+(?:donnees|informations|coordonnees)\\s+(?:personnelles\\s+)?(?:(?:soient|soit|sont|etre|seront|doivent etre|definitivement|immediatement)\\s+){1,2}(?:supprimees|effacees|detruites|retirees)\\b'
      ),
    ]
  ),
  // Spanish
  ...inLanguages(
    ['es'],
    [
      {
        rule: 'legal.lawyer',
        negatable: true,
        re: w('\\b(?:mi|mis|nuestro|nuestros|un|su)\\s+abogad[oa]s?\\b'),
        reject: lawyerVeto,
      },
      lawsuit(
        '\\b(?:demandar(?:los|les|te|la|lo)?|demandare(?:mos)?|los voy a demandar|acciones legales|accion legal|medidas legales|tribunales|juzgado|llevar(?:los)? a juicio|denunciar(?:los|les)?|denuncia formal|demanda judicial)\\b'
      ),
      lawsuit(
        '\\b(?:poner|pongo|pondre|pondremos|presentar|presento|presentare|presentaremos|interponer|interpongo|interpondre|hacer|hare|haremos|levantar|tramitar|formular|meter|meto|metere)\\s+(?:una\\s+|la\\s+|mi\\s+|nuestra\\s+)?(?:denuncia|demanda|querella|reclamacion formal)\\b'
      ),
      lawsuit(
        '\\b(?:llev\\w*|ir|ire|iremos|voy|vamos|van)\\s+(?:(?:los|las|lo|la|les|te|a ustedes)\\s+)?a\\s+juicio\\b'
      ),
      {
        rule: 'legal.data-protection',
        re: w('\\b(?:rgpd|lopd|aepd|omic|derecho al olvido|derecho de supresion|proteccion de datos)\\b'),
      },
      dataProtection(
        '\\b(?:mis|nuestros)\\s+datos\\s+(?:personales\\s+)?(?:(?:sean|sea|esten|queden|son|seran|de inmediato|definitivamente)\\s+){0,2}(?:borrados|eliminados|suprimidos|destruidos)\\b'
      ),
      dataProtection(
        '\\b(?:borrar|borren|borre|eliminar|eliminen|elimine|suprimir|supriman|suprima)\\s+(?:(?:todos|de inmediato|inmediatamente|ya|definitivamente|por favor)\\s+){0,2}(?:mis|nuestros)\\s+datos\\b'
      ),
    ]
  ),
  // German
  ...inLanguages(
    ['de'],
    [
      {
        rule: 'legal.lawyer',
        negatable: true,
        re: w(
          '\\b(?:anwalt|anwaltin|rechtsanwalt|rechtsanwaltin|anwalte|anwalten|unsere[rn]? rechtsabteilung|anwaltskanzlei)\\b'
        ),
        reject: lawyerVeto,
      },
      lawsuit(
        '\\b(?:verklagen|verklage|klage|vor gericht|gerichtlich\\w*|rechtliche(?:n)? schritte(?:n)?|abmahnung|verbraucherzentrale|bafin|schlichtungsstelle)\\b'
      ),
      lawsuit(
        '\\b(?:strafanzeige|anzeige\\s+(?:erstatten|erstatte|erstattet|gegen\\s+(?:sie|euch|ihre|ihr|die firma))|(?:erstatte|erstatten|erstattet)\\s+(?:(?:ich|wir|jetzt|sofort|eine|gegen sie|gegen euch)\\s+){0,3}anzeige|zur anzeige bringen)\\b'
      ),
      lawsuit(
        '\\b(?:rechtlich|juristisch|gerichtlich)(?:e|en|es|er)?\\s+(?:schritte|konsequenzen|folgen|mittel|nachspiel)\\b'
      ),
      {
        rule: 'legal.data-protection',
        re: w('\\b(?:dsgvo|datenschutzbehorde|datenschutzbeauftragte\\w*|recht auf vergessenwerden)\\b'),
      },
      dataProtection('\\bloschen\\s+sie\\b[^.!?]{0,30}\\b(?:meine|unsere)\\s+(?:\\w+\\s+)?daten\\b'),
      dataProtection(
        '\\b(?:meine|unsere)\\s+(?:personenbezogenen\\s+|personlichen\\s+|gespeicherten\\s+)?daten\\s+(?:(?:sollen|mussen|werden|sofort|umgehend|endlich|bitte|vollstandig|komplett|unverzuglich|zu)\\s+){0,3}(?:geloscht|loschen)\\b'
      ),
      dataProtection(
        '\\b(?:loschung|loschen sie)\\s+(?:aller\\s+)?(?:meiner|meine)\\s+(?:personenbezogenen\\s+)?daten\\b'
      ),
      dataProtection('\\bmeine\\s+(?:personenbezogenen\\s+)?daten\\s+(?:zu\\s+)?loschen\\b'),
    ]
  ),
  // Portuguese
  ...inLanguages(
    ['pt'],
    [
      {
        rule: 'legal.lawyer',
        negatable: true,
        re: w('\\b(?:meu|meus|nosso|um|seu)\\s+advogad[oa]s?\\b'),
        reject: lawyerVeto,
      },
      lawsuit('\\bprocessar\\s+(?:voces|voce|vcs|vc|a empresa|a loja|essa empresa|esta empresa|todos voces)\\b'),
      lawsuit(
        '\\b(?:processo judicial|processo contra (?:voces|vcs|voce|vc|a empresa|a loja)|acao judicial|entrar na justica|na justica|procon|reclame aqui|juizado|tribunal)\\b'
      ),
      lawsuit('\\b(?:te|vos|os|as|lhe|lhes)\\s+processar\\b|\\bprocessa-(?:los|las|lo|la)\\b'),
      lawsuit('\\b(?:boletim de ocorrencia|queixa na delegacia|registrar (?:uma )?ocorrencia)\\b'),
      { rule: 'legal.data-protection', re: w('\\b(?:lgpd|anpd)\\b') },
      dataProtection(
        '\\b(?:meus|nossos)\\s+dados\\s+(?:pessoais\\s+)?(?:(?:sejam|seja|sao|serem|forem|imediatamente|definitivamente)\\s+){0,2}(?:apagados|excluidos|deletados|eliminados|removidos)\\b'
      ),
      dataProtection(
        '\\b(?:exclusao|eliminacao|remocao|apagamento)\\s+(?:de\\s+)?(?:todos\\s+)?(?:os\\s+|dos\\s+)?(?:meus|nossos)\\s+dados\\b'
      ),
      dataProtection(
        '\\b(?:apaguem|apagar|excluam|excluir|deletar|deletem|eliminar|eliminem)\\s+(?:todos\\s+)?(?:os\\s+)?(?:meus|nossos)\\s+dados\\b'
      ),
    ]
  ),
  ...inLanguages(['it'], italian),
  ...inLanguages(['nl'], dutch),
  ...chargebackAndNotice,
  ...legalFamilies,
]

/** Every built-in legal rule, tagged with its language. */
export const legalRules: readonly TaggedRule[] = tagged

const rules = rulesFor(tagged)

// Any lawyer word, in any of the seven languages, whether or not a rule takes it as a threat.
const lawyerWord =
  /\b(?:lawyer|attorney|solicitor|avocat|abogad[oa]|advogad[oa]|avvocat[oa]|anwalt|anwaltin|rechtsanwalt|advocaat)\b/g

/** A lawyer who is a relative, a friend or the user's own job: the rules judged it, the model must not overrule it. */
function mentionsLawyerInPassing(text: string): boolean {
  lawyerWord.lastIndex = 0
  for (let m = lawyerWord.exec(text); m; m = lawyerWord.exec(text))
    if (lawyerVeto(text, m.index, m.index + m[0].length)) return true
  return false
}

export function detectLegal(
  norm: NormalizedText,
  languages: LanguageSwitches,
  declined?: Set<EscalationKind>
): Finding[] {
  const found = runPhraseRules(norm, 'legal', rules(languages), 40, Infinity, declined)
  if (found.length === 0 && declined && mentionsLawyerInPassing(norm.text)) declined.add('legal')
  return found
}
