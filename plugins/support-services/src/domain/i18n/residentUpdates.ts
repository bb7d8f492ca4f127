import type { Catalog } from '../messages'

type Key =
  | 'fields.statusUpdates'
  | 'options.statusUpdates.email'
  | 'options.statusUpdates.sms'
  | 'options.statusUpdates.none'
  | 'errors.updatesNeedEmail'
  | 'errors.updatesNeedPhone'
  | 'update.subject'
  | 'update.intro'
  | 'update.link'
  | 'update.why'
  | 'update.sms'
type Texts = Pick<Catalog, Key>

/** The choice of updates in the form, and the updates themselves. */
const sv: Texts = {
  'fields.statusUpdates': 'Vill du få veta när något händer med din anmälan?',
  'options.statusUpdates.email': 'Ja, via e-post',
  'options.statusUpdates.sms': 'Ja, via sms',
  'options.statusUpdates.none': 'Nej',
  'errors.updatesNeedEmail':
    'Du har valt att få veta via e-post, men har inte skrivit någon e-postadress. Skriv den under kontaktuppgifterna, eller ta bort valet.',
  'errors.updatesNeedPhone':
    'Du har valt att få veta via sms, men har inte skrivit något mobilnummer. Skriv det under kontaktuppgifterna, eller ta bort valet.',
  'update.subject': 'Nytt om din anmälan {reference}',
  'update.intro': 'Det har hänt något med din anmälan {reference}.',
  'update.link': 'På din sida ser du vad som händer nu:',
  'update.why':
    'Du får det här meddelandet för att du bad om det i din anmälan. Svara inte på det. Dela inte länken med någon.',
  'update.sms': 'Nytt om din anmälan {reference}: {phase} Läs mer: {link}',
}

const lattlast: Texts = {
  ...sv,
  'fields.statusUpdates': 'Vill du få ett meddelande när något händer?',
  'errors.updatesNeedEmail': 'Skriv din e-post. Eller ta bort valet.',
  'errors.updatesNeedPhone': 'Skriv ditt mobilnummer. Eller ta bort valet.',
  'update.intro': 'Något har hänt med din anmälan {reference}.',
  'update.link': 'Läs mer på din sida:',
}

const en: Texts = {
  'fields.statusUpdates': 'Do you want to be told when something happens with your referral?',
  'options.statusUpdates.email': 'Yes, by email',
  'options.statusUpdates.sms': 'Yes, by text message',
  'options.statusUpdates.none': 'No',
  'errors.updatesNeedEmail':
    'You chose to be told by email but have not entered an email address. Enter it with your contact details, or remove the choice.',
  'errors.updatesNeedPhone':
    'You chose to be told by text message but have not entered a mobile number. Enter it with your contact details, or remove the choice.',
  'update.subject': 'News about your referral {reference}',
  'update.intro': 'Something has happened with your referral {reference}.',
  'update.link': 'Your page shows what happens next:',
  'update.why':
    'You get this message because you asked for it in your referral. Do not reply to it. Do not share the link with anyone.',
  'update.sms': 'News about your referral {reference}: {phase} More: {link}',
}

const ar: Texts = {
  'fields.statusUpdates': 'هل تريد أن نخبرك عندما يحدث شيء في طلبك؟',
  'options.statusUpdates.email': 'نعم، عبر البريد الإلكتروني',
  'options.statusUpdates.sms': 'نعم، عبر رسالة نصية',
  'options.statusUpdates.none': 'لا',
  'errors.updatesNeedEmail':
    'اخترت أن نخبرك عبر البريد الإلكتروني لكنك لم تكتب عنوان بريد إلكتروني. اكتبه مع بيانات التواصل، أو ألغِ هذا الاختيار.',
  'errors.updatesNeedPhone':
    'اخترت أن نخبرك برسالة نصية لكنك لم تكتب رقم هاتف محمول. اكتبه مع بيانات التواصل، أو ألغِ هذا الاختيار.',
  'update.subject': 'جديد عن طلبك {reference}',
  'update.intro': 'حدث شيء في طلبك {reference}.',
  'update.link': 'في صفحتك ترى ما سيحدث الآن:',
  'update.why': 'تصلك هذه الرسالة لأنك طلبتها في طلبك. لا ترد عليها. لا تشارك الرابط مع أحد.',
  'update.sms': 'جديد عن طلبك {reference}: {phase} المزيد: {link}',
}

const fi: Texts = {
  'fields.statusUpdates': 'Haluatko tietää, kun ilmoituksessasi tapahtuu jotain?',
  'options.statusUpdates.email': 'Kyllä, sähköpostilla',
  'options.statusUpdates.sms': 'Kyllä, tekstiviestillä',
  'options.statusUpdates.none': 'Ei',
  'errors.updatesNeedEmail':
    'Valitsit tiedon sähköpostilla, mutta et kirjoittanut sähköpostiosoitetta. Kirjoita se yhteystietoihin tai poista valinta.',
  'errors.updatesNeedPhone':
    'Valitsit tiedon tekstiviestillä, mutta et kirjoittanut matkapuhelinnumeroa. Kirjoita se yhteystietoihin tai poista valinta.',
  'update.subject': 'Uutta ilmoituksestasi {reference}',
  'update.intro': 'Ilmoituksessasi {reference} on tapahtunut jotain.',
  'update.link': 'Sivultasi näet, mitä tapahtuu seuraavaksi:',
  'update.why':
    'Saat tämän viestin, koska pyysit sitä ilmoituksessasi. Älä vastaa siihen. Älä jaa linkkiä kenellekään.',
  'update.sms': 'Uutta ilmoituksestasi {reference}: {phase} Lisää: {link}',
}

export const residentUpdateTexts = { sv, lattlast, en, ar, fi }
