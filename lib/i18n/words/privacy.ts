// The privacy notice's own words (pages/privacy.tsx, pages/hi/privacy.tsx); its title and description are
// pages.ts. The clinic's values come from content/site.yaml (`privacy`, TODO until written: then the "ask"
// sentence), the country's rights and regulator from content/regions.yaml (`dataProtection`).
import type { Locale } from '@/lib/i18n/locales'

const en = {
  intro:
    'This page explains, in plain words, what happens to information about you when you use this website or contact {clinic}.',
  thisSite: 'What this website collects',
  nothing:
    'Nothing. This website does not ask for your name. It does not use cookies, analytics or tracking, and it has no forms that send anything to us.',
  selfCheck:
    'The self-check keeps your answers in this browser tab only. They are gone when you close the tab, and they are never sent to us.',
  planner:
    'The aftercare planner keeps the date of your session in this browser on your device, so it is there when you come back. It is never sent to us. You can remove it by clearing this website’s data in your browser.',
  host: 'Like every website, the company that hosts this one may keep a short technical record of each visit, such as the internet address and the page asked for, to keep the website working and safe.',
  messages: 'Messages you send us',
  ownSystems:
    'When you phone us, send us a WhatsApp message or email us, your message goes to the clinic’s own phone, WhatsApp account or email inbox. It does not pass through this website.',
  apps: 'WhatsApp and your email provider have their own privacy rules.',
  readBy: 'Your message is read by {readBy}.',
  readByAsk: 'Ask us who reads messages.',
  keptFor: 'We keep it for {keptFor}.',
  keptForAsk: 'Ask us how long we keep messages.',
  controller: 'The business responsible for your messages is {controller}.',
  controllerAsk: 'Ask us which business is responsible for your messages.',
  health:
    'The law gives information about your health extra protection. So please do not send photos or details about your health before your consultation. We will talk about them with you in private at the consultation.',
  rights: 'Your rights',
  ask: 'To ask about your personal information, email {email} or call {phone}.',
  complain: 'If you are not happy with our answer, you can complain to {regulator}.',
  regulatorLinkHint: '(opens their website)',
}

export type PrivacyWords = typeof en

const hi: PrivacyWords = {
  intro:
    'यह पेज आसान शब्दों में बताता है कि जब आप यह वेबसाइट इस्तेमाल करते हैं या {clinic} से संपर्क करते हैं, तो आपकी जानकारी का क्या होता है।',
  thisSite: 'यह वेबसाइट क्या जानकारी लेती है',
  nothing:
    'कुछ नहीं। यह वेबसाइट आपका नाम नहीं पूछती। यह कुकीज़, एनालिटिक्स या ट्रैकिंग का इस्तेमाल नहीं करती, और इसमें कोई फ़ॉर्म नहीं है जो हमें कुछ भेजे।',
  selfCheck: 'सेल्फ़-चेक आपके जवाब सिर्फ़ इसी ब्राउज़र टैब में रखता है। टैब बंद करते ही वे मिट जाते हैं, और हमें कभी नहीं भेजे जाते।',
  planner:
    'आफ़्टरकेयर प्लानर आपके सेशन की तारीख़ आपके डिवाइस पर इसी ब्राउज़र में रखता है, ताकि आप लौटें तो वह वहीं मिले। यह हमें कभी नहीं भेजी जाती। इसे हटाने के लिए अपने ब्राउज़र में इस वेबसाइट का डेटा मिटा दें।',
  host: 'हर वेबसाइट की तरह, इसे चलाने वाली (होस्ट करने वाली) कंपनी हर विज़िट का एक छोटा तकनीकी रिकॉर्ड रख सकती है, जैसे इंटरनेट पता और खोला गया पेज, ताकि वेबसाइट ठीक से और सुरक्षित चले।',
  messages: 'आप हमें जो मैसेज भेजते हैं',
  ownSystems:
    'जब आप हमें फ़ोन करते हैं, WhatsApp पर मैसेज भेजते हैं या ईमेल करते हैं, तो आपका मैसेज क्लिनिक के अपने फ़ोन, WhatsApp अकाउंट या ईमेल इनबॉक्स में जाता है। वह इस वेबसाइट से होकर नहीं जाता।',
  apps: 'WhatsApp और आपकी ईमेल सेवा के अपने प्राइवेसी नियम हैं।',
  readBy: 'आपका मैसेज {readBy} पढ़ते हैं।',
  readByAsk: 'हमसे पूछें कि मैसेज कौन पढ़ता है।',
  keptFor: 'हम उसे {keptFor} रखते हैं।',
  keptForAsk: 'हमसे पूछें कि हम मैसेज कितने समय तक रखते हैं।',
  controller: 'आपके मैसेज की ज़िम्मेदारी {controller} की है।',
  controllerAsk: 'हमसे पूछें कि आपके मैसेज की ज़िम्मेदारी किस कारोबार की है।',
  health:
    'क़ानून आपकी सेहत की जानकारी को ख़ास सुरक्षा देता है। इसलिए कंसल्टेशन से पहले कृपया अपनी फ़ोटो या अपनी सेहत के बारे में जानकारी न भेजें। कंसल्टेशन में हम इन पर आपसे अकेले में बात करेंगे।',
  rights: 'आपके हक़',
  ask: 'अपनी निजी जानकारी के बारे में पूछने के लिए {email} पर ईमेल करें या {phone} पर कॉल करें।',
  complain: 'अगर आप हमारे जवाब से संतुष्ट नहीं हैं, तो आप {regulator} से शिकायत कर सकते हैं।',
  regulatorLinkHint: '(उनकी वेबसाइट खुलेगी)',
}

export const privacyWords: Readonly<Record<Locale, PrivacyWords>> = { en, hi }
