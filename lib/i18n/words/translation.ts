// The translation notice's words (components/article/TranslationNotice.tsx). Only translated languages show
// the notice, so only they have these words: English pages are the originals.
import type { TranslatedLocale } from '@/lib/i18n/locales'

const hi = {
  // Plain words: who made the Hindi, that nobody has checked it, and what to trust when in doubt.
  byMachine: 'यह पेज अंग्रेज़ी में लिखा गया था। इसका हिंदी अनुवाद एक कंप्यूटर प्रोग्राम ने किया है।',
  byTranslator: 'यह पेज अंग्रेज़ी में लिखा गया था। इसका हिंदी अनुवाद एक अनुवादक ने किया है।',
  notChecked: 'हिंदी जानने वाले किसी डॉक्टर या स्वास्थ्य विशेषज्ञ ने अभी इसे नहीं जाँचा है। इसमें ग़लतियाँ हो सकती हैं।',
  ifInDoubt: 'अगर कोई बात साफ़ न हो या शक हो, तो अंग्रेज़ी पेज या अपने डॉक्टर की बात मानें।',
  checkedBy: 'हिंदी अनुवाद की जाँच {name} ({role}) ने की है।',
  englishIsNewer: 'यह अनुवाद बनने के बाद अंग्रेज़ी पेज बदला गया है।',
  partlyMissing: 'कुछ जवाबों का अनुवाद अभी नहीं हुआ है। वे अंग्रेज़ी में दिखाए गए हैं।',
  missing: 'इस पेज का हिंदी में अनुवाद अभी नहीं हुआ है। इसलिए यह पेज अंग्रेज़ी में दिखाया गया है।',
  readEnglish: 'अंग्रेज़ी में पढ़ें',
  /** Beside readEnglish, in English, for a reader who does not read the language. */
  readEnglishInEnglish: '(Read in English)',
  /** The review dates' line about the translation (components/article/ReviewDates.tsx). */
  translationLabel: 'अनुवाद:',
  translationMachine: 'कंप्यूटर प्रोग्राम से, अभी किसी ने नहीं जाँचा',
  translationProfessional: 'अनुवादक से, अभी किसी ने नहीं जाँचा',
  translationCheckedBy: 'जाँच: {name}, {role}',
  translationMissing: 'अभी नहीं हुआ',
}

export type TranslationWords = typeof hi

export const translationWords: Readonly<Record<TranslatedLocale, TranslationWords>> = { hi }
