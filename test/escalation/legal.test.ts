import { describe, expect, it } from 'vitest'
import { kinds } from './helpers'

describe('legal detector', () => {
  it.each([
    'I will be contacting my lawyer about this',
    "I'm going to sue your company",
    'I want you to delete all my personal data under GDPR',
    'I will file a complaint with the FTC',
    'Conformément au RGPD, supprimez mes données personnelles',
    'Los voy a demandar',
    'Wir sehen uns vor Gericht',
    'Vou processar vocês',
  ])('fires on %j', (text) => {
    expect(kinds(text)).toContain('legal')
  })

  it.each([
    'My brother is a lawyer and he loves your app',
    'Sue from accounting asked me to reach out',
    'We booked the tennis court for Saturday',
    "Une salade à l'avocat, c'est possible ?",
    'Hay mucha demanda de este producto',
    'Das Gericht im Restaurant war lecker',
    'Vocês vão processar meu pagamento hoje?',
    'Can I delete my last message?',
  ])('stays quiet on %j', (text) => {
    expect(kinds(text)).not.toContain('legal')
  })

  describe('round 3 phrasings', () => {
    it.each([
      'I want my data erased',
      'Have my details erased, please',
      'I will take this to court',
      'We will settle this in court',
      'I will escalate this to the consumer ombudsman',
      'I filed a police report about the charge',
      'Je vais vous traîner en justice',
      'Je veux que mes données soient effacées',
      'Voy a poner una denuncia',
      'Vamos a juicio si hace falta',
      'Quiero que mis datos sean eliminados',
      'Ich stelle Strafanzeige',
      'Meine Daten sollen sofort gelöscht werden',
      'Vou processá-los',
      'Quero meus dados apagados',
      'Vou abrir uma reclamação no Procon', // Portuguese "no" means "in the", not a negation
    ])('fires on %j', (text) => {
      expect(kinds(text)).toContain('legal')
    })

    it.each([
      'Our office is next to the county court',
      'The data was erased from my phone when I reset it, how do I get my orders back?',
      'Going to the police station to pick up my wallet, can you deliver later?',
      'Is the police discount still available?',
      'Die Anzeige auf Ihrer Website ist falsch',
      'Ich möchte eine Anzeige stellen auf Ihrer Plattform',
      'Wie kann ich mein Profilbild löschen?',
      'Processaram meu pedido errado',
      'Quiero eliminar un producto de mi lista',
    ])('stays quiet on %j', (text) => {
      expect(kinds(text)).not.toContain('legal')
    })
  })

  describe('round 4 phrasings', () => {
    it.each(['Das hat ein rechtliches Nachspiel', 'Das wird gerichtliche Folgen haben'])('fires on %j', (text) => {
      expect(kinds(text)).toContain('legal')
    })

    it.each(['Das Nachspiel im Theater war lang'])('stays quiet on %j', (text) => {
      expect(kinds(text)).not.toContain('legal')
    })
  })

  describe('round 7', () => {
    it.each([
      "Since you won't refund me I've asked my bank to reverse the payment.",
      'Already filed with the FCC and the state AG about your throttling.',
      'Les mando una carta documento si no me dan de baja esta semana.',
      'Please send this to our legal department',
      'My lawyer will contact you tomorrow',
    ])('fires on %j', (text) => {
      expect(kinds(text)).toContain('legal')
    })

    // A lawyer who is a relative, a friend, the user's job or someone else's is no threat, and the
    // learned model does not overrule the rules that judged so.
    it.each([
      "My friend who's a lawyer recommended you guys, how do I sign up?",
      'Mein Kumpel ist Anwalt und hat mir eure Rechtsschutzversicherung empfohlen. Was kostet die?',
      'Meu primo é advogado e disse que o seguro de vocês cobre assistência jurídica. É verdade?',
      "Faccio l'avvocato, posso avere la fattura intestata allo studio?",
      "My landlord's lawyer needs a copy of my last utility bill, can I download it here?",
      'De advocaat van mijn verhuurder wil een kopie van mijn laatste energierekening.',
      'Do I need a power of attorney to manage my mum’s account?',
      'Does your legal department have a separate address for contracts?',
      'Ik wil een rechtsbijstandverzekering afsluiten. Wat kost dat per maand?',
    ])('stays quiet on %j', (text) => {
      expect(kinds(text)).not.toContain('legal')
    })
  })
})
