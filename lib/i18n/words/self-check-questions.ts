// What the self-check's questions say, in each language, keyed by question id and option value. The
// type is mapped from the questions array (lib/candidacy/texts.ts), so a missing or extra question or
// option in any language fails `tsc` naming it. Server-only: pages pass the words to the island as props.
// The Hindi is a machine translation nobody has checked yet.
import type { Locale } from '@/lib/i18n/locales'
import type { QuestionTexts } from '@/lib/candidacy/texts'

const en: QuestionTexts = {
  age: {
    text: 'How old are you?',
    hint: 'Some clinics only treat adults, and in some countries the law does not allow SMP for under-18s.',
    options: {
      'under-18': 'Under 18',
      '18-or-over': '18 or over',
    },
  },
  concerns: {
    text: 'What would you like SMP to help with?',
    hint: 'Choose all that apply.',
    options: {
      'receding-hairline': 'A receding hairline',
      'diffuse-thinning': 'Thinning hair all over my head',
      'bald-patches': 'Bald spots or patches',
      'complete-baldness': 'Complete baldness',
      alopecia: 'Alopecia areata (hair loss in patches, or all over, from an autoimmune condition)',
      scars: 'Scars on my scalp',
      birthmarks: 'A birthmark on my scalp',
      none: 'None of these',
    },
  },
  hairLossSigns: {
    text: 'Do any of these apply to your hair loss?',
    hint: 'Choose all that apply. A doctor should check these signs before you think about SMP.',
    options: {
      sudden: 'It started suddenly or quickly, or my hair comes out in clumps',
      'new-patches': 'I have new bald patches',
      'itchy-or-sore':
        'My scalp itches, burns, is sore or scaly, or looks red (on brown or black skin it may look darker or purple)',
      none: 'None of these',
    },
  },
  causeKnown: {
    text: 'Has a doctor told you why your hair is changing?',
    hint: 'Some causes of hair loss need treatment; others often get better on their own. It is best to find out the cause before you go to a hair clinic.',
    options: {
      yes: 'Yes',
      no: 'No',
      unsure: "I'm not sure",
    },
  },
  shavedLookOk: {
    text: 'Would you be happy to keep your head closely shaved?',
    hint: 'The shaved look only works if you keep your head closely shaved.',
    options: {
      yes: 'Yes',
      no: 'No',
      unsure: "I'm not sure",
    },
  },
  scalpCondition: {
    text: 'Do you have psoriasis, eczema or severe acne on your scalp?',
    hint: 'Sore or inflamed skin needs to settle down before SMP. Tell your practitioner about a scalp condition even when it is calm.',
    options: {
      none: 'No',
      controlled: 'Yes, but it is under control',
      active: 'Yes, it is active or flaring now',
    },
  },
  skinCancerHistory: {
    text: 'Have you ever had skin cancer?',
    hint: 'A skin doctor may need to check your scalp first.',
    options: {
      no: 'No',
      yes: 'Yes',
      unsure: "I'm not sure",
    },
  },
  keloidProne: {
    text: 'Do you get thick, raised scars when your skin heals?',
    hint: 'These are called keloid scars. SMP makes many tiny wounds in the skin, so how you scar matters.',
    options: {
      no: 'No',
      yes: 'Yes',
      unsure: "I'm not sure",
    },
  },
  bleedingRisk: {
    text: 'Do you have a bleeding or clotting problem, or take medicine that thins your blood?',
    hint: 'This can affect bleeding and healing after SMP.',
    options: {
      no: 'No',
      yes: 'Yes',
      unsure: "I'm not sure",
    },
  },
  pigmentAllergy: {
    text: 'Have you ever had an allergic reaction to tattoo ink or other pigments?',
    hint: 'This kind of allergy is rare, but it is worth checking first.',
    options: {
      no: 'No',
      yes: 'Yes',
      unsure: "I'm not sure",
    },
  },
  immune: {
    text: 'Are you having chemotherapy, or taking a medicine that weakens your immune system? Or do you have an autoimmune disease?',
    hint: 'Your immune system is your body’s defence against germs. Some illnesses and medicines weaken it, so an infection is more likely. In an autoimmune disease, such as alopecia areata, it attacks the body by mistake.',
    options: {
      no: 'No',
      chemotherapy: 'Yes, I am having chemotherapy',
      'autoimmune-or-other':
        'Yes, I take a medicine that weakens my immune system, or I have an autoimmune disease or another illness that affects it',
      unsure: "I'm not sure",
    },
  },
  pregnancy: {
    text: 'Are you pregnant or breastfeeding?',
    hint: 'The usual advice is to wait until after pregnancy and breastfeeding.',
    options: {
      no: 'No',
      pregnant: 'Yes, I am pregnant',
      breastfeeding: 'Yes, I am breastfeeding',
      unsure: "I'm not sure",
    },
  },
  healingCondition: {
    text: 'Do you have a health problem that slows healing, such as diabetes that is not under control?',
    hint: 'Your skin needs to heal well after each session.',
    options: {
      no: 'No',
      yes: 'Yes',
      unsure: "I'm not sure",
    },
  },
}

