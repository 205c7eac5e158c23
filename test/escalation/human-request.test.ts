import { describe, expect, it } from 'vitest'
import { kinds, run } from './helpers'

describe('human-request detector', () => {
  it.each([
    'Can I talk to a human please?',
    'agent',
    'Connect me with a live agent.',
    "Why can't I just talk to a person?",
    'Je voudrais parler à un conseiller',
    'Quiero hablar con una persona',
    'Ich möchte mit einem Menschen sprechen',
    'Quero falar com um atendente',
  ])('fires on %j', (text) => {
    expect(kinds(text)).toContain('human-request')
  })

  it.each([
    "I don't need a human, the bot is fine",
    'No need to talk to an agent, thanks',
    'Where can I find the human resources department?',
    'My travel agent booked the flight',
    'Je ne veux pas parler à un humain',
    'No necesito hablar con una persona, gracias',
    'Ich muss nicht mit einem Mitarbeiter sprechen, danke',
    'Não preciso falar com um atendente',
  ])('stays quiet on %j', (text) => {
    expect(kinds(text)).not.toContain('human-request')
  })

  it('fires on the second clause of "not a bot, a human"', () => {
    expect(kinds("I don't want a bot, I want a human")).toContain('human-request')
  })

  it('quotes the request from the original text', () => {
    const r = run('Hello! Can I TALK TO A HUMAN?')
    expect(r.escalate).toBe(true)
    expect(r.reasons).toContainEqual({ rule: 'human-request', kind: 'human-request', match: 'TALK TO A HUMAN' })
  })

  it('can be switched off', () => {
    expect(run('talk to a human', { detectors: { humanRequest: false } }).escalate).toBe(false)
  })

  describe('round 3 phrasings', () => {
    it.each([
      'Is anybody there who can actually help me? A person, I mean',
      'Not the bot. A human.',
      'Could someone phone me back about this?',
      'I would like a call back from your team',
      'I wanna chat w/ someone from support',
      'Vous pouvez me faire rappeler par un conseiller ?',
      'Un conseiller humain serait mieux',
      '¿Me puedes pasar con un asesor?',
      'Necesito un supervisor',
      'Que me llame alguien de soporte, por favor',
      'Können Sie mich mit einem Menschen verbinden?',
      'Bitte um Rückruf durch einen Mitarbeiter',
      'Chama um atendente pra mim',
      'Me põe em contato com um atendente',
      'Me passa para o gerente',
    ])('fires on %j', (text) => {
      expect(kinds(text)).toContain('human-request')
    })

    it.each([
      'I need a callback number for the courier',
      'I will call you back tomorrow',
      "I'm a real person, not a bot, why do I need a captcha?",
      'Je vous rappelle demain',
      '¿Qué le pasa a una persona si no paga a tiempo?',
      'No quiero un agente, gracias',
      'El agente de aduanas pide un documento',
      'Ich rufe morgen zurück',
      'Ich brauche keinen Rückruf, danke',
      'Como se chama a pessoa responsável pela entrega?',
      'Não precisa chamar ninguém, já resolvi',
    ])('stays quiet on %j', (text) => {
      expect(kinds(text)).not.toContain('human-request')
    })
  })

  describe('round 4 phrasings', () => {
    it.each([
      'Prefiero que me atienda un asesor',
      'Quiero ser atendido por una persona',
      'Ist da ein echter Mensch?',
      'Gibt es bei euch einen richtigen Ansprechpartner?',
      'Quero ser atendida por um atendente',
    ])('fires on %j', (text) => {
      expect(kinds(text)).toContain('human-request')
    })

    it.each([
      'Gibt es einen Mitarbeiterrabatt?',
      'Ist das ein echter Lederbezug?',
      'No quiero que me atienda una persona, el bot está bien',
    ])('stays quiet on %j', (text) => {
      expect(kinds(text)).not.toContain('human-request')
    })
  })

  describe('round 7', () => {
    // A call-back the user withdraws ("not needed any more") is no request; the model does not overrule that.
    it.each([
      'Terugbellen is niet meer nodig, het is al geregeld.',
      'a call back is not needed anymore, thanks',
      'Rückruf ist nicht mehr nötig, hat sich erledigt.',
      'Bekommen Werkstudenten auch den Mitarbeiterrabatt?',
      'Geldt de medewerkerskorting ook voor uitzendkrachten?',
    ])('stays quiet on %j', (text) => {
      expect(kinds(text)).not.toContain('human-request')
    })

    it.each(['Kunt u mij terugbellen?', 'Kann mich eine Mitarbeiterin zurückrufen?'])('fires on %j', (text) => {
      expect(kinds(text)).toContain('human-request')
    })
  })
})
