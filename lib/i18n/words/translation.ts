// The translation notice's words (components/article/TranslationNotice.tsx). Only translated languages show
// the notice, so only they have these words: English pages are the originals.
import type { TranslatedLocale } from '@/lib/i18n/locales'

const hi = {
  byMachine: 'इस पेज का अंग्रेज़ी से हिंदी में अनुवाद मशीन से किया गया है।',
  byTranslator: 'इस पेज का अंग्रेज़ी से हिंदी में अनुवाद एक पेशेवर अनुवादक (translator) ने किया है।',
  notChecked: 'हिंदी जानने वाले किसी क्लिनिशियन (clinician) ने अभी तक इसे नहीं जाँचा है।',
  checkedBy: 'हिंदी अनुवाद की जाँच {name} ({role}) ने की है।',
  englishIsNewer: 'यह अनुवाद बनने के बाद अंग्रेज़ी पेज बदला गया है।',
  partlyMissing: 'कुछ जवाबों का अनुवाद अभी नहीं हुआ है। वे अंग्रेज़ी में दिखाए गए हैं।',
  missing: 'इस पेज का हिंदी में अनुवाद अभी नहीं हुआ है। इसलिए यह पेज अंग्रेज़ी में दिखाया गया है।',
  readEnglish: 'अंग्रेज़ी में पढ़ें',
  /** Beside readEnglish, in English, for a reader who does not read the language. */
  readEnglishInEnglish: '(Read in English)',
  /** The review dates' line about the translation (components/article/ReviewDates.tsx). */
  translationLabel: 'अनुवाद:',
  translationMachine: 'मशीन से, अभी जाँचा नहीं गया',
  translationProfessional: 'पेशेवर अनुवादक से, अभी जाँचा नहीं गया',
  translationCheckedBy: 'जाँच: {name}, {role}',
  translationMissing: 'अभी नहीं हुआ',
}

export type TranslationWords = typeof hi

export const translationWords: Readonly<Record<TranslatedLocale, TranslationWords>> = { hi }
