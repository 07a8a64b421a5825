// What the self-check's rules say, in each language, keyed by rule id. The type is mapped from the rule
// ids (lib/candidacy/texts.ts), so a missing or extra rule in any language fails `tsc` naming it. A rule's
// outcome and link stay in lib/candidacy/rules.ts, shared by every language. Server-only: pages pass the
// words to the island as props. The Hindi is a machine translation nobody has checked yet, and says no
// more than the English.
import type { Locale } from '@/lib/i18n/locales'
import type { RuleTexts } from '@/lib/candidacy/texts'

const en: RuleTexts = {
  minor: {
    title: 'You are under 18',
    explanation:
      'Some clinics do not treat anyone under 18, and in some countries the law does not allow it. Your hair loss may also still change, and SMP is hard to undo. A doctor can talk with you about your hair in the meantime.',
  },
  'active-scalp-condition': {
    title: 'You have an active scalp condition',
    explanation:
      'SMP on sore or inflamed skin can make it worse and stop it healing well. Wait until the condition is under control. Your family doctor or a skin doctor (dermatologist) can help with that.',
  },
  chemotherapy: {
    title: 'You are having chemotherapy',
    explanation:
      'Chemotherapy weakens your body’s defences, so an infection is more likely. Talk to the doctor treating you before you book SMP.',
  },
  pregnancy: {
    title: 'You are, or may be, pregnant or breastfeeding',
    explanation:
      'There is no direct evidence that SMP causes harm, but the usual advice is to wait until after pregnancy and breastfeeding. If you are not sure whether you are pregnant, wait until you know.',
  },
  'hair-loss-warning-signs': {
    title: 'Your hair loss has signs a doctor should check',
    explanation:
      'See a doctor about your hair loss first, because its cause may need treatment. SMP hides hair loss but does not treat it. Hair loss that is still changing can change how SMP looks later.',
  },
  'cause-unknown': {
    title: 'You may not know yet why your hair is changing',
    explanation:
      'See your family doctor about your hair loss first, to find out why it is happening. Some causes need treatment, and a few need it early. Hair loss that is still changing can change how SMP looks later.',
  },
  'alopecia-areata': {
    title: 'You have alopecia areata',
    explanation:
      'Its patches can change and hair can grow back, which affects how SMP is planned and how it looks later. Talk to the doctor treating it, or your family doctor, before you book SMP. Then tell your practitioner what they said.',
  },
  'skin-cancer-history': {
    title: 'You have had, or may have had, skin cancer',
    explanation:
      'SMP is not known to cause cancer, but your scalp needs regular skin checks. Before you think about SMP, talk to your family doctor or a skin doctor (dermatologist). Do this too if you are not sure.',
  },
  keloid: {
    title: 'You may get thick, raised scars',
    explanation:
      'Some people heal with thick, raised scars called keloids. SMP makes many tiny wounds in the skin, so this is a risk to think about. Talk it through with your practitioner before you go ahead.',
  },
  'bleeding-risk': {
    title: 'You may bleed more easily',
    explanation:
      'A clotting problem or blood-thinning medicine can affect bleeding and healing. Talk to the doctor treating the condition or who prescribed the medicine before SMP, and tell your practitioner too. Never stop a prescribed medicine without that doctor’s advice.',
  },
  'pigment-allergy': {
    title: 'You may be allergic to pigments',
    explanation:
      'An allergy to SMP pigment is rare. Tell your practitioner and ask about a patch test, where a tiny amount is tried on your skin first. A clear patch test does not rule out a reaction later.',
  },
  autoimmune: {
    title: 'Something may affect your immune system',
    explanation:
      'Some illnesses and medicines weaken your body’s defences, so an infection after SMP is more likely. In an autoimmune disease, such as alopecia areata, your immune system attacks your own body by mistake: that is not the same as weak defences. Either way, talk to the doctor treating you, or your family doctor, before you book SMP.',
  },
  'healing-condition': {
    title: 'You may have a condition that slows healing',
    explanation:
      'Your skin needs to heal well after each session. Talk to your doctor first, even if you are not sure, and tell your practitioner about the condition.',
  },
  'controlled-scalp-condition': {
    title: 'You have a scalp condition that is under control',
    explanation:
      'Tell your practitioner about it, even when it is calm. SMP on inflamed skin can make a condition worse. If it flares up before a session, wait until it settles.',
  },
  'shaved-look': {
    title: 'You may not want to keep your head shaved',
    explanation:
      'The shaved look only works on a head you keep closely shaved, for as long as you want the look. If you would rather keep some hair, ask about the added-density look. Your practitioner can tell you whether it may suit your hair loss.',
  },
  'no-visible-concern': {
    title: 'You did not choose a hair loss concern',
    explanation:
      'SMP is used for hair loss, thinning hair, and scars or birthmarks on the scalp. A consultation can help you talk through what you hope for.',
  },
}

