/**
 * Strong frustration, by family rather than by sentence, in the seven languages: asking the same
 * thing for the third time, threatening to leave for a competitor if nothing happens, sarcastic
 * praise next to a failure ("great, again no answer"), superlatives of bad service and being fed up.
 * Threats need a condition or a competitor ("I'd like to cancel my order" is a request, not anger);
 * sarcasm needs both the praise and the failure in the same message. All quantifiers are bounded.
 */
import { builtinLanguages, inLanguages, type TaggedRule } from '../languages'
import { negatableRule } from '../phrase-rules'

const w = (s: string) => new RegExp(s, 'g')
/** Strong frustration that a negation before it silences ("not a joke"). */
const anger = negatableRule('frustration')

// Something failed again: "again no answer", "otra vez sin respuesta", "wieder keine Antwort", "for nothing"
const failure =
  "(?:(?:again|still|otra vez|de nuevo|una vez mas|encore|toujours|wieder|schon wieder|immer noch|de novo|mais uma vez|ainda|di nuovo|ancora|weer|alweer|nog steeds)\\s+(?:[\\w']+\\s+){0,2}?(?:no|not|nothing|without|sin|nada|ninguna|ningun|pas|rien|sans|aucune|aucun|keine|kein|nichts|nicht|sem|nenhuma|nenhum|nao|nessuna|nessun|niente|nulla|non|senza|geen|niks|niets|niet)\\b(?!\\s+(?:problem|problems|worries|issue|issues|probleme|problemes|problema|problemas|probleem|problemi|stress))|(?:absolutely nothing|tell me nothing|for nothing|pour rien|por nada|fur nichts|per niente|per nulla|voor niets|voor niks)\\b|(?:une|one|a|una|uma|eine|een)\\s+(?:whole\\s+|ganze\\s+)?(?:semaine|week|semana|woche|settimana)\\s+(?:que|d'attente|waiting|esperando|warte|aspetto|wacht|de espera))"
const sarcasticPraise =
  '(?:wow|oh great|great|yeah brilliant|super service|otimo|fantastico|geweldig|brilliant|wonderful|fantastic|super helpful|very helpful|so helpful|really helpful|very useful|bravo|genial|vraiment efficace|tres efficace|quelle efficacite|muy util|que maravilla|que bien|na toll|ganz toll|super hilfreich|echt hilfreich|sehr hilfreich|parabens|que beleza|muito util|complimenti|utilissim[oia]|davvero utile|echt top|top hoor|lekker dan|heel behulpzaam|echt behulpzaam)'

// A long wait and nobody answering: "three weeks waiting and nobody calls back", "llevo días y nadie"
const waitedForNobody =
  '(?:weeks?|days?|months?|semaines?|jours|mois|semanas?|dias|meses|wochen|tagen?|monaten?|settimane|giorni|mesi|weken|dagen|maanden)\\b[^.!?]{0,40}\\b(?:nobody|no one|noone|personne|nadie|niemand|ninguem|nessuno)\\b'

