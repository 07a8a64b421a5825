// The contact page's own words (pages/contact.tsx, pages/hi/contact.tsx) and the short messages its WhatsApp
// and email links start (lib/contact/enquiry.ts); its title and description are pages.ts.
import type { Locale } from '@/lib/i18n/locales'

const en = {
  intro:
    'Ask us anything about scalp micropigmentation, or book a consultation. There is no need to decide anything first.',
  locations: 'Where to find us',
  mapLink: 'See it on a map',
  /** After the map link, for screen readers: the link leaves the site. */
  mapLinkHint: '(OpenStreetMap, opens the map website)',
  enquire: 'How to get in touch',
  callUs: 'Call us on {phone}.',
  callPlace: 'To reach one place, call its own number above.',
  whatsapp: 'Send us a WhatsApp message',
  email: 'Send us an email',
  emailAddress: 'Our email address is {email}.',
  prefilled:
    'The WhatsApp and email links start a short message for you. It says only that you have a question. You can change it before you send it.',
  noHealthDetails:
    'Please do not send photos or details about your health before your consultation. We will talk about them with you in private at the consultation.',
  whatHappensNext: 'What happens next',
  replyTime: 'We usually reply {replyTime}.',
  noReplyTime: 'If you have not heard back from us, please call us.',
  nextSteps:
    'We answer your questions. If you want, we offer you a time for a consultation. At the consultation, a practitioner talks with you about your hair loss, your health and what you hope for, and answers your questions.',
  privacyLink: 'What happens to your message: {privacy}.',
  privacy: 'our privacy notice',
  /** The WhatsApp and email links' first message: the clinic's name only, never anything about health. */
  message: 'Hello {clinic}, I have a question about scalp micropigmentation.',
  emailSubject: 'A question about scalp micropigmentation',
}

export type ContactWords = typeof en

const hi: ContactWords = {
  intro: 'स्कैल्प माइक्रोपिगमेंटेशन के बारे में हमसे कुछ भी पूछें, या कंसल्टेशन बुक करें। पहले से कुछ तय करने की ज़रूरत नहीं है।',
  locations: 'हम कहाँ हैं',
  mapLink: 'नक्शे पर देखें',
  mapLinkHint: '(OpenStreetMap, नक्शे की वेबसाइट खुलेगी)',
  enquire: 'हमसे कैसे संपर्क करें',
  callUs: 'हमें {phone} पर कॉल करें।',
  callPlace: 'किसी एक जगह से बात करने के लिए, ऊपर दिए गए उसके अपने नंबर पर कॉल करें।',
  whatsapp: 'हमें WhatsApp पर मैसेज भेजें',
  email: 'हमें ईमेल भेजें',
  emailAddress: 'हमारा ईमेल पता {email} है।',
  prefilled:
    'WhatsApp और ईमेल के लिंक आपके लिए एक छोटा मैसेज शुरू कर देते हैं। उसमें बस यह लिखा होता है कि आपका एक सवाल है। भेजने से पहले आप उसे बदल सकते हैं।',
  noHealthDetails: 'कंसल्टेशन से पहले कृपया अपनी फ़ोटो या अपनी सेहत के बारे में जानकारी न भेजें। कंसल्टेशन में हम इन पर आपसे अकेले में बात करेंगे।',
  whatHappensNext: 'आगे क्या होता है',
  replyTime: 'हम आमतौर पर {replyTime} जवाब देते हैं।',
  noReplyTime: 'अगर हमारा जवाब न आए, तो कृपया हमें कॉल करें।',
  nextSteps:
    'हम आपके सवालों के जवाब देते हैं। आप चाहें, तो हम आपको कंसल्टेशन का समय देते हैं। कंसल्टेशन में प्रैक्टिशनर आपसे आपके बाल झड़ने, आपकी सेहत और आपकी उम्मीदों के बारे में बात करता है, और आपके सवालों के जवाब देता है।',
  privacyLink: 'आपके मैसेज का क्या होता है: {privacy}।',
  privacy: 'हमारी प्राइवेसी सूचना',
  message: 'नमस्ते {clinic}, मुझे स्कैल्प माइक्रोपिगमेंटेशन के बारे में एक सवाल पूछना है।',
  emailSubject: 'स्कैल्प माइक्रोपिगमेंटेशन के बारे में एक सवाल',
}

export const contactWords: Readonly<Record<Locale, ContactWords>> = { en, hi }