const hi: RuleTexts = {
  minor: {
    title: 'आपकी उम्र 18 साल से कम है',
    explanation:
      'कुछ क्लिनिक 18 साल से कम उम्र के लोगों का इलाज नहीं करते, और कुछ देशों में क़ानून इसकी इजाज़त नहीं देता। आपके बाल झड़ने का पैटर्न अभी बदल सकता है, और SMP को हटाना मुश्किल है। तब तक कोई डॉक्टर आपसे आपके बालों के बारे में बात कर सकते हैं।',
  },
  'active-scalp-condition': {
    title: 'आपके स्कैल्प की बीमारी अभी भड़की हुई है',
    explanation:
      'दर्द या सूजन वाली त्वचा पर SMP करने से बीमारी बढ़ सकती है, और त्वचा का ठीक से भरना मुश्किल हो सकता है। बीमारी के काबू में आने तक रुकें। इसमें आपके फ़ैमिली डॉक्टर या त्वचा के डॉक्टर (त्वचा रोग विशेषज्ञ) मदद कर सकते हैं।',
  },
  chemotherapy: {
    title: 'आपकी कीमोथेरेपी चल रही है',
    explanation:
      'कीमोथेरेपी से शरीर की कीटाणुओं से लड़ने की ताकत कम हो जाती है, इसलिए इन्फ़ेक्शन का ख़तरा बढ़ जाता है। SMP बुक करने से पहले उस डॉक्टर से बात करें जो आपका इलाज कर रहे हैं।',
  },
  pregnancy: {
    title: 'आप प्रेग्नेंट हैं या हो सकती हैं, या बच्चे को अपना दूध पिलाती हैं',
    explanation:
      'इसका कोई सीधा सबूत नहीं है कि SMP से नुकसान होता है। फिर भी आम सलाह यही है कि प्रेग्नेंसी और ब्रेस्टफ़ीडिंग ख़त्म होने तक रुकें। अगर आपको पक्का नहीं पता कि आप प्रेग्नेंट हैं, तो पता चलने तक रुकें।',
  },
  'hair-loss-warning-signs': {
    title: 'आपके बाल झड़ने के कुछ संकेत डॉक्टर को दिखाने चाहिए',
    explanation:
      'पहले अपने बाल झड़ने के बारे में डॉक्टर को दिखाएँ, क्योंकि हो सकता है इसकी वजह का इलाज ज़रूरी हो। SMP बाल झड़ना छिपाता है, उसका इलाज नहीं करता। अगर बाल झड़ना अभी बदल रहा है, तो बाद में SMP अलग दिख सकता है।',
  },
  'cause-unknown': {
    title: 'हो सकता है आपको अभी पता न हो कि आपके बाल क्यों बदल रहे हैं',
    explanation:
      'पहले अपने फ़ैमिली डॉक्टर को बाल झड़ने के बारे में दिखाएँ, ताकि इसकी वजह पता चले। कुछ वजहों का इलाज ज़रूरी होता है, और कुछ का इलाज जल्दी होना चाहिए। अगर बाल झड़ना अभी बदल रहा है, तो बाद में SMP अलग दिख सकता है।',
  },
  'alopecia-areata': {
    title: 'आपको एलोपेसिया एरियाटा है',
    explanation:
      'इसके पैच बदल सकते हैं और बाल वापस उग सकते हैं। इसका असर SMP की योजना पर पड़ता है, और इस पर भी कि बाद में SMP कैसा दिखेगा। SMP बुक करने से पहले उस डॉक्टर से बात करें जो इसका इलाज कर रहे हैं, या अपने फ़ैमिली डॉक्टर से। फिर उनकी बात अपने प्रैक्टिशनर को बताएँ।',
  },
  'skin-cancer-history': {
    title: 'आपको स्किन कैंसर हुआ है, या शायद हुआ हो',
    explanation:
      'यह नहीं माना जाता कि SMP से कैंसर होता है, लेकिन आपके स्कैल्प की त्वचा की नियमित जाँच ज़रूरी है। SMP के बारे में सोचने से पहले अपने फ़ैमिली डॉक्टर या त्वचा के डॉक्टर (त्वचा रोग विशेषज्ञ) से बात करें। पक्का न पता हो, तब भी ऐसा करें।',
  },
  keloid: {
    title: 'आपको मोटे, उभरे हुए निशान बन सकते हैं',
    explanation:
      'कुछ लोगों में घाव भरने पर मोटे, उभरे हुए निशान बनते हैं, जिन्हें केलॉइड कहते हैं। SMP त्वचा में बहुत सारे छोटे घाव बनाता है, इसलिए इस खतरे के बारे में सोचना ज़रूरी है। आगे बढ़ने से पहले अपने प्रैक्टिशनर से इस पर बात करें।',
  },
  'bleeding-risk': {
    title: 'आपका ख़ून आसानी से बह सकता है',
    explanation:
      'ख़ून जमने की समस्या या ख़ून पतला करने वाली दवा से ख़ून बहने और घाव भरने पर असर पड़ सकता है। SMP से पहले उस डॉक्टर से बात करें जो यह समस्या देख रहे हैं या जिन्होंने दवा लिखी है, और अपने प्रैक्टिशनर को भी बताएँ। डॉक्टर की लिखी दवा, उनकी सलाह के बिना कभी बंद न करें।',
  },
  'pigment-allergy': {
    title: 'आपको पिगमेंट से एलर्जी हो सकती है',
    explanation:
      'SMP के पिगमेंट से एलर्जी कम ही होती है। अपने प्रैक्टिशनर को बताएँ और पैच टेस्ट के बारे में पूछें, जिसमें पहले थोड़ा-सा पिगमेंट आपकी त्वचा पर लगाकर देखा जाता है। पैच टेस्ट ठीक रहे, तब भी बाद में रिएक्शन हो सकता है।',
  },
  autoimmune: {
    title: 'हो सकता है कोई चीज़ आपके इम्यून सिस्टम पर असर डाल रही हो',
    explanation:
      'कुछ बीमारियाँ और दवाएँ शरीर की कीटाणुओं से लड़ने की ताकत कम करती हैं, इसलिए SMP के बाद इन्फ़ेक्शन का ख़तरा बढ़ जाता है। ऑटोइम्यून बीमारी में, जैसे एलोपेसिया एरियाटा में, इम्यून सिस्टम ग़लती से अपने ही शरीर पर हमला करता है: यह कमज़ोर इम्यून सिस्टम जैसा नहीं है। दोनों हालात में, SMP बुक करने से पहले अपना इलाज कर रहे डॉक्टर से, या अपने फ़ैमिली डॉक्टर से बात करें।',
  },
  'healing-condition': {
    title: 'आपको ऐसी बीमारी हो सकती है जिससे घाव देर से भरते हैं',
    explanation:
      'हर सेशन के बाद आपकी त्वचा का ठीक से भरना ज़रूरी है। पक्का न पता हो, तब भी पहले अपने डॉक्टर से बात करें, और अपने प्रैक्टिशनर को इस बीमारी के बारे में बताएँ।',
  },
  'controlled-scalp-condition': {
    title: 'आपके स्कैल्प की बीमारी काबू में है',
    explanation:
      'यह शांत हो, तब भी अपने प्रैक्टिशनर को इसके बारे में बताएँ। सूजन वाली त्वचा पर SMP करने से बीमारी बढ़ सकती है। अगर सेशन से पहले यह भड़क जाए, तो इसके शांत होने तक रुकें।',
  },
  'shaved-look': {
    title: 'हो सकता है आप सिर शेव करके न रखना चाहें',
    explanation:
      'शेव्ड लुक के लिए सिर को हमेशा एकदम छोटा शेव करके रखना होता है, जब तक आप यह लुक चाहें। अगर आप कुछ बाल रखना चाहते हैं, तो घनापन बढ़ाने वाले लुक के बारे में पूछें। आपके प्रैक्टिशनर बता सकते हैं कि यह आपके बाल झड़ने के लिए ठीक हो सकता है या नहीं।',
  },
  'no-visible-concern': {
    title: 'आपने बाल झड़ने से जुड़ी कोई परेशानी नहीं चुनी',
    explanation:
      'SMP बाल झड़ने, पतले बालों, और स्कैल्प पर निशानों या बर्थमार्क के लिए किया जाता है। कंसल्टेशन में आप बता सकते हैं कि आप क्या चाहते हैं।',
  },
}

export const ruleTexts: Readonly<Record<Locale, RuleTexts>> = { en, hi }