const hi: QuestionTexts = {
  age: {
    text: 'आपकी उम्र कितनी है?',
    hint: 'कुछ क्लिनिक सिर्फ़ बालिगों का इलाज करते हैं। कुछ देशों में क़ानून 18 साल से कम उम्र के लोगों के लिए SMP की इजाज़त नहीं देता।',
    options: {
      'under-18': '18 साल से कम',
      '18-or-over': '18 साल या उससे ज़्यादा',
    },
  },
  concerns: {
    text: 'आप SMP से किस चीज़ में मदद चाहते हैं?',
    hint: 'जो भी लागू हों, सब चुनें।',
    options: {
      'receding-hairline': 'हेयरलाइन पीछे जा रही है',
      'diffuse-thinning': 'पूरे सिर पर बाल पतले हो रहे हैं',
      'bald-patches': 'सिर पर गंजे धब्बे या पैच',
      'complete-baldness': 'पूरा गंजापन',
      alopecia: 'एलोपेसिया एरियाटा (ऑटोइम्यून बीमारी, जिसमें पैच में या पूरे सिर से बाल झड़ते हैं)',
      scars: 'मेरे स्कैल्प पर निशान',
      birthmarks: 'मेरे स्कैल्प पर बर्थमार्क (जन्म का निशान)',
      none: 'इनमें से कोई नहीं',
    },
  },
  hairLossSigns: {
    text: 'क्या आपके बाल झड़ने में इनमें से कोई बात है?',
    hint: 'जो भी लागू हों, सब चुनें। SMP के बारे में सोचने से पहले इन संकेतों की जाँच डॉक्टर से करवाएँ।',
    options: {
      sudden: 'बाल अचानक या तेज़ी से झड़ने लगे, या गुच्छों में निकलते हैं',
      'new-patches': 'सिर पर नए गंजे पैच बने हैं',
      'itchy-or-sore':
        'मेरे स्कैल्प में खुजली, जलन या दर्द है, पपड़ी है, या लाली है (भूरी या काली त्वचा पर ज़्यादा गहरी या बैंगनी दिख सकती है)',
      none: 'इनमें से कोई नहीं',
    },
  },
  causeKnown: {
    text: 'क्या किसी डॉक्टर ने आपको बताया है कि आपके बाल क्यों बदल रहे हैं?',
    hint: 'बाल झड़ने की कुछ वजहों का इलाज ज़रूरी होता है, और कुछ अक्सर अपने-आप ठीक हो जाती हैं। हेयर क्लिनिक जाने से पहले वजह पता कर लेना सबसे अच्छा है।',
    options: {
      yes: 'हाँ',
      no: 'नहीं',
      unsure: 'मुझे पक्का नहीं पता',
    },
  },
  shavedLookOk: {
    text: 'क्या आप अपना सिर हमेशा एकदम छोटा शेव करके रखने को तैयार हैं?',
    hint: 'शेव्ड लुक तभी अच्छा दिखता है, जब सिर एकदम छोटा शेव करके रखा जाए।',
    options: {
      yes: 'हाँ',
      no: 'नहीं',
      unsure: 'मुझे पक्का नहीं पता',
    },
  },
  scalpCondition: {
    text: 'क्या आपके स्कैल्प पर सोरायसिस, एक्ज़िमा या बहुत ज़्यादा मुंहासे हैं?',
    hint: 'SMP से पहले दर्द या सूजन वाली त्वचा का ठीक होना ज़रूरी है। स्कैल्प की बीमारी शांत हो, तब भी अपने प्रैक्टिशनर को उसके बारे में बताएँ।',
    options: {
      none: 'नहीं',
      controlled: 'हाँ, पर अभी काबू में है',
      active: 'हाँ, अभी यह भड़की हुई है',
    },
  },
  skinCancerHistory: {
    text: 'क्या आपको कभी स्किन कैंसर हुआ है?',
    hint: 'हो सकता है पहले त्वचा के डॉक्टर को आपका स्कैल्प देखना पड़े।',
    options: {
      no: 'नहीं',
      yes: 'हाँ',
      unsure: 'मुझे पक्का नहीं पता',
    },
  },
  keloidProne: {
    text: 'क्या घाव भरने पर आपकी त्वचा पर मोटे, उभरे हुए निशान बन जाते हैं?',
    hint: 'इन्हें केलॉइड निशान कहते हैं। SMP त्वचा में बहुत सारे छोटे घाव बनाता है, इसलिए यह जानना ज़रूरी है कि आपके घाव कैसे भरते हैं।',
    options: {
      no: 'नहीं',
      yes: 'हाँ',
      unsure: 'मुझे पक्का नहीं पता',
    },
  },
  bleedingRisk: {
    text: 'क्या आपको ख़ून बहने या ख़ून जमने की कोई समस्या है, या आप ख़ून पतला करने वाली दवा लेते हैं?',
    hint: 'इससे SMP के बाद ख़ून बहने और घाव भरने पर असर पड़ सकता है।',
    options: {
      no: 'नहीं',
      yes: 'हाँ',
      unsure: 'मुझे पक्का नहीं पता',
    },
  },
  pigmentAllergy: {
    text: 'क्या आपको कभी टैटू की स्याही या किसी और पिगमेंट से एलर्जी हुई है?',
    hint: 'ऐसी एलर्जी कम ही होती है, फिर भी पहले जाँच लेना अच्छा है।',
    options: {
      no: 'नहीं',
      yes: 'हाँ',
      unsure: 'मुझे पक्का नहीं पता',
    },
  },
  immune: {
    text: 'क्या आपकी कीमोथेरेपी चल रही है, या आप ऐसी दवा लेते हैं जो इम्यून सिस्टम को कमज़ोर करती है? या आपको कोई ऑटोइम्यून बीमारी है?',
    hint: 'इम्यून सिस्टम शरीर को कीटाणुओं से बचाता है। कुछ बीमारियाँ और दवाएँ इसे कमज़ोर करती हैं, जिससे इन्फ़ेक्शन का ख़तरा बढ़ जाता है। ऑटोइम्यून बीमारी में, जैसे एलोपेसिया एरियाटा में, यह ग़लती से शरीर पर ही हमला करता है।',
    options: {
      no: 'नहीं',
      chemotherapy: 'हाँ, मेरी कीमोथेरेपी चल रही है',
      'autoimmune-or-other':
        'हाँ, मेरी कोई दवा इम्यून सिस्टम को कमज़ोर करती है, या मुझे ऑटोइम्यून या कोई और ऐसी बीमारी है जो इस पर असर डालती है',
      unsure: 'मुझे पक्का नहीं पता',
    },
  },
  pregnancy: {
    text: 'क्या आप प्रेग्नेंट (गर्भवती) हैं, या बच्चे को अपना दूध पिलाती हैं?',
    hint: 'आम सलाह यही है कि प्रेग्नेंसी और ब्रेस्टफ़ीडिंग ख़त्म होने तक रुकें।',
    options: {
      no: 'नहीं',
      pregnant: 'हाँ, मैं प्रेग्नेंट हूं',
      breastfeeding: 'हाँ, मैं बच्चे को अपना दूध पिलाती हूं',
      unsure: 'मुझे पक्का नहीं पता',
    },
  },
  healingCondition: {
    text: 'क्या आपको सेहत की कोई ऐसी समस्या है जिससे घाव देर से भरते हैं, जैसे डायबिटीज़ जो काबू में न हो?',
    hint: 'हर सेशन के बाद आपकी त्वचा का ठीक से भरना ज़रूरी है।',
    options: {
      no: 'नहीं',
      yes: 'हाँ',
      unsure: 'मुझे पक्का नहीं पता',
    },
  },
}

export const questionTexts: Readonly<Record<Locale, QuestionTexts>> = { en, hi }
