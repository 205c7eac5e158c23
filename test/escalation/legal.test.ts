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
})