export const frustrationFamilies: TaggedRule[] = [
  ...inLanguages(builtinLanguages, [anger(`\\b${waitedForNobody}`)]),
  // Sarcasm, either order, within one message
  ...inLanguages(builtinLanguages, [
    {
      rule: 'frustration',
      negatable: false,
      re: w(`\\b${sarcasticPraise}\\b[^?]{0,80}?\\b${failure}|\\b${failure}[^?]{0,60}?\\b${sarcasticPraise}\\b`),
    },
  ]),
  ...inLanguages(
    ['en'],
    [
      anger(
        "\\b(?:(?:third|fourth|fifth|tenth|umpteenth|hundredth|3rd|4th|5th|10th)\\s+time\\b[^.!?]{0,40}\\b(?:ask|asking|asked|explain|explaining|tell|telling|write|writing|call|calling|contact|contacting|repeat|repeating|chase|chasing)|(?:if|unless)\\s+(?:[\\w']+\\s+){1,10}?(?:i'?m|i am|i will|i'?ll|we'?ll|we will)\\s+(?:\\w+\\s+){0,2}(?:cancel(?:l?ing)?|switch(?:ing)?|leav(?:e|ing)|clos(?:e|ing) my account)(?![^.!]*\\?)|(?:go(?:ing)?|tak(?:e|ing) my (?:business|money)|mov(?:e|ing)|switch(?:ing)?)\\s+(?:elsewhere|somewhere else|to (?:a |your )?competitors?)|cheers for nothing|thanks (?:a lot |so much )?for (?:nothing|wasting)|(?:worst|most useless|most incompetent)\\s+(?:customer service|service|support|company|experience|bank|shop|store|airline|provider)|had (?:it|enough) (?:with|of) (?:you|this|your)|hopeless)\\b"
      ),
    ]
  ),
  ...inLanguages(
    ['fr'],
    [
      {
        rule: 'frustration',
        negatable: false,
        re: w(
          "\\b(?:(?:ca fait|c'est la|voila)\\s+(?:\\w+\\s+)?(?:trois|quatre|cinq|dix|\\d+|troisieme|quatrieme|cinquieme|dixieme|enieme|centieme)\\s*(?:fois|e fois|eme fois)\\b[^.!?]{0,40}\\b(?:demande|pose|explique|ecris|appelle|repete|relance|contacte|envoie|redis)|(?:si\\s+(?:[\\w']+\\s+){1,10}?|sinon\\s+)(?:je resilie|je me desabonne|je pars|je vais (?:voir )?ailleurs|je change d'operateur|je quitte|je romps)(?![^.!]*\\?)|chez (?:un|la|le|vos|votre) concurren\\w*|aller voir ailleurs|merci pour rien|bande de (?:nuls|bras casses|rigolos|charlots)|quelle bande de\\b|(?:jamais vu|jamais connu) (?:ca|un tel|une telle|pareil|autant)|service (?:lamentable|minable|pitoyable|deplorable)|j'en peux plus)\\b"
        ),
      },
    ]
  ),
  ...inLanguages(
    ['es'],
    [
      {
        rule: 'frustration',
        negatable: false,
        re: w(
          '\\b(?:(?:es la|ya van|ya son|van|llevo|ya es la)\\s+(?:\\w+\\s+)?(?:tres|cuatro|cinco|diez|\\d+|tercera|cuarta|quinta|decima|enesima)\\s+(?:veces|vez)\\b[^.!?]{0,40}\\b(?:pregunto|pido|explico|escribo|llamo|repito|reclamo|contacto|digo)|si\\s+no\\b[^.!?]{0,60}\\b(?:me doy de baja|doy de baja|cancelo|me cambio|me voy|me largo)|(?:a|con) la competencia|me cambio de (?:compania|operador|operadora|banco|empresa)|gracias por nada|nunca (?:he visto|vi) (?:algo|tal|tanta|tanto|semejante)|esto no tiene nombre|(?:me tienen|estoy) (?:hart[oa]|hasta arriba)|(?:son|sois) (?:unos |unas )?(?:inutiles|payasos|impresentables|chapuceros))\\b'
        ),
      },
    ]
  ),
  ...inLanguages(
    ['de'],
    [
      {
        rule: 'frustration',
        negatable: false,
        re: w(
          '\\b(?:(?:dreimal|viermal|funfmal|zehnmal|x-mal|(?:drei|vier|funf|zehn|x)\\s+mal)\\b[^.!?]{0,60}\\b(?:frage|gefragt|schreibe|geschrieben|erklare|erklart|angerufen|rufe|hochgeladen|geschickt|geschildert|nachgefragt|wiederhol\\w*)|(?:(?:wenn|falls)\\b[^.!?]{0,50}\\b(?:nicht|kein\\w*)\\b[^.!?]{0,40}|(?:sonst|ansonsten)\\s+(?:\\w+\\s+){0,3})\\b(?:kundige|kundigen|wechsle|wechseln|bin ich weg|storniere)\\b(?![^.!]*\\?)|zur konkurrenz|zu einem anderen anbieter|danke fur nichts|(?:verliere|verlier)\\s+(?:\\w+\\s+){0,3}(?:die|meine)\\s+geduld|die allerletzten|(?:ihr seid|sie sind)\\s+(?:\\w+\\s+)?(?:unfahig|inkompetent|eine katastrophe|das letzte)|so (?:ein|einen) (?:saftladen|mist|murks|schrott))\\b'
        ),
      },
    ]
  ),
  ...inLanguages(
    ['pt'],
    [
      {
        rule: 'frustration',
        negatable: false,
        re: w(
          '\\b(?:(?:e|ja e|ja sao|sao|ja)\\s+(?:a\\s+)?(?:terceira|quarta|quinta|decima|enesima|tres|quatro|cinco|dez|\\d+)\\s+(?:vez|vezes)\\b[^.!?]{0,40}\\b(?:pergunto|peco|explico|escrevo|ligo|repito|reclamo|falo|mando)|se\\s+nao\\b[^.!?]{0,60}\\b(?:cancelo|vou cancelar|mudo|vou mudar|troco|vou trocar|saio)|(?:para a|pra|pra a) concorrencia|mudar de (?:operadora|banco|empresa)|obrigad[oa] por nada|nunca vi tant[oa]|descaso|(?:empresa|servico|atendimento) ridicul[oa]|que empresa ridicula|(?:voces sao|sao) (?:uns |umas )?(?:incompetentes|inuteis|palhacos))\\b'
        ),
      },
    ]
  ),
  ...inLanguages(
    ['it'],
    [
      {
        rule: 'frustration',
        negatable: false,
        re: w(
          '\\b(?:(?:e|e gia|questa e)\\s+la\\s+(?:terza|quarta|quinta|decima|ennesima|centesima)\\s+volta|(?:tre|quattro|cinque|dieci)\\s+volte\\b[^.!?]{0,40}\\b(?:chiedo|chiesto|ripeto|scrivo|spiego|chiamo|segnalo)|se\\s+non\\b[^.!?]{0,60}\\b(?:disdico|disdetta|cambio (?:operatore|gestore|banca)|passo (?:a|alla)|recedo|me ne vado)|(?:alla|la) concorrenza|siete (?:ridicoli|incompetenti|degli incompetenti|una vergogna|dei buffoni|inutili|penosi)|grazie (?:tante )?per (?:niente|nulla)|sto perdendo la pazienza|perdo la pazienza|mi avete (?:proprio |davvero )?(?:stufato|stancato|rotto))\\b'
        ),
      },
    ]
  ),
  ...inLanguages(
    ['nl'],
    [
      {
        rule: 'frustration',
        negatable: false,
        re: w(
          '\\b(?:(?:voor de|al de|de)\\s+(?:derde|vierde|vijfde|tiende|zoveelste)\\s+keer|(?:drie|vier|vijf|tien)\\s+keer\\b[^.!?]{0,40}\\b(?:vraag|gevraagd|stel|bel|gebeld|mail|gemaild|uitleg|uitgelegd)|(?:als\\b[^.!?]{0,50}\\b(?:niet|geen)\\b[^.!?]{0,40}|anders\\s+(?:\\w+\\s+){0,3})\\b(?:zeg ik|opzeggen|stap ik over|ga ik weg|overstappen)\\b(?![^.!]*\\?)|naar (?:een andere|de concurrent|de concurrentie)|bedankt voor (?:niets|niks)|slaat (?:echt |helemaal )?nergens op|(?:ik word|word ik) (?:hier |er )?(?:echt |helemaal )?(?:gek|knettergek)|mijn geduld (?:is|raakt) op|(?:wat een|stelletje) (?:prutsers|amateurs|klungels|sukkels)|ik ben het spuugzat)\\b'
        ),
      },
    ]
  ),
]
