import type { Locale } from '../locales'

/** The words of the open data that the service texts and the information sheet do not already have. */
const sv = {
  taxonomyName: 'Stödportalens metoder för arbetsinriktat stöd',
  taxonomyDescription:
    'Evidensbaserade metoder för stöd till arbete och studier för personer med psykisk funktionsnedsättning.',
  'term.ips': 'IPS (Individual Placement and Support)',
  'term.ips.description':
    'Individuellt stöd till ett vanligt betalt arbete, i samverkan med vården, utan krav på träning först.',
  'term.sed': 'SEd (Supported Education)',
  'term.sed.description':
    'Individuellt stöd för att börja, fortsätta eller slutföra studier, i samverkan med vården.',
  'term.se': 'SE (Supported Employment)',
  'term.se.description': 'Individuellt stöd till arbete med en arbetskonsulent.',
  organizationDescription: 'Utförare av stöd till arbete och studier: {services}.',
  servicePage: 'Tjänstens sida',
  referralForm: 'Anmälan',
  intake: 'Intaget',
  consent: 'Personen samtycker till att stödet ges i samverkan med vården.',
  'unit.waiting': 'Personer i kö',
  'unit.weeks': 'Veckor',
  'unit.months': 'Månader',
  waitingDescription: 'Personer som väntar på en plats.',
  waitDescription: 'Beräknad väntetid för den som anmäler sig nu.',
}

export type HsdsTextKey = keyof typeof sv

const en: Record<HsdsTextKey, string> = {
  taxonomyName: "Stödportalen's methods of work-oriented support",
  taxonomyDescription:
    'Evidence-based methods of support into work and studies for people with a psychiatric disability.',
  'term.ips': 'IPS (Individual Placement and Support)',
  'term.ips.description':
    'Individual support into ordinary paid work, together with care, with no training required first.',
  'term.sed': 'SEd (Supported Education)',
  'term.sed.description':
    'Individual support to start, continue or finish studies, together with care.',
  'term.se': 'SE (Supported Employment)',
  'term.se.description': 'Individual support into work with an employment consultant.',
  organizationDescription: 'Provider of support into work and studies: {services}.',
  servicePage: "The service's page",
  referralForm: 'Referral',
  intake: 'Intake',
  consent: 'The person agrees that the support is given together with their care.',
  'unit.waiting': 'People waiting',
  'unit.weeks': 'Weeks',
  'unit.months': 'Months',
  waitingDescription: 'People waiting for a place.',
  waitDescription: 'Estimated wait for someone who applies now.',
}

const ar: Record<HsdsTextKey, string> = {
  // The methods' names are the same in every language.
  'term.ips': sv['term.ips'],
  'term.sed': sv['term.sed'],
  'term.se': sv['term.se'],
  taxonomyName: 'أساليب الدعم نحو العمل في Stödportalen',
  taxonomyDescription:
    'أساليب قائمة على الأدلة لدعم الأشخاص ذوي الإعاقة النفسية في العمل والدراسة.',
  'term.ips.description': 'دعم فردي للحصول على عمل مأجور عادي، بالتعاون مع الرعاية الصحية.',
  'term.sed.description':
    'دعم فردي لبدء الدراسة أو مواصلتها أو إنهائها، بالتعاون مع الرعاية الصحية.',
  'term.se.description': 'دعم فردي للعمل مع مستشار عمل.',
  organizationDescription: 'جهة تقدم الدعم في العمل والدراسة: {services}.',
  servicePage: 'صفحة الخدمة',
  referralForm: 'طلب التسجيل',
  intake: 'فريق الاستقبال',
  consent: 'يوافق الشخص على تقديم الدعم بالتعاون مع الرعاية الصحية.',
  'unit.waiting': 'أشخاص في الانتظار',
  'unit.weeks': 'أسابيع',
  'unit.months': 'أشهر',
  waitingDescription: 'أشخاص ينتظرون مكاناً.',
  waitDescription: 'مدة الانتظار المقدرة لمن يسجل الآن.',
}

/** Easy-to-read Swedish where plain Swedish would be hard; the rest is Swedish. */
const lattlast: Partial<Record<HsdsTextKey, string>> = {
  consent: 'Personen säger ja till att vi pratar med vården.',
  waitingDescription: 'Så många väntar på en plats.',
  waitDescription: 'Så länge får du vänta om du anmäler dig nu.',
}

/** Finnish, awaiting review by a native speaker (`localeInfo.fi.awaitingReview`). */
const fi: Record<HsdsTextKey, string> = {
  taxonomyName: 'Stödportalenin työhön suuntautuvan tuen menetelmät',
  taxonomyDescription:
    'Näyttöön perustuvat menetelmät työhön ja opiskeluun tukemiseksi ihmisille, joilla on psyykkinen toimintarajoite.',
  'term.ips': 'IPS (Individual Placement and Support)',
  'term.ips.description':
    'Yksilöllinen tuki tavalliseen palkkatyöhön yhteistyössä hoidon kanssa, ilman vaatimusta harjoittelusta ensin.',
  'term.sed': 'SEd (Supported Education)',
  'term.sed.description':
    'Yksilöllinen tuki opintojen aloittamiseen, jatkamiseen tai loppuun saattamiseen yhteistyössä hoidon kanssa.',
  'term.se': 'SE (Supported Employment)',
  'term.se.description': 'Yksilöllinen tuki työhön työvalmentajan kanssa.',
  organizationDescription: 'Työhön ja opiskeluun tukevien palvelujen tuottaja: {services}.',
  servicePage: 'Palvelun sivu',
  referralForm: 'Ilmoitus',
  intake: 'Vastaanotto',
  consent: 'Henkilö suostuu siihen, että tuki annetaan yhteistyössä hoidon kanssa.',
  'unit.waiting': 'Odottavia ihmisiä',
  'unit.weeks': 'Viikkoa',
  'unit.months': 'Kuukautta',
  waitingDescription: 'Ihmiset, jotka odottavat paikkaa.',
  waitDescription: 'Arvioitu odotusaika sille, joka hakee nyt.',
}

/** Every language's texts; the catalog test compares them with the Swedish. */
export const hsdsCatalogs: Record<Locale, Partial<Record<HsdsTextKey, string>>> = {
  sv,
  lattlast,
  en,
  ar,
  fi,
}

/** An open-data text in the locale (Swedish where it has none), `{name}` placeholders filled. */
export const hsdsText = (
  locale: Locale,
  key: HsdsTextKey,
  params: Record<string, number | string> = {},
): string =>
  (hsdsCatalogs[locale][key] ?? sv[key]).replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  )
