// Which words say that care lasts through healing (the day-count check's twin, lib/aftercare/lasting.ts):
// the phrases the articles use, and the look-alikes that must not count ("until" about when to start, and
// the practitioner phrase every item has).
import { describe, expect, it } from 'vitest'
import { englishLasting, firstMatch } from '@/lib/aftercare/lasting'
import { translatedLastingPhraseIn } from '@/lib/content/translated-schedule'

const englishPhraseIn = (text: string) => firstMatch(englishLasting, text)

describe('care that lasts, in English', () => {
  it.each([
    ['In the weeks after a session, keep your scalp out of direct sun.', 'In the weeks after'],
    ['As your scalp heals, it may itch or flake.', 'As your scalp heals'],
    ['Your scalp may itch or flake while it heals.', 'while it heals'],
    [
      'Wear a hat until your practitioner says your scalp has healed.',
      'until your practitioner says your scalp has healed',
    ],
  ])('finds it in "%s"', (text, phrase) => {
    expect(englishPhraseIn(text)).toBe(phrase)
  })

  it.each([
    'Wait until your practitioner says it is OK to start. Once your scalp has healed, use sunscreen.',
    'Do not wet your scalp for 4 days, unless your practitioner advises otherwise.',
    'The shaved look only works while you keep your head shaved.',
  ])('finds none in "%s"', (text) => {
    expect(englishPhraseIn(text)).toBeUndefined()
  })
})

describe('care that lasts, in Hindi', () => {
  it.each([
    ['सेशन के बाद के हफ़्तों में, स्कैल्प को सीधी धूप से बचाकर रखें।', 'के बाद के हफ़्तों में'],
    // फ़ as फ + nukta (two code points), as some editors type it.
    ['सेशन के बाद के हफ\u093C्तों में टोपी पहनें।', 'के बाद के हफ\u093C्तों में'],
    ['जैसे-जैसे स्कैल्प ठीक होता है, उसमें खुजली हो सकती है।', 'जैसे-जैसे स्कैल्प ठीक हो'],
    ['स्कैल्प ठीक होने के दौरान न खुजाएं।', 'ठीक होने के दौरान'],
    ['जब तक आपके प्रैक्टिशनर न कहें कि आपका स्कैल्प ठीक हो गया है, टोपी पहनें।', 'जब तक आपके प्रैक्टिशनर न कहें कि आपका स्कैल्प ठीक हो'],
  ])('finds it in "%s"', (text, phrase) => {
    expect(translatedLastingPhraseIn(text)?.normalize('NFC')).toBe(phrase.normalize('NFC'))
  })

  it.each([
    'अभी इसे स्कैल्प पर न लगाएं, जब तक आपके प्रैक्टिशनर कुछ और न कहें। इससे सेशन के दौरान ठीक महसूस होता है।',
    'जब तक आपके प्रैक्टिशनर न कहें कि अब शुरू कर सकते हैं, तब तक रुकें।',
  ])('finds none in "%s"', (text) => {
    expect(translatedLastingPhraseIn(text)).toBeUndefined()
  })
})
