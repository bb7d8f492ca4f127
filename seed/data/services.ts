import type {
  EligibilityRules,
  FormDefinition,
  Locale,
  LocalizedText,
} from '@stodportalen/support-services/domain'

/**
 * The three services Uppsala kommun offers, as seed data: public texts, eligibility rules and the
 * self-referral form of each service.
 *
 * Sources (the project's source documents, numbered as in DOMAIN.md): IPS and SEd texts and rules
 * come from Uppsala kommun's follow-up "Verksamhetsuppföljning arbetsmarknad september 2025" [000]; the 8 IPS principles and the 5 SE steps
 * from Göteborgs Stad's IPS report [002], explained with the Hudiksvall evaluation [003]. The rules for
 * SE are not in any document: they are an assumption and say so in `rulesSource`.
 *
 * The Finnish texts (`fi`) await review by a native speaker: the CMS shows the language as
 * "Suomi (granskas)" until `localeInfo.fi.awaitingReview` is removed.
 *
 * All contact details are fictional: phone numbers from the ranges PTS reserves for fiction
 * (031-390 06 00–99), e-mail on the reserved `.example` domain, a made-up street address.
 */
import { enkopingHaboUnit, goteborgUnits, type UnitSeed, uppsalaUnit } from './units'

/** A text in every locale the portal publishes. Assignable to `LocalizedText`. */
type Text4 = Record<Locale, string>

export interface ServiceSeed {
  slug: 'ips' | 'sed' | 'se' | 'ips-enkoping-habo' | GoteborgSlug
  method: 'ips' | 'sed' | 'se'
  /** The unit that gives it (`units.ts`), by name. */
  unit: string
  name: LocalizedText
  summary: LocalizedText
  whoFor: LocalizedText
  whatYouGet: LocalizedText[]
  howItWorks: { title: LocalizedText; text: LocalizedText }[]
  principles: { title: LocalizedText; text: LocalizedText }[]
  provider: string
  municipality: { code: string; name: string }
  contact: { phone: string; email: string; address: string; openingHours: LocalizedText }
  languages: string[]
  caseloadTarget: number
  /** The board's targets for a year (the seed gives them to this year and the last). */
  yearlyTargets: { peopleSupported: number; maxWaitDays: number; shareIntoWorkOrStudies: number }
  eligibilityRules: EligibilityRules
  rulesSource: LocalizedText
  form: { title: LocalizedText; intro: LocalizedText; definition: FormDefinition }
}

const uppsala = { code: '0380', name: 'Uppsala kommun' }
const provider = uppsalaUnit.name
/** Fictional street address (the department's real address is not used). */
const address = 'Exempelgatan 10, 753 00 Uppsala'
/** Active cases per full-time coach (IPS target in [003]; used for all three services). */
const caseloadTarget = 20

const openingHours: Text4 = {
  sv: 'Telefontid måndag–fredag kl. 9–11 och 13–15.',
  lattlast: 'Du kan ringa måndag till fredag. Klockan 9 till 11 och klockan 13 till 15.',
  en: 'Phone hours Monday–Friday, 9–11 am and 1–3 pm.',
  ar: 'أوقات الاتصال الهاتفي: من الاثنين إلى الجمعة، من 9 إلى 11 صباحاً ومن 1 إلى 3 بعد الظهر.',
  fi: 'Puhelinajat maanantaista perjantaihin klo 9–11 ja 13–15.',
}

/* ------------------------------------------------------------------------------------------------
 * Steps shared by all services: referral and queue
 * ---------------------------------------------------------------------------------------------- */

const stepReferral: { title: Text4; text: Text4 } = {
  title: {
    sv: 'Du gör en anmälan',
    lattlast: 'Du fyller i en anmälan',
    en: 'You send a referral',
    ar: 'ترسل طلباً',
    fi: 'Teet ilmoituksen',
  },
  text: {
    sv: 'Du fyller i anmälan här på webbplatsen. Någon i vården, en anhörig eller en annan verksamhet kan också hjälpa dig med anmälan.',
    lattlast:
      'Du fyller i anmälan här. Någon annan kan hjälpa dig. Det kan vara någon i vården eller någon i din familj.',
    en: 'You fill in the referral form here on the website. Someone in health care, a relative or another service can also help you with it.',
    ar: 'تملأ استمارة الطلب هنا على الموقع. يمكن أيضاً لشخص من الرعاية الصحية أو أحد أقاربك أو جهة أخرى أن يساعدك في ذلك.',
    fi: 'Täytät ilmoituksen täällä verkkosivuilla. Joku terveydenhuollosta, läheinen tai toinen palvelu voi myös auttaa sinua siinä.',
  },
}

const stepQueue: { title: Text4; text: Text4 } = {
  title: {
    sv: 'Du står i kö',
    lattlast: 'Du väntar',
    en: 'You wait in the queue',
    ar: 'تنتظر في قائمة الانتظار',
    fi: 'Odotat jonossa',
  },
  text: {
    sv: 'Det finns ofta en kö. Här på webbplatsen ser du den ungefärliga väntetiden just nu. Du får ett referensnummer som du kan uppge om du vill fråga om din anmälan.',
    lattlast:
      'Ofta får du vänta en tid. Här kan du se ungefär hur länge. Du får ett nummer. Det kallas referensnummer. Säg numret om du ringer till oss.',
    en: 'There is often a queue. On this website you can see the current estimated waiting time. You get a reference number to give if you want to ask about your referral.',
    ar: 'غالباً ما توجد قائمة انتظار. يمكنك أن ترى على هذا الموقع مدة الانتظار التقريبية حالياً. ستحصل على رقم مرجعي تذكره إذا أردت الاستفسار عن طلبك.',
    fi: 'Usein on jonoa. Näillä verkkosivuilla näet tämänhetkisen arvioidun odotusajan. Saat viitenumeron, jonka voit kertoa, jos haluat kysyä ilmoituksestasi.',
  },
}

const stepFollowUp: { title: Text4; text: Text4 } = {
  title: {
    sv: 'Ni följer upp hur det går',
    lattlast: 'Ni pratar om hur det går',
    en: 'You follow up how it is going',
    ar: 'تتابعان كيف تسير الأمور',
    fi: 'Seuraatte, miten menee',
  },
  text: {
    sv: 'Ni följer regelbundet upp hur det går. Om insatsen inte hjälper dig framåt omprövas den, och du kan få hjälp att hitta ett annat stöd som passar dig bättre.',
    lattlast:
      'Ni pratar ofta om hur det går. Ibland hjälper stödet inte. Då kan du få hjälp att hitta ett annat stöd.',
    en: 'You regularly follow up how things are going. If the support does not move you forward, it is re-assessed, and you can get help to find other support that suits you better.',
    ar: 'تتابعان بانتظام كيف تسير الأمور. إذا لم يساعدك الدعم على التقدّم، يُعاد تقييمه، ويمكنك الحصول على مساعدة لإيجاد دعم آخر يناسبك أكثر.',
    fi: 'Seuraatte säännöllisesti, miten asiat etenevät. Jos tuki ei vie sinua eteenpäin, se arvioidaan uudelleen, ja voit saada apua löytääksesi toisen tuen, joka sopii sinulle paremmin.',
  },
}

/* ------------------------------------------------------------------------------------------------
 * The self-referral form: the same short form for every service, with service-specific wording
 * ---------------------------------------------------------------------------------------------- */

const professional = { question: 'referrerKind', equals: 'professional' } as const

interface FormWording {
  title: Text4
  intro: Text4
  /** Label of the consent question (who collaborates with the care provider). */
  consentLabel: Text4
}

/**
 * Builds a self-referral form: six short steps, one topic each, phone-friendly. Asks only what
 * intake needs: no diagnosis, no health details.
 */
function selfReferralForm(w: FormWording): ServiceSeed['form'] {
  const definition: FormDefinition = {
    steps: [
      {
        id: 'whoIsFillingIn',
        title: {
          sv: 'Vem fyller i?',
          lattlast: 'Vem fyller i?',
          en: 'Who is filling in the form?',
          ar: 'من يملأ الاستمارة؟',
          fi: 'Kuka täyttää lomakkeen?',
        },
        intro: {
          sv: 'Du kan göra en anmälan för din egen del, eller hjälpa någon annan med den.',
          lattlast: 'Du kan fylla i för dig själv. Du kan också hjälpa någon annan.',
          en: 'You can send a referral for yourself, or help someone else to send one.',
          ar: 'يمكنك تقديم الطلب لنفسك، أو مساعدة شخص آخر على تقديمه.',
          fi: 'Voit tehdä ilmoituksen itsestäsi tai auttaa jotakuta toista tekemään sen.',
        },
        questions: [
          {
            kind: 'standard',
            field: 'referrerKind',
            required: true,
            label: {
              sv: 'Vem fyller i formuläret?',
              lattlast: 'Vem fyller i?',
              en: 'Who is filling in the form?',
              ar: 'من يملأ الاستمارة؟',
              fi: 'Kuka täyttää lomakkeen?',
            },
          },
          {
            kind: 'standard',
            field: 'referrerName',
            required: true,
            showWhen: professional,
            label: {
              sv: 'Ditt namn',
              lattlast: 'Ditt namn',
              en: 'Your name',
              ar: 'اسمك',
              fi: 'Nimesi',
            },
          },
          {
            kind: 'standard',
            field: 'referrerOrganisation',
            required: true,
            showWhen: professional,
            label: {
              sv: 'Din organisation eller arbetsplats',
              lattlast: 'Var arbetar du?',
              en: 'Your organisation or workplace',
              ar: 'جهتك أو مكان عملك',
              fi: 'Organisaatiosi tai työpaikkasi',
            },
            hint: {
              sv: 'Till exempel psykiatrisk mottagning, vårdcentral eller socialtjänsten.',
              lattlast: 'Till exempel vårdcentralen eller socialtjänsten.',
              en: 'For example a psychiatric clinic, a primary care centre or social services.',
              ar: 'مثلاً: عيادة نفسية، أو مركز رعاية صحية أولية، أو الخدمات الاجتماعية.',
              fi: 'Esimerkiksi psykiatrian poliklinikka, terveyskeskus tai sosiaalipalvelut.',
            },
          },
          {
            kind: 'standard',
            field: 'referrerPhone',
            required: false,
            showWhen: professional,
            label: {
              sv: 'Ditt telefonnummer i arbetet',
              lattlast: 'Ditt telefonnummer på jobbet',
              en: 'Your work phone number',
              ar: 'رقم هاتف عملك',
              fi: 'Työpuhelinnumerosi',
            },
          },
          {
            kind: 'standard',
            field: 'referrerEmail',
            required: false,
            showWhen: professional,
            label: {
              sv: 'Din e-postadress i arbetet',
              lattlast: 'Din e-post på jobbet',
              en: 'Your work e-mail address',
              ar: 'بريدك الإلكتروني في العمل',
              fi: 'Työsähköpostiosoitteesi',
            },
          },
        ],
      },
      {
        id: 'aboutYou',
        title: {
          sv: 'Den som ska få stöd',
          lattlast: 'Om dig som ska få stöd',
          en: 'The person who wants support',
          ar: 'الشخص الذي سيحصل على الدعم',
          fi: 'Henkilö, joka haluaa tukea',
        },
        intro: {
          sv: 'Fyller du i åt någon annan? Skriv då den personens uppgifter här.',
          lattlast: 'Fyller du i för någon annan? Skriv den personens namn här.',
          en: 'Filling in for someone else? Then enter that person’s details here.',
          ar: 'هل تملأ الاستمارة نيابة عن شخص آخر؟ اكتب بيانات ذلك الشخص هنا.',
          fi: 'Täytätkö lomaketta toisen puolesta? Kirjoita silloin hänen tietonsa tähän.',
        },
        questions: [
          {
            kind: 'standard',
            field: 'name',
            required: true,
            label: {
              sv: 'Förnamn och efternamn',
              lattlast: 'Namn',
              en: 'First name and last name',
              ar: 'الاسم الأول واسم العائلة',
              fi: 'Etu- ja sukunimi',
            },
          },
          {
            kind: 'standard',
            field: 'dateOfBirth',
            required: true,
            label: {
              sv: 'Födelsedatum',
              lattlast: 'När är du född?',
              en: 'Date of birth',
              ar: 'تاريخ الميلاد',
              fi: 'Syntymäaika',
            },
          },
          {
            kind: 'standard',
            field: 'gender',
            required: false,
            label: { sv: 'Kön', lattlast: 'Kön', en: 'Gender', ar: 'الجنس', fi: 'Sukupuoli' },
            hint: {
              sv: 'Frivilligt. Vi använder svaret bara i statistik.',
              lattlast: 'Du måste inte svara. Vi använder svaret bara i statistik.',
              en: 'Optional. We only use the answer in statistics.',
              ar: 'اختياري. نستخدم الإجابة في الإحصاءات فقط.',
              fi: 'Vapaaehtoinen. Käytämme vastausta vain tilastoissa.',
            },
          },
        ],
      },
      {
        id: 'contact',
        title: {
          sv: 'Så når vi dig',
          lattlast: 'Hur når vi dig?',
          en: 'How we reach you',
          ar: 'كيف نتواصل معك',
          fi: 'Näin tavoitamme sinut',
        },
        intro: {
          sv: 'Skriv ett telefonnummer, en e-postadress eller båda.',
          lattlast: 'Skriv ditt telefonnummer eller din e-post. Du kan skriva båda.',
          en: 'Enter a phone number, an e-mail address or both.',
          ar: 'اكتب رقم هاتف أو عنوان بريد إلكتروني أو كليهما.',
          fi: 'Kirjoita puhelinnumero, sähköpostiosoite tai molemmat.',
        },
        questions: [
          {
            kind: 'standard',
            field: 'phone',
            required: false,
            label: {
              sv: 'Telefonnummer',
              lattlast: 'Telefonnummer',
              en: 'Phone number',
              ar: 'رقم الهاتف',
              fi: 'Puhelinnumero',
            },
          },
          {
            kind: 'standard',
            field: 'email',
            required: false,
            label: {
              sv: 'E-postadress',
              lattlast: 'E-post',
              en: 'E-mail address',
              ar: 'البريد الإلكتروني',
              fi: 'Sähköpostiosoite',
            },
          },
          {
            kind: 'standard',
            field: 'contactChannels',
            required: true,
            label: {
              sv: 'Hur vill du att vi kontaktar dig?',
              lattlast: 'Hur vill du att vi hör av oss?',
              en: 'How would you like us to contact you?',
              ar: 'كيف تفضّل أن نتواصل معك؟',
              fi: 'Miten haluat, että otamme sinuun yhteyttä?',
            },
            hint: {
              sv: 'Välj ett eller flera sätt.',
              lattlast: 'Du kan välja flera.',
              en: 'Choose one or more.',
              ar: 'اختر طريقة واحدة أو أكثر.',
              fi: 'Valitse yksi tai useampi.',
            },
          },
          {
            kind: 'standard',
            field: 'bestTimeToContact',
            required: false,
            label: {
              sv: 'När passar det bäst att vi hör av oss?',
              lattlast: 'När vill du att vi ringer?',
              en: 'When is the best time for us to get in touch?',
              ar: 'ما هو أنسب وقت لنتواصل معك؟',
              fi: 'Milloin sinulle sopii parhaiten, että otamme yhteyttä?',
            },
            hint: {
              sv: 'Till exempel: förmiddagar, eller inte på fredagar.',
              lattlast: 'Till exempel: på förmiddagen.',
              en: 'For example: mornings, or not on Fridays.',
              ar: 'مثلاً: في الصباح، أو ليس أيام الجمعة.',
              fi: 'Esimerkiksi: aamupäivisin, tai ei perjantaisin.',
            },
          },
        ],
      },
      {
        id: 'situation',
        title: {
          sv: 'Din situation',
          lattlast: 'Hur har du det nu?',
          en: 'Your situation',
          ar: 'وضعك الحالي',
          fi: 'Tilanteesi',
        },
        intro: {
          sv: 'Svaren hjälper oss att se om insatsen passar dig. Du kan skicka in anmälan oavsett vad du svarar.',
          lattlast: 'Svaren hjälper oss att se om stödet passar dig. Du kan skicka anmälan ändå.',
          en: 'Your answers help us see whether the service suits you. You can send the referral whatever you answer.',
          ar: 'تساعدنا إجاباتك على معرفة ما إذا كانت الخدمة تناسبك. يمكنك إرسال الطلب مهما كانت إجاباتك.',
          fi: 'Vastauksesi auttavat meitä näkemään, sopiiko tuki sinulle. Voit lähettää ilmoituksen vastauksistasi riippumatta.',
        },
        questions: [
          {
            kind: 'standard',
            field: 'municipality',
            required: true,
            label: {
              sv: 'I vilken kommun är du folkbokförd?',
              lattlast: 'I vilken kommun bor du?',
              en: 'In which municipality are you registered as a resident?',
              ar: 'في أي بلدية أنت مسجَّل في سجل السكان؟',
              fi: 'Missä kunnassa olet kirjoilla?',
            },
          },
          {
            kind: 'standard',
            field: 'careContacts',
            required: false,
            label: {
              sv: 'Har du kontakt med någon av dessa i dag?',
              lattlast: 'Träffar du någon av dessa i dag?',
              en: 'Are you in contact with any of these today?',
              ar: 'هل أنت على تواصل حالياً مع أيٍّ من هذه الجهات؟',
              fi: 'Oletko nykyään yhteydessä johonkin näistä?',
            },
            hint: {
              sv: 'Välj alla som stämmer. Du behöver inte berätta varför du har kontakt.',
              lattlast: 'Välj alla som stämmer. Du behöver inte säga varför.',
              en: 'Choose all that apply. You do not need to say why you are in contact.',
              ar: 'اختر كل ما ينطبق عليك. لا تحتاج إلى ذكر سبب تواصلك معها.',
              fi: 'Valitse kaikki, jotka sopivat. Sinun ei tarvitse kertoa, miksi olet yhteydessä.',
            },
          },
          {
            kind: 'standard',
            field: 'goals',
            required: true,
            label: {
              sv: 'Vad vill du ha stöd med?',
              lattlast: 'Vad vill du ha hjälp med?',
              en: 'What would you like support with?',
              ar: 'بماذا تريد الدعم؟',
              fi: 'Mihin haluaisit tukea?',
            },
            hint: {
              sv: 'Du kan välja båda.',
              lattlast: 'Du kan välja båda.',
              en: 'You can choose both.',
              ar: 'يمكنك اختيار الاثنين.',
              fi: 'Voit valita molemmat.',
            },
          },
          {
            kind: 'yesNo',
            key: 'hasJobOrStudies',
            required: false,
            label: {
              sv: 'Har du ett arbete eller studerar du i dag?',
              lattlast: 'Har du ett jobb eller studerar du nu?',
              en: 'Do you have a job or are you studying today?',
              ar: 'هل لديك عمل أو تدرس حالياً؟',
              fi: 'Onko sinulla nyt työ tai opiskeletko?',
            },
          },
          {
            kind: 'shortText',
            key: 'currentActivity',
            required: false,
            maxLength: 200,
            showWhen: { question: 'hasJobOrStudies', equals: true },
            label: {
              sv: 'Vad gör du?',
              lattlast: 'Vad gör du?',
              en: 'What do you do?',
              ar: 'ماذا تعمل أو تدرس؟',
              fi: 'Mitä teet?',
            },
            hint: {
              sv: 'Till exempel: arbetar några timmar i veckan, eller läser en kurs på Komvux.',
              lattlast: 'Till exempel: jobbar lite varje vecka.',
              en: 'For example: working a few hours a week, or taking a course at Komvux (adult education).',
              ar: 'مثلاً: أعمل بضع ساعات في الأسبوع، أو أدرس دورة في تعليم الكبار (Komvux).',
              fi: 'Esimerkiksi: teet töitä muutaman tunnin viikossa tai käyt kurssia Komvuxissa (aikuiskoulutus).',
            },
          },
        ],
      },
      {
        id: 'consent',
        title: {
          sv: 'Samtycke',
          lattlast: 'Säger du ja?',
          en: 'Consent',
          ar: 'الموافقة',
          fi: 'Suostumus',
        },
        questions: [
          {
            kind: 'standard',
            field: 'consentToCollaboration',
            required: true,
            label: w.consentLabel,
            hint: {
              sv: 'Samtycke betyder att vi får utbyta information med din kontakt i psykiatrin eller primärvården, så att alla arbetar mot samma mål. Det är frivilligt. Du skriver under en blankett för samtycke när vi träffas, och du kan ta tillbaka ditt samtycke.',
              lattlast:
                'Om du säger ja får vi prata med din kontakt i vården. Då jobbar alla mot samma mål. Du bestämmer själv. Du skriver under ett papper när vi träffas. Du kan ändra dig sedan.',
              en: 'Consent means that we may exchange information with your contact in psychiatry or primary care, so that everyone works towards the same goal. It is voluntary. You sign a consent form when we meet, and you can withdraw your consent.',
              ar: 'الموافقة تعني أنه يحق لنا تبادل المعلومات مع الجهة التي تتابعك في الطب النفسي أو الرعاية الصحية الأولية، حتى يعمل الجميع نحو الهدف نفسه. الموافقة طوعية. ستوقّع على استمارة موافقة عندما نلتقي، ويمكنك سحب موافقتك.',
              fi: 'Suostumus tarkoittaa, että saamme vaihtaa tietoja yhteyshenkilösi kanssa psykiatriassa tai terveyskeskuksessa, jotta kaikki työskentelevät saman tavoitteen eteen. Se on vapaaehtoista. Allekirjoitat suostumuslomakkeen, kun tapaamme, ja voit perua suostumuksesi.',
            },
          },
        ],
      },
      {
        id: 'lastQuestions',
        title: {
          sv: 'Till sist',
          lattlast: 'Sista frågorna',
          en: 'Finally',
          ar: 'أخيراً',
          fi: 'Lopuksi',
        },
        questions: [
          {
            kind: 'standard',
            field: 'preferredLanguage',
            required: false,
            label: {
              sv: 'Vilket språk vill du helst prata?',
              lattlast: 'Vilket språk vill du prata?',
              en: 'Which language would you prefer to speak?',
              ar: 'ما اللغة التي تفضّل التحدث بها؟',
              fi: 'Millä kielellä haluaisit mieluiten puhua?',
            },
          },
          {
            kind: 'standard',
            field: 'interpreterNeeded',
            required: false,
            label: {
              sv: 'Behöver du tolk?',
              lattlast: 'Behöver du tolk?',
              en: 'Do you need an interpreter?',
              ar: 'هل تحتاج إلى مترجم فوري؟',
              fi: 'Tarvitsetko tulkkia?',
            },
          },
          {
            kind: 'standard',
            field: 'message',
            required: false,
            label: {
              sv: 'Vill du berätta något mer?',
              lattlast: 'Vill du säga något mer?',
              en: 'Is there anything else you would like to tell us?',
              ar: 'هل تريد أن تخبرنا بشيء آخر؟',
              fi: 'Haluatko kertoa meille vielä jotain?',
            },
            hint: {
              sv: 'Skriv inte om diagnos eller hälsa. Det behövs inte i anmälan.',
              lattlast: 'Skriv inte om din hälsa. Det behövs inte.',
              en: 'Please do not write about diagnoses or health. The referral does not need it.',
              ar: 'من فضلك لا تكتب عن التشخيص أو حالتك الصحية. الطلب لا يحتاج إلى ذلك.',
              fi: 'Älä kirjoita diagnooseista tai terveydestä. Ilmoitukseen ei tarvita niitä.',
            },
          },
          {
            kind: 'standard',
            field: 'heardFrom',
            required: false,
            label: {
              sv: 'Hur fick du veta om oss?',
              lattlast: 'Hur hörde du om oss?',
              en: 'How did you hear about us?',
              ar: 'كيف عرفت عنا؟',
              fi: 'Mistä kuulit meistä?',
            },
          },
          {
            kind: 'standard',
            field: 'emailConfirmation',
            required: false,
            label: {
              sv: 'Vill du få en bekräftelse på e-post?',
              lattlast: 'Vill du få ett mejl om att vi fått anmälan?',
              en: 'Would you like a confirmation by e-mail?',
              ar: 'هل تريد الحصول على تأكيد عبر البريد الإلكتروني؟',
              fi: 'Haluatko vahvistuksen sähköpostiin?',
            },
            hint: {
              sv: 'Bekräftelsen innehåller bara ditt referensnummer, inga andra personuppgifter.',
              lattlast: 'I mejlet står bara ditt referensnummer.',
              en: 'The confirmation only contains your reference number, no other personal details.',
              ar: 'يحتوي التأكيد على رقمك المرجعي فقط، دون أي بيانات شخصية أخرى.',
              fi: 'Vahvistuksessa on vain viitenumerosi, ei muita henkilötietoja.',
            },
          },
          {
            kind: 'standard',
            field: 'statusUpdates',
            required: false,
            label: {
              sv: 'Vill du få veta när något händer med din anmälan?',
              lattlast: 'Vill du få ett meddelande när något händer?',
              en: 'Do you want to be told when something happens with your referral?',
              ar: 'هل تريد أن نخبرك عندما يحدث شيء في طلبك؟',
              fi: 'Haluatko tietää, kun ilmoituksessasi tapahtuu jotain?',
            },
            hint: {
              sv: 'Du får ett kort meddelande när vi har börjat prata med dig, när du kommer igång, om vi lotsar dig vidare och när ärendet avslutas. Det står bara var din anmälan är och länken till din sida, inget om dig.',
              lattlast:
                'Vi skickar ett kort meddelande när något händer. Det står inget om dig i det.',
              en: 'You get a short message when we have started talking with you, when you start, if we redirect you and when the case is closed. It only says where your referral stands and links to your page, nothing about you.',
              ar: 'تصلك رسالة قصيرة عندما نبدأ الحديث معك، وعندما تبدأ، وإذا وجّهناك إلى جهة أخرى، وعندما يُغلق الملف. تذكر فقط أين وصل طلبك ورابط صفحتك، ولا شيء عنك.',
              fi: 'Saat lyhyen viestin, kun olemme alkaneet puhua kanssasi, kun aloitat, jos ohjaamme sinut muualle ja kun asia päättyy. Viestissä kerrotaan vain, missä ilmoituksesi on, ja linkki sivullesi, ei mitään sinusta.',
            },
          },
        ],
      },
    ],
  }
  return { title: w.title, intro: w.intro, definition }
}

/* ------------------------------------------------------------------------------------------------
 * IPS — Individuell placering med stöd
 * ---------------------------------------------------------------------------------------------- */

const ips: ServiceSeed = {
  slug: 'ips',
  method: 'ips',
  name: {
    sv: 'Individuell placering med stöd (IPS)',
    lattlast: 'IPS – stöd för att få ett jobb',
    en: 'Individual Placement and Support (IPS)',
    ar: 'التوظيف الفردي مع الدعم (IPS)',
    fi: 'Yksilöllinen työhönsijoitus ja tuki (IPS)',
  },
  summary: {
    sv: 'IPS är stöd för dig som har en psykisk funktionsnedsättning och vill ha ett vanligt arbete med lön. En arbetscoach hjälper dig att hitta ett arbete och att behålla det, så länge du behöver.',
    lattlast:
      'IPS är stöd för dig som vill ha ett jobb. En coach hjälper dig att hitta ett jobb. Coachen hjälper dig också när du har fått jobbet.',
    en: 'IPS is support for people with a psychiatric disability who want ordinary paid work. An employment coach helps you find a job and keep it, for as long as you need.',
    ar: 'IPS هو دعم للأشخاص ذوي الإعاقة النفسية الذين يريدون عملاً عادياً بأجر. يساعدك مدرب عمل على إيجاد وظيفة والحفاظ عليها، طالما احتجت إلى ذلك.',
    fi: 'IPS on tukea ihmisille, joilla on psyykkinen toimintarajoite ja jotka haluavat tavallista palkkatyötä. Työvalmentaja auttaa sinua löytämään työpaikan ja pysymään siinä niin kauan kuin tarvitset.',
  },
  whoFor: {
    sv: 'I IPS finns inga uteslutningskriterier: det viktigaste är att du vill arbeta. Uppsala kommun erbjuder IPS till dig som är mellan 18 och 65 år, är folkbokförd i Uppsala kommun och har en psykisk funktionsnedsättning. Du är motiverad att hitta och behålla ett lönearbete, har kontakt med psykiatrin eller primärvården och godkänner att arbetscoachen samverkar med vården. Du kan alltid skicka in en anmälan, även om du är osäker på om allt stämmer in på dig. Passar en annan insats dig bättre kan vi hjälpa dig vidare dit.',
    lattlast:
      'Det viktigaste är att du vill jobba. IPS är för dig som är 18 till 65 år. Du bor i Uppsala kommun och är folkbokförd här. Du har kontakt med psykiatrin eller vårdcentralen. Du säger ja till att coachen pratar med vården. Du kan alltid skicka en anmälan. Även om du inte är säker på att IPS passar dig.',
    en: 'IPS has no exclusion criteria: what matters most is that you want to work. Uppsala kommun offers IPS to people aged 18 to 65 who are registered residents of Uppsala municipality and have a psychiatric disability. You are motivated to find and keep a paid job, you are in contact with psychiatry or primary care, and you agree that the employment coach collaborates with your care. You can always send a referral, even if you are not sure that everything applies to you. If another service suits you better, we can help you find your way there.',
    ar: 'لا توجد في IPS معايير استبعاد: الأهم هو أنك تريد العمل. تقدّم بلدية أوبسالا خدمة IPS للأشخاص الذين تتراوح أعمارهم بين 18 و65 عاماً، والمسجَّلين في سجل السكان في بلدية أوبسالا، ولديهم إعاقة نفسية. أنت متحمّس لإيجاد عمل بأجر والحفاظ عليه، وعلى تواصل مع الطب النفسي أو الرعاية الصحية الأولية، وتوافق على أن يتعاون مدرب العمل مع الجهة التي تتابعك في الرعاية الصحية. يمكنك دائماً إرسال طلب، حتى لو لم تكن متأكداً من أن كل شيء ينطبق عليك. وإذا كانت خدمة أخرى تناسبك أكثر، يمكننا مساعدتك للوصول إليها.',
    fi: 'IPS:ssä ei ole poissulkevia ehtoja: tärkeintä on, että haluat tehdä töitä. Uppsalan kunta tarjoaa IPS:ää 18–65-vuotiaille, jotka ovat kirjoilla Uppsalan kunnassa ja joilla on psyykkinen toimintarajoite. Haluat löytää palkkatyön ja pysyä siinä, olet yhteydessä psykiatriaan tai terveyskeskukseen ja suostut siihen, että työvalmentaja tekee yhteistyötä hoitotahosi kanssa. Voit aina lähettää ilmoituksen, vaikka et olisi varma, sopiiko kaikki sinuun. Jos toinen palvelu sopii sinulle paremmin, autamme sinua löytämään sen.',
  },
  whatYouGet: [
    {
      sv: 'En egen arbetscoach som är utbildad i metoden.',
      lattlast: 'En egen coach.',
      en: 'Your own employment coach, trained in the method.',
      ar: 'مدرب عمل خاص بك، مدرَّب على هذه الطريقة.',
      fi: 'Oma työvalmentaja, joka on koulutettu menetelmään.',
    },
    {
      sv: 'Hjälp att hitta ett arbete som passar dina intressen och önskemål.',
      lattlast: 'Hjälp att hitta ett jobb som du tycker om.',
      en: 'Help to find a job that matches your interests and wishes.',
      ar: 'مساعدة في إيجاد عمل يناسب اهتماماتك ورغباتك.',
      fi: 'Apua löytää työ, joka vastaa kiinnostuksen kohteitasi ja toiveitasi.',
    },
    {
      sv: 'Stöd på arbetsplatsen, både för dig och för din arbetsgivare.',
      lattlast: 'Stöd på jobbet. Både du och din chef kan få stöd.',
      en: 'Support at the workplace, for you and for your employer.',
      ar: 'دعم في مكان العمل، لك ولصاحب العمل.',
      fi: 'Tukea työpaikalla sinulle ja työnantajallesi.',
    },
    {
      sv: 'Vägledning om ekonomi och försörjning.',
      lattlast: 'Hjälp med frågor om pengar.',
      en: 'Guidance on money and income support.',
      ar: 'إرشاد في الأمور المالية ومصادر الدخل.',
      fi: 'Neuvontaa raha-asioissa ja toimeentulossa.',
    },
    {
      sv: 'Samverkan med din kontakt i vården, om du samtycker.',
      lattlast: 'Coachen pratar med vården, om du säger ja.',
      en: 'Collaboration with your contact in health care, if you consent.',
      ar: 'تعاون مع الجهة التي تتابعك في الرعاية الصحية، إذا وافقت.',
      fi: 'Yhteistyötä yhteyshenkilösi kanssa terveydenhuollossa, jos annat suostumuksesi.',
    },
    {
      sv: 'Stöd så länge du behöver det.',
      lattlast: 'Stöd så länge du behöver.',
      en: 'Support for as long as you need it.',
      ar: 'دعم طالما احتجت إليه.',
      fi: 'Tukea niin kauan kuin tarvitset.',
    },
  ],
  howItWorks: [
    stepReferral,
    stepQueue,
    {
      title: {
        sv: 'Ett första samtal',
        lattlast: 'Ni pratar första gången',
        en: 'A first conversation',
        ar: 'محادثة أولى',
        fi: 'Ensimmäinen keskustelu',
      },
      text: {
        sv: 'En arbetscoach hör av sig till dig. Ni pratar om vad du vill arbeta med och vilket stöd du behöver. Vill du fortsätta skriver du under en blankett för samtycke.',
        lattlast:
          'En coach ringer eller skriver till dig. Ni pratar om vilket jobb du vill ha. Vill du fortsätta? Då skriver du under ett papper om samtycke.',
        en: 'An employment coach gets in touch with you. You talk about what work you would like and what support you need. If you want to go on, you sign a consent form.',
        ar: 'يتواصل معك مدرب عمل. تتحدثان عن العمل الذي تريده والدعم الذي تحتاجه. إذا أردت المتابعة، توقّع على استمارة الموافقة.',
        fi: 'Työvalmentaja ottaa sinuun yhteyttä. Puhutte siitä, millaista työtä haluaisit ja mitä tukea tarvitset. Jos haluat jatkaa, allekirjoitat suostumuslomakkeen.',
      },
    },
    {
      title: {
        sv: 'Ni söker arbete',
        lattlast: 'Ni söker jobb',
        en: 'You look for work',
        ar: 'تبحثان عن عمل',
        fi: 'Etsit työtä',
      },
      text: {
        sv: 'När du är inskriven börjar ni söka arbete direkt. Arbetscoachen samverkar med din kontakt i vården.',
        lattlast: 'Ni börjar söka jobb direkt. Coachen pratar med din kontakt i vården.',
        en: 'Once you are enrolled, you start looking for work straight away. The coach works together with your contact in health care.',
        ar: 'بعد تسجيلك، تبدآن البحث عن عمل مباشرة. يتعاون المدرب مع الجهة التي تتابعك في الرعاية الصحية.',
        fi: 'Kun olet mukana tuessa, alat etsiä työtä heti. Valmentaja tekee yhteistyötä yhteyshenkilösi kanssa terveydenhuollossa.',
      },
    },
    {
      title: {
        sv: 'Stöd när du har fått arbete',
        lattlast: 'Stöd på jobbet',
        en: 'Support once you have a job',
        ar: 'الدعم بعد حصولك على عمل',
        fi: 'Tukea, kun sinulla on työ',
      },
      text: {
        sv: 'Du och din arbetsgivare får stöd, till exempel vid introduktionen och genom regelbundna uppföljningar på arbetsplatsen. Coachen kan också hjälpa till med kontakterna med Försäkringskassan och Arbetsförmedlingen.',
        lattlast:
          'Du får stöd när du har fått ett jobb. Din chef kan också få stöd. Coachen kan hjälpa till med Försäkringskassan och Arbetsförmedlingen.',
        en: 'You and your employer get support, for example during your introduction and through regular follow-ups at the workplace. The coach can also help with contacts with Försäkringskassan (social insurance) and Arbetsförmedlingen (the employment service).',
        ar: 'تحصل أنت وصاحب العمل على الدعم، مثلاً خلال فترة التعريف بالعمل ومن خلال متابعات منتظمة في مكان العمل. ويمكن للمدرب أيضاً المساعدة في التواصل مع صندوق التأمينات الاجتماعية (Försäkringskassan) ومكتب التوظيف (Arbetsförmedlingen).',
        fi: 'Sinä ja työnantajasi saatte tukea, esimerkiksi perehdytyksen aikana ja säännöllisissä seurannoissa työpaikalla. Valmentaja voi myös auttaa yhteydenpidossa Försäkringskassaniin (vakuutuskassa) ja Arbetsförmedlingeniin (työnvälitys).',
      },
    },
    stepFollowUp,
  ],
  principles: [
    {
      title: {
        sv: 'Din vilja att arbeta avgör',
        lattlast: 'Det viktigaste är att du vill jobba',
        en: 'Your wish to work is what counts',
        ar: 'رغبتك في العمل هي الأساس',
        fi: 'Halusi tehdä töitä on tärkein',
      },
      text: {
        sv: 'Det som avgör är att du vill arbeta. Du behöver inte först visa att du klarar ett arbete, och det finns inga uteslutningskriterier.',
        lattlast:
          'Du vill jobba. Det räcker för att börja. Du behöver inte visa först att du klarar ett jobb.',
        en: 'What matters is that you want to work. You do not first have to show that you can manage a job, and there are no exclusion criteria.',
        ar: 'المهم هو أنك تريد العمل. لا تحتاج أولاً إلى إثبات أنك قادر على أداء عمل، ولا توجد معايير استبعاد.',
        fi: 'Tärkeintä on, että haluat tehdä töitä. Sinun ei tarvitse ensin osoittaa, että pärjäät työssä, eikä poissulkevia ehtoja ole.',
      },
    },
    {
      title: {
        sv: 'Dina önskemål styr',
        lattlast: 'Du bestämmer',
        en: 'Your preferences lead',
        ar: 'تفضيلاتك هي التي توجّه العملية',
        fi: 'Sinun toiveesi ohjaavat',
      },
      text: {
        sv: 'Dina intressen, styrkor och val styr vilket arbete ni letar efter, vilka arbetstider som passar och hur stödet ser ut. Du bestämmer själv hur mycket du vill berätta för en arbetsgivare.',
        lattlast: 'Du väljer vilket jobb du vill söka. Du väljer vad du vill berätta för chefen.',
        en: 'Your interests, strengths and choices decide which jobs you look for, which working hours suit you and what the support looks like. You decide how much you tell an employer.',
        ar: 'اهتماماتك ونقاط قوتك واختياراتك هي التي تحدد نوع العمل الذي تبحثان عنه، وساعات العمل المناسبة لك، وشكل الدعم. وأنت من يقرر مقدار ما تخبر به صاحب العمل.',
        fi: 'Kiinnostuksen kohteesi, vahvuutesi ja valintasi ratkaisevat, millaisia töitä etsit, millaiset työajat sopivat sinulle ja millaista tuki on. Sinä päätät, kuinka paljon kerrot työnantajalle.',
      },
    },
    {
      title: {
        sv: 'Vägledning om ekonomi och försörjning',
        lattlast: 'Hjälp med frågor om pengar',
        en: 'Guidance on money and benefits',
        ar: 'إرشاد حول المال والإعانات',
        fi: 'Neuvontaa rahasta ja etuuksista',
      },
      text: {
        sv: 'Alla erbjuds vägledning om ekonomi och försörjning. Många oroar sig för att förlora sin ersättning. Du får veta vilka regler som gäller för just dig.',
        lattlast:
          'Många är rädda att förlora pengar om de börjar jobba. Du får veta vad som gäller för dig.',
        en: 'Everyone is offered guidance on finances and income support. Many people worry about losing their benefits. You get to know which rules apply to you.',
        ar: 'يُعرض على الجميع إرشاد في الأمور المالية ومصادر الدخل. كثير من الناس يقلقون من فقدان إعاناتهم. ستعرف القواعد التي تنطبق عليك أنت.',
        fi: 'Kaikille tarjotaan neuvontaa raha-asioista ja toimeentulosta. Moni pelkää menettävänsä etuutensa. Saat tietää, mitkä säännöt koskevat sinua.',
      },
    },
    {
      title: {
        sv: 'Ett vanligt lönearbete är målet',
        lattlast: 'Målet är ett vanligt jobb',
        en: 'Ordinary paid work is the goal',
        ar: 'العمل العادي بأجر هو الهدف',
        fi: 'Tavoitteena on tavallinen palkkatyö',
      },
      text: {
        sv: 'Målet är ett arbete med lön på den öppna arbetsmarknaden, på en vanlig arbetsplats. Du behöver inte först träna i en skyddad miljö.',
        lattlast: 'Målet är ett vanligt jobb där du får lön.',
        en: 'The goal is a paid job on the open labour market, at an ordinary workplace. You do not have to train in a sheltered setting first.',
        ar: 'الهدف هو وظيفة بأجر في سوق العمل المفتوح، في مكان عمل عادي. لا تحتاج إلى التدرّب أولاً في بيئة محمية.',
        fi: 'Tavoitteena on palkkatyö avoimilla työmarkkinoilla, tavallisella työpaikalla. Sinun ei tarvitse ensin harjoitella suojatussa ympäristössä.',
      },
    },
    {
      title: {
        sv: 'Stödet hänger ihop med vården',
        lattlast: 'Coachen och vården samarbetar',
        en: 'Support is part of your care',
        ar: 'الدعم جزء من رعايتك',
        fi: 'Tuki on osa hoitoasi',
      },
      text: {
        sv: 'Arbetscoachen är en del av det psykiatriska teamet och samarbetar med din kontakt i vården, så att alla arbetar mot samma mål. Därför behövs ditt samtycke.',
        lattlast:
          'Coachen pratar med din kontakt i vården. Då jobbar alla mot samma mål. Du måste säga ja till det.',
        en: 'The employment coach is part of the psychiatric team and works with your contact in health care, so that everyone works towards the same goal. That is why your consent is needed.',
        ar: 'مدرب العمل جزء من الفريق النفسي ويتعاون مع الجهة التي تتابعك في الرعاية الصحية، حتى يعمل الجميع نحو الهدف نفسه. لهذا نحتاج إلى موافقتك.',
        fi: 'Työvalmentaja kuuluu psykiatriseen tiimiin ja tekee yhteistyötä yhteyshenkilösi kanssa terveydenhuollossa, jotta kaikki työskentelevät saman tavoitteen eteen. Siksi tarvitaan suostumuksesi.',
      },
    },
    {
      title: {
        sv: 'Jobbsökandet börjar snabbt',
        lattlast: 'Ni börjar söka jobb direkt',
        en: 'The job search starts quickly',
        ar: 'يبدأ البحث عن عمل بسرعة',
        fi: 'Työnhaku alkaa nopeasti',
      },
      text: {
        sv: 'Ni börjar söka arbete direkt när du är inskriven, i stället för att först göra långa utredningar av din arbetsförmåga.',
        lattlast: 'Ni börjar söka jobb direkt. Du behöver inte göra långa tester först.',
        en: 'You start looking for work as soon as you are enrolled, instead of first going through long assessments of your ability to work.',
        ar: 'تبدآن البحث عن عمل فور تسجيلك، بدلاً من الخضوع أولاً لتقييمات طويلة لقدرتك على العمل.',
        fi: 'Alat etsiä työtä heti, kun olet mukana tuessa, sen sijaan että kävisit ensin läpi pitkiä työkykyarvioita.',
      },
    },
    {
      title: {
        sv: 'Coachen bygger relationer med arbetsgivare',
        lattlast: 'Coachen känner många arbetsgivare',
        en: 'The coach builds relationships with employers',
        ar: 'المدرب يبني علاقات مع أصحاب العمل',
        fi: 'Valmentaja luo suhteita työnantajiin',
      },
      text: {
        sv: 'Arbetscoachen lär känna arbetsgivare och deras behov, för att hitta arbetsplatser som passar dig.',
        lattlast:
          'Coachen lär känna chefer och företag. Det gör det lättare att hitta ett jobb som passar dig.',
        en: 'The employment coach gets to know employers and what they need, to find workplaces that suit you.',
        ar: 'يتعرّف مدرب العمل على أصحاب العمل واحتياجاتهم، لإيجاد أماكن عمل تناسبك.',
        fi: 'Työvalmentaja tutustuu työnantajiin ja heidän tarpeisiinsa löytääkseen työpaikkoja, jotka sopivat sinulle.',
      },
    },
    {
      title: {
        sv: 'Stöd utan tidsgräns',
        lattlast: 'Stöd så länge du behöver',
        en: 'Support without a time limit',
        ar: 'دعم بلا حدود زمنية',
        fi: 'Tukea ilman aikarajaa',
      },
      text: {
        sv: 'Stödet anpassas efter dig och finns kvar så länge du behöver det, också när du har fått ett arbete.',
        lattlast: 'Du får stöd så länge du behöver. Också när du har fått ett jobb.',
        en: 'The support is tailored to you and continues for as long as you need it, also after you have found a job.',
        ar: 'يُكيَّف الدعم حسب احتياجاتك ويستمر طالما احتجت إليه، حتى بعد حصولك على عمل.',
        fi: 'Tuki räätälöidään sinulle, ja se jatkuu niin kauan kuin tarvitset, myös sen jälkeen, kun olet löytänyt työn.',
      },
    },
  ],
  unit: provider,
  provider,
  municipality: uppsala,
  contact: { phone: '031-390 06 10', email: 'ips@uppsala.example', address, openingHours },
  languages: ['sv', 'en', 'ar'],
  caseloadTarget,
  yearlyTargets: { peopleSupported: 40, maxWaitDays: 30, shareIntoWorkOrStudies: 45 },
  eligibilityRules: {
    age: { min: 18, max: 65 },
    residence: { municipalities: [uppsala.code] },
    careContact: { anyOf: ['psychiatry', 'primaryCare'] },
    consentToCollaboration: true,
    goal: { anyOf: ['work'] },
  },
  rulesSource: {
    sv: 'Uppsala kommun, Arbetsmarknadsförvaltningen: Verksamhetsuppföljning arbetsmarknad september 2025 (AMN-2025-00457), avsnittet ”Målgrupp för IPS”. Att IPS saknar uteslutningskriterier kommer från metodens principer.',
    lattlast: 'Reglerna kommer från Uppsala kommun. De står i en rapport från september 2025.',
    en: 'Uppsala kommun, Labour Market Administration: follow-up report September 2025 (AMN-2025-00457), section “Target group for IPS”. That IPS has no exclusion criteria comes from the principles of the method.',
    ar: 'بلدية أوبسالا، إدارة سوق العمل: تقرير المتابعة لشهر سبتمبر 2025 (AMN-2025-00457)، قسم «الفئة المستهدفة لخدمة IPS». أما عدم وجود معايير استبعاد في IPS فمصدره مبادئ هذه الطريقة.',
    fi: 'Uppsalan kunta, työmarkkinahallinto: seurantaraportti syyskuu 2025 (AMN-2025-00457), kohta ”IPS:n kohderyhmä”. Se, ettei IPS:ssä ole poissulkevia ehtoja, perustuu menetelmän periaatteisiin.',
  },
  form: selfReferralForm({
    title: {
      sv: 'Anmälan till IPS',
      lattlast: 'Anmäl dig till IPS',
      en: 'Referral to IPS',
      ar: 'طلب الانضمام إلى IPS',
      fi: 'Ilmoitus IPS:ään',
    },
    intro: {
      sv: 'Här gör du en anmälan till IPS. Det tar några minuter. Vi frågar inte om diagnos eller hälsa. Du kan alltid skicka in anmälan, även om du är osäker på om insatsen passar dig.',
      lattlast:
        'Här anmäler du dig till IPS. Det går fort. Vi frågar inte om din hälsa. Du kan alltid skicka anmälan.',
      en: 'Here you can send a referral to IPS. It takes a few minutes. We do not ask about diagnoses or health. You can always send the referral, even if you are not sure the service suits you.',
      ar: 'هنا يمكنك تقديم طلب الانضمام إلى IPS. يستغرق ذلك بضع دقائق. لا نسأل عن التشخيص أو الحالة الصحية. يمكنك دائماً إرسال الطلب، حتى لو لم تكن متأكداً من أن الخدمة تناسبك.',
      fi: 'Täällä voit tehdä ilmoituksen IPS:ään. Se vie muutaman minuutin. Emme kysy diagnooseista tai terveydestä. Voit aina lähettää ilmoituksen, vaikka et olisi varma, sopiiko tuki sinulle.',
    },
    consentLabel: {
      sv: 'Godkänner du att arbetscoachen samverkar med din kontakt i vården?',
      lattlast: 'Får coachen prata med din kontakt i vården?',
      en: 'Do you agree that the employment coach collaborates with your contact in health care?',
      ar: 'هل توافق على أن يتعاون مدرب العمل مع الجهة التي تتابعك في الرعاية الصحية؟',
      fi: 'Suostutko siihen, että työvalmentaja tekee yhteistyötä yhteyshenkilösi kanssa terveydenhuollossa?',
    },
  }),
}

/* ------------------------------------------------------------------------------------------------
 * SEd — Stöd i studier (Supported Education)
 * ---------------------------------------------------------------------------------------------- */

const sed: ServiceSeed = {
  slug: 'sed',
  method: 'sed',
  name: {
    sv: 'Stöd i studier (SEd)',
    lattlast: 'Stöd i studier',
    en: 'Supported Education (SEd)',
    ar: 'الدعم في الدراسة (SEd)',
    fi: 'Tuettu opiskelu (SEd)',
  },
  summary: {
    sv: 'Stöd i studier är för dig som har en psykisk funktionsnedsättning och vill börja eller slutföra studier. Stödet anpassas efter dina behov, före, under och efter studierna.',
    lattlast:
      'Stöd i studier är för dig som vill börja studera. Eller för dig som vill studera klart. Du får stöd som passar dig.',
    en: 'Supported Education is for people with a psychiatric disability who want to start or finish studies. The support is tailored to your needs, before, during and after your studies.',
    ar: 'الدعم في الدراسة مخصّص للأشخاص ذوي الإعاقة النفسية الذين يريدون بدء الدراسة أو إكمالها. يُكيَّف الدعم حسب احتياجاتك، قبل الدراسة وخلالها وبعدها.',
    fi: 'Tuettu opiskelu on tarkoitettu ihmisille, joilla on psyykkinen toimintarajoite ja jotka haluavat aloittaa opinnot tai saada ne päätökseen. Tuki räätälöidään tarpeidesi mukaan ennen opintoja, niiden aikana ja niiden jälkeen.',
  },
  whoFor: {
    sv: 'Stöd i studier är för dig som är motiverad att börja eller slutföra studier och är mellan 18 och 60 år. Du är folkbokförd i Uppsala kommun, har en psykisk funktionsnedsättning och har kontakt med psykiatrin eller primärvården. Du godkänner också att stödet sker i samverkan med vården. Du kan alltid skicka in en anmälan, även om du är osäker på om allt stämmer in på dig. Passar en annan insats dig bättre, till exempel Komvux eller Ung Intro, kan vi hjälpa dig vidare dit.',
    lattlast:
      'Stöd i studier är för dig som är 18 till 60 år. Du bor i Uppsala kommun och är folkbokförd här. Du har kontakt med psykiatrin eller vårdcentralen. Du vill börja studera eller studera klart. Du säger ja till att vi pratar med vården. Du kan alltid skicka en anmälan. Även om du inte är säker på att stödet passar dig.',
    en: 'Supported Education is for people aged 18 to 60 who are motivated to start or finish studies. You are a registered resident of Uppsala municipality, have a psychiatric disability and are in contact with psychiatry or primary care. You also agree that the support is given in collaboration with your care. You can always send a referral, even if you are not sure that everything applies to you. If another service suits you better, for example Komvux (adult education) or Ung Intro, we can help you find your way there.',
    ar: 'الدعم في الدراسة مخصّص للأشخاص الذين تتراوح أعمارهم بين 18 و60 عاماً ولديهم الدافع لبدء الدراسة أو إكمالها. أنت مسجَّل في سجل السكان في بلدية أوبسالا، ولديك إعاقة نفسية، وعلى تواصل مع الطب النفسي أو الرعاية الصحية الأولية. وتوافق أيضاً على أن يُقدَّم الدعم بالتعاون مع الجهة التي تتابعك في الرعاية الصحية. يمكنك دائماً إرسال طلب، حتى لو لم تكن متأكداً من أن كل شيء ينطبق عليك. وإذا كانت خدمة أخرى تناسبك أكثر، مثل تعليم الكبار (Komvux) أو Ung Intro، يمكننا مساعدتك للوصول إليها.',
    fi: 'Tuettu opiskelu on 18–60-vuotiaille, jotka haluavat aloittaa opinnot tai saada ne päätökseen. Olet kirjoilla Uppsalan kunnassa, sinulla on psyykkinen toimintarajoite ja olet yhteydessä psykiatriaan tai terveyskeskukseen. Lisäksi suostut siihen, että tuki annetaan yhteistyössä hoitotahosi kanssa. Voit aina lähettää ilmoituksen, vaikka et olisi varma, sopiiko kaikki sinuun. Jos toinen palvelu sopii sinulle paremmin, esimerkiksi Komvux (aikuiskoulutus) tai Ung Intro, autamme sinua löytämään sen.',
  },
  whatYouGet: [
    {
      sv: 'Hjälp att välja och söka utbildning.',
      lattlast: 'Hjälp att välja en utbildning och att söka till den.',
      en: 'Help to choose and apply for a course or programme.',
      ar: 'مساعدة في اختيار برنامج دراسي والتقديم إليه.',
      fi: 'Apua kurssin tai koulutuksen valintaan ja hakemiseen.',
    },
    {
      sv: 'Hjälp att söka studiemedel eller annan försörjning.',
      lattlast: 'Hjälp att söka pengar för att studera.',
      en: 'Help to apply for student finance or other income support.',
      ar: 'مساعدة في التقدّم للحصول على الدعم المالي للدراسة أو على مصدر دخل آخر.',
      fi: 'Apua opintotuen tai muun toimeentulon hakemiseen.',
    },
    {
      sv: 'Kartläggning av vilka anpassningar du behöver i studierna.',
      lattlast: 'Ni tar reda på vad som gör det lättare för dig att studera.',
      en: 'Mapping which adaptations you need in your studies.',
      ar: 'تحديد التسهيلات التي تحتاجها في دراستك.',
      fi: 'Kartoitus siitä, mitä mukautuksia tarvitset opinnoissasi.',
    },
    {
      sv: 'Stöd i kontakten med skolan, före, under och efter studierna.',
      lattlast: 'Stöd när du pratar med skolan.',
      en: 'Support in your contacts with the school, before, during and after your studies.',
      ar: 'دعم في تواصلك مع المدرسة، قبل الدراسة وخلالها وبعدها.',
      fi: 'Tukea yhteydenpidossa kouluun ennen opintoja, niiden aikana ja niiden jälkeen.',
    },
    {
      sv: 'Träning i studieteknik, tidsuppfattning och kognitiva funktioner.',
      lattlast: 'Träning i att planera tiden och att studera.',
      en: 'Training in study skills, sense of time and cognitive functions.',
      ar: 'تدريب على مهارات الدراسة وإدراك الوقت والوظائف المعرفية.',
      fi: 'Opiskelutaitojen, ajantajun ja kognitiivisten toimintojen harjoittelua.',
    },
    {
      sv: 'Stöd när studierna är klara.',
      lattlast: 'Stöd när du har studerat klart.',
      en: 'Support at the transition when your studies are finished.',
      ar: 'دعم في مرحلة الانتقال بعد انتهاء الدراسة.',
      fi: 'Tukea siirtymävaiheessa, kun opintosi päättyvät.',
    },
  ],
  howItWorks: [
    stepReferral,
    stepQueue,
    {
      title: {
        sv: 'Ett första samtal',
        lattlast: 'Ni pratar första gången',
        en: 'A first conversation',
        ar: 'محادثة أولى',
        fi: 'Ensimmäinen keskustelu',
      },
      text: {
        sv: 'En coach hör av sig till dig. Ni pratar om vad du vill studera och vilket stöd du behöver. Vill du fortsätta skriver du under en blankett för samtycke.',
        lattlast:
          'En coach ringer eller skriver till dig. Ni pratar om vad du vill studera. Vill du fortsätta? Då skriver du under ett papper om samtycke.',
        en: 'A coach gets in touch with you. You talk about what you would like to study and what support you need. If you want to go on, you sign a consent form.',
        ar: 'يتواصل معك مدرب. تتحدثان عمّا تريد دراسته والدعم الذي تحتاجه. إذا أردت المتابعة، توقّع على استمارة الموافقة.',
        fi: 'Valmentaja ottaa sinuun yhteyttä. Puhutte siitä, mitä haluaisit opiskella ja mitä tukea tarvitset. Jos haluat jatkaa, allekirjoitat suostumuslomakkeen.',
      },
    },
    {
      title: {
        sv: 'Ni gör en plan',
        lattlast: 'Ni gör en plan',
        en: 'You make a plan',
        ar: 'تضعان خطة',
        fi: 'Teet suunnitelman',
      },
      text: {
        sv: 'När du är inskriven gör ni en plan utifrån dina mål med studierna. Coachen samverkar med din kontakt i vården.',
        lattlast: 'Ni gör en plan för dina studier. Coachen pratar med din kontakt i vården.',
        en: 'Once you are enrolled, you make a plan based on your goals for your studies. The coach works together with your contact in health care.',
        ar: 'بعد تسجيلك، تضعان خطة بناءً على أهدافك الدراسية. يتعاون المدرب مع الجهة التي تتابعك في الرعاية الصحية.',
        fi: 'Kun olet mukana tuessa, teet suunnitelman opintoihin liittyvien tavoitteidesi pohjalta. Valmentaja tekee yhteistyötä yhteyshenkilösi kanssa terveydenhuollossa.',
      },
    },
    {
      title: {
        sv: 'Stöd före, under och efter studierna',
        lattlast: 'Stöd när du studerar',
        en: 'Support before, during and after your studies',
        ar: 'الدعم قبل الدراسة وخلالها وبعدها',
        fi: 'Tukea ennen opintoja, niiden aikana ja niiden jälkeen',
      },
      text: {
        sv: 'Du får det stöd du behöver, från ansökan till övergången när studierna är klara. Coachen kan också ha kontakt med skolan.',
        lattlast:
          'Du får stöd hela tiden. Från att du söker till att du är klar. Coachen kan prata med skolan.',
        en: 'You get the support you need, from the application to the transition when your studies are finished. The coach can also be in contact with the school.',
        ar: 'تحصل على الدعم الذي تحتاجه، من التقديم حتى مرحلة الانتقال بعد انتهاء الدراسة. ويمكن للمدرب أيضاً التواصل مع المدرسة.',
        fi: 'Saat tarvitsemasi tuen hakemisesta siihen asti, kun opintosi päättyvät. Valmentaja voi myös olla yhteydessä kouluun.',
      },
    },
    stepFollowUp,
  ],
  principles: [
    {
      title: {
        sv: 'Välja och söka utbildning',
        lattlast: 'Välja utbildning',
        en: 'Choosing and applying for studies',
        ar: 'اختيار الدراسة والتقديم إليها',
        fi: 'Opintojen valinta ja hakeminen',
      },
      text: {
        sv: 'Ni går tillsammans igenom vad du vill studera, vilka utbildningar som finns och hur du söker.',
        lattlast: 'Ni pratar om vad du vill studera. Coachen hjälper dig att söka.',
        en: 'Together you go through what you would like to study, which courses exist and how to apply.',
        ar: 'تراجعان معاً ما تريد دراسته، والبرامج الدراسية المتاحة، وكيفية التقديم.',
        fi: 'Käytte yhdessä läpi, mitä haluaisit opiskella, millaisia koulutuksia on ja miten niihin haetaan.',
      },
    },
    {
      title: {
        sv: 'Studiemedel och försörjning',
        lattlast: 'Pengar när du studerar',
        en: 'Student finance and income',
        ar: 'الدعم المالي للدراسة ومصدر الدخل',
        fi: 'Opintotuki ja toimeentulo',
      },
      text: {
        sv: 'Du får hjälp att söka studiemedel eller annan försörjning medan du studerar.',
        lattlast: 'Du får hjälp att söka pengar för tiden när du studerar.',
        en: 'You get help to apply for student finance or other income support while you study.',
        ar: 'تحصل على مساعدة في التقدّم للحصول على الدعم المالي للدراسة أو مصدر دخل آخر أثناء دراستك.',
        fi: 'Saat apua opintotuen tai muun toimeentulon hakemiseen opiskelun ajaksi.',
      },
    },
    {
      title: {
        sv: 'Anpassningar i studierna',
        lattlast: 'Det som gör det lättare att studera',
        en: 'Adaptations in your studies',
        ar: 'التسهيلات في الدراسة',
        fi: 'Mukautukset opinnoissa',
      },
      text: {
        sv: 'Ni kartlägger vilka anpassningar du behöver för att kunna studera på ett sätt som fungerar för dig.',
        lattlast: 'Ni tar reda på vad du behöver för att kunna studera.',
        en: 'You map which adaptations you need to be able to study in a way that works for you.',
        ar: 'تحددان التسهيلات التي تحتاجها لتتمكن من الدراسة بطريقة تناسبك.',
        fi: 'Kartoitatte, mitä mukautuksia tarvitset, jotta voit opiskella tavalla, joka toimii sinulle.',
      },
    },
    {
      title: {
        sv: 'Kontakt med skolan',
        lattlast: 'Kontakt med skolan',
        en: 'Contact with the school',
        ar: 'التواصل مع المدرسة',
        fi: 'Yhteydenpito kouluun',
      },
      text: {
        sv: 'Du kan få stöd i kontakten med skolan eller utbildningsanordnaren, före, under och efter studierna.',
        lattlast: 'Coachen kan hjälpa dig att prata med skolan.',
        en: 'You can get support in your contacts with the school or education provider, before, during and after your studies.',
        ar: 'يمكنك الحصول على دعم في تواصلك مع المدرسة أو الجهة المقدِّمة للتعليم، قبل الدراسة وخلالها وبعدها.',
        fi: 'Voit saada tukea yhteydenpitoon koulun tai oppilaitoksen kanssa ennen opintoja, niiden aikana ja niiden jälkeen.',
      },
    },
    {
      title: {
        sv: 'Förebygga och hantera risker',
        lattlast: 'Vara beredd om något blir svårt',
        en: 'Preventing and handling risks',
        ar: 'الوقاية من المخاطر والتعامل معها',
        fi: 'Riskien ennaltaehkäisy ja käsittely',
      },
      text: {
        sv: 'Ni arbetar med det som kan göra studierna svårare, så att du vet vad du kan göra om något händer.',
        lattlast: 'Ni pratar om vad som kan bli svårt. Och om vad du kan göra då.',
        en: 'You work on what could make your studies harder, so that you know what to do if something happens.',
        ar: 'تعملان على ما قد يجعل الدراسة أصعب، حتى تعرف ما يمكنك فعله إذا حدث شيء ما.',
        fi: 'Käytte läpi, mikä voisi vaikeuttaa opintojasi, jotta tiedät, mitä tehdä, jos jotain tapahtuu.',
      },
    },
    {
      title: {
        sv: 'Kognitiv träning, tid och studieteknik',
        lattlast: 'Träna på att studera',
        en: 'Cognitive training, time and study skills',
        ar: 'التدريب المعرفي وإدارة الوقت ومهارات الدراسة',
        fi: 'Kognitiivinen harjoittelu, aika ja opiskelutaidot',
      },
      text: {
        sv: 'Du kan få träna kognitiva funktioner, tidsuppfattning och studieteknik.',
        lattlast: 'Du kan träna på att planera tiden. Och på hur man studerar.',
        en: 'You can train cognitive functions, your sense of time and study skills.',
        ar: 'يمكنك التدرّب على الوظائف المعرفية وإدراك الوقت ومهارات الدراسة.',
        fi: 'Voit harjoitella kognitiivisia toimintoja, ajantajua ja opiskelutaitoja.',
      },
    },
    {
      title: {
        sv: 'När studierna är klara',
        lattlast: 'När du är klar',
        en: 'When your studies are finished',
        ar: 'عند انتهاء الدراسة',
        fi: 'Kun opintosi päättyvät',
      },
      text: {
        sv: 'Du får stöd i övergången när studierna är avslutade.',
        lattlast: 'Du får stöd när du har studerat klart.',
        en: 'You get support at the transition when your studies have ended.',
        ar: 'تحصل على الدعم في مرحلة الانتقال بعد انتهاء دراستك.',
        fi: 'Saat tukea siirtymävaiheessa, kun opintosi ovat päättyneet.',
      },
    },
  ],
  unit: provider,
  provider,
  municipality: uppsala,
  contact: { phone: '031-390 06 20', email: 'sed@uppsala.example', address, openingHours },
  languages: ['sv', 'en'],
  caseloadTarget,
  yearlyTargets: { peopleSupported: 25, maxWaitDays: 30, shareIntoWorkOrStudies: 40 },
  eligibilityRules: {
    age: { min: 18, max: 60 },
    residence: { municipalities: [uppsala.code] },
    careContact: { anyOf: ['psychiatry', 'primaryCare'] },
    consentToCollaboration: true,
    goal: { anyOf: ['studies'] },
  },
  rulesSource: {
    sv: 'Uppsala kommun, Arbetsmarknadsförvaltningen: Verksamhetsuppföljning arbetsmarknad september 2025 (AMN-2025-00457), avsnittet ”Målgrupp för Supported Education”.',
    lattlast: 'Reglerna kommer från Uppsala kommun. De står i en rapport från september 2025.',
    en: 'Uppsala kommun, Labour Market Administration: follow-up report September 2025 (AMN-2025-00457), section “Target group for Supported Education”.',
    ar: 'بلدية أوبسالا، إدارة سوق العمل: تقرير المتابعة لشهر سبتمبر 2025 (AMN-2025-00457)، قسم «الفئة المستهدفة لخدمة الدعم في الدراسة».',
    fi: 'Uppsalan kunta, työmarkkinahallinto: seurantaraportti syyskuu 2025 (AMN-2025-00457), kohta ”Tuetun opiskelun kohderyhmä”.',
  },
  form: selfReferralForm({
    title: {
      sv: 'Anmälan till Stöd i studier',
      lattlast: 'Anmäl dig till Stöd i studier',
      en: 'Referral to Supported Education',
      ar: 'طلب الانضمام إلى الدعم في الدراسة',
      fi: 'Ilmoitus tuettuun opiskeluun',
    },
    intro: {
      sv: 'Här gör du en anmälan till Stöd i studier. Det tar några minuter. Vi frågar inte om diagnos eller hälsa. Du kan alltid skicka in anmälan, även om du är osäker på om insatsen passar dig.',
      lattlast:
        'Här anmäler du dig till Stöd i studier. Det går fort. Vi frågar inte om din hälsa. Du kan alltid skicka anmälan.',
      en: 'Here you can send a referral to Supported Education. It takes a few minutes. We do not ask about diagnoses or health. You can always send the referral, even if you are not sure the service suits you.',
      ar: 'هنا يمكنك تقديم طلب الانضمام إلى الدعم في الدراسة. يستغرق ذلك بضع دقائق. لا نسأل عن التشخيص أو الحالة الصحية. يمكنك دائماً إرسال الطلب، حتى لو لم تكن متأكداً من أن الخدمة تناسبك.',
      fi: 'Täällä voit tehdä ilmoituksen tuettuun opiskeluun. Se vie muutaman minuutin. Emme kysy diagnooseista tai terveydestä. Voit aina lähettää ilmoituksen, vaikka et olisi varma, sopiiko tuki sinulle.',
    },
    consentLabel: {
      sv: 'Godkänner du att stödet sker i samverkan med din kontakt i vården?',
      lattlast: 'Får coachen prata med din kontakt i vården?',
      en: 'Do you agree that the support is given in collaboration with your contact in health care?',
      ar: 'هل توافق على أن يُقدَّم الدعم بالتعاون مع الجهة التي تتابعك في الرعاية الصحية؟',
      fi: 'Suostutko siihen, että tuki annetaan yhteistyössä yhteyshenkilösi kanssa terveydenhuollossa?',
    },
  }),
}

/* ------------------------------------------------------------------------------------------------
 * SE — Supported Employment. The documents name the method and its 5 steps but give no target
 * group for Uppsala: the rules below are an assumption (see rulesSource).
 * ---------------------------------------------------------------------------------------------- */

const se: ServiceSeed = {
  slug: 'se',
  method: 'se',
  name: {
    sv: 'Supported Employment (SE)',
    lattlast: 'Supported Employment – stöd till arbete',
    en: 'Supported Employment (SE)',
    ar: 'التوظيف المدعوم (SE)',
    fi: 'Tuettu työllistyminen (SE)',
  },
  summary: {
    sv: 'Supported Employment är stöd för dig som behöver extra hjälp för att hitta och behålla ett arbete. Stödet följer fem steg, från en första överenskommelse till stöd på och utanför arbetet.',
    lattlast:
      'Supported Employment är stöd för dig som vill ha ett jobb. Du får hjälp att hitta ett jobb. Du får också stöd när du har jobbet.',
    en: 'Supported Employment is support for people who need extra help to find and keep a job. The support follows five steps, from a first agreement to support on and off the job.',
    ar: 'التوظيف المدعوم هو دعم للأشخاص الذين يحتاجون إلى مساعدة إضافية لإيجاد عمل والحفاظ عليه. يتبع الدعم خمس خطوات، من اتفاق أولي إلى الدعم داخل العمل وخارجه.',
    fi: 'Tuettu työllistyminen on tukea ihmisille, jotka tarvitsevat lisäapua löytääkseen työn ja pysyäkseen siinä. Tuki etenee viidessä vaiheessa ensimmäisestä sopimuksesta tukeen työssä ja sen ulkopuolella.',
  },
  whoFor: {
    sv: 'Supported Employment är för dig som är mellan 18 och 65 år, är folkbokförd i Uppsala kommun och vill arbeta, men behöver extra stöd för att hitta och behålla ett arbete. Du behöver inte ha kontakt med psykiatrin eller primärvården. Du kan alltid skicka in en anmälan, även om du är osäker på om allt stämmer in på dig. Passar en annan insats dig bättre kan vi hjälpa dig vidare dit.',
    lattlast:
      'Supported Employment är för dig som är 18 till 65 år. Du bor i Uppsala kommun och är folkbokförd här. Du vill jobba, men behöver extra stöd. Du behöver inte ha kontakt med vården. Du kan alltid skicka en anmälan. Även om du inte är säker på att stödet passar dig.',
    en: 'Supported Employment is for people aged 18 to 65 who are registered residents of Uppsala municipality and want to work, but need extra support to find and keep a job. You do not need to be in contact with psychiatry or primary care. You can always send a referral, even if you are not sure that everything applies to you. If another service suits you better, we can help you find your way there.',
    ar: 'التوظيف المدعوم مخصّص للأشخاص الذين تتراوح أعمارهم بين 18 و65 عاماً، والمسجَّلين في سجل السكان في بلدية أوبسالا، ويريدون العمل لكنهم يحتاجون إلى دعم إضافي لإيجاد عمل والحفاظ عليه. لا تحتاج إلى أن تكون على تواصل مع الطب النفسي أو الرعاية الصحية الأولية. يمكنك دائماً إرسال طلب، حتى لو لم تكن متأكداً من أن كل شيء ينطبق عليك. وإذا كانت خدمة أخرى تناسبك أكثر، يمكننا مساعدتك للوصول إليها.',
    fi: 'Tuettu työllistyminen on 18–65-vuotiaille, jotka ovat kirjoilla Uppsalan kunnassa ja haluavat tehdä töitä, mutta tarvitsevat lisätukea löytääkseen työn ja pysyäkseen siinä. Sinun ei tarvitse olla yhteydessä psykiatriaan tai terveyskeskukseen. Voit aina lähettää ilmoituksen, vaikka et olisi varma, sopiiko kaikki sinuun. Jos toinen palvelu sopii sinulle paremmin, autamme sinua löytämään sen.',
  },
  whatYouGet: [
    {
      sv: 'En egen coach som följer dig genom alla fem stegen.',
      lattlast: 'En egen coach.',
      en: 'Your own coach, who follows you through all five steps.',
      ar: 'مدرب خاص بك يرافقك في جميع الخطوات الخمس.',
      fi: 'Oma valmentaja, joka kulkee kanssasi kaikki viisi vaihetta.',
    },
    {
      sv: 'En yrkesprofil med dina intressen, erfarenheter och styrkor.',
      lattlast: 'Ni skriver ner vad du är bra på och vad du vill göra.',
      en: 'A vocational profile with your interests, experience and strengths.',
      ar: 'ملف مهني يتضمن اهتماماتك وخبراتك ونقاط قوتك.',
      fi: 'Ammatillinen profiili, jossa ovat kiinnostuksen kohteesi, kokemuksesi ja vahvuutesi.',
    },
    {
      sv: 'Hjälp att söka och hitta arbete.',
      lattlast: 'Hjälp att söka jobb.',
      en: 'Help to look for and find work.',
      ar: 'مساعدة في البحث عن عمل وإيجاده.',
      fi: 'Apua työn etsimiseen ja löytämiseen.',
    },
    {
      sv: 'Kontakt med arbetsgivare som kan passa dig.',
      lattlast: 'Coachen pratar med arbetsgivare.',
      en: 'Contact with employers who may suit you.',
      ar: 'تواصل مع أصحاب عمل قد يناسبونك.',
      fi: 'Yhteydenpitoa työnantajiin, jotka voivat sopia sinulle.',
    },
    {
      sv: 'Stöd på arbetsplatsen och utanför arbetet.',
      lattlast: 'Stöd på jobbet och utanför jobbet.',
      en: 'Support at the workplace and outside work.',
      ar: 'دعم في مكان العمل وخارجه.',
      fi: 'Tukea työpaikalla ja työn ulkopuolella.',
    },
  ],
  howItWorks: [
    stepReferral,
    stepQueue,
    {
      title: {
        sv: 'Ett första samtal',
        lattlast: 'Ni pratar första gången',
        en: 'A first conversation',
        ar: 'محادثة أولى',
        fi: 'Ensimmäinen keskustelu',
      },
      text: {
        sv: 'En coach hör av sig till dig. Ni pratar om vad du vill arbeta med och om Supported Employment passar dig.',
        lattlast: 'En coach ringer eller skriver till dig. Ni pratar om vilket jobb du vill ha.',
        en: 'A coach gets in touch with you. You talk about what work you would like and whether Supported Employment suits you.',
        ar: 'يتواصل معك مدرب. تتحدثان عن العمل الذي تريده وعمّا إذا كان التوظيف المدعوم يناسبك.',
        fi: 'Valmentaja ottaa sinuun yhteyttä. Puhutte siitä, millaista työtä haluaisit ja sopiiko tuettu työllistyminen sinulle.',
      },
    },
    {
      title: {
        sv: 'Ni arbetar i fem steg',
        lattlast: 'Fem steg',
        en: 'You work in five steps',
        ar: 'تعملان في خمس خطوات',
        fi: 'Työskentelet viidessä vaiheessa',
      },
      text: {
        sv: 'När du är inskriven arbetar ni efter de fem stegen: överenskommelse, yrkesprofil, hitta arbete, kontakt med arbetsgivare och stöd på och utanför arbetet. Hur länge stödet pågår varierar.',
        lattlast:
          'Ni gör fem steg tillsammans. De står längre ner på sidan. Hur länge du får stöd är olika.',
        en: 'Once you are enrolled, you work through the five steps: agreement, vocational profile, finding work, employer engagement and support on and off the job. How long the support lasts varies.',
        ar: 'بعد تسجيلك، تعملان وفق الخطوات الخمس: الاتفاق، والملف المهني، وإيجاد العمل، والتواصل مع أصحاب العمل، والدعم داخل العمل وخارجه. تختلف مدة الدعم من شخص لآخر.',
        fi: 'Kun olet mukana tuessa, käytte läpi viisi vaihetta: sopimus, ammatillinen profiili, työn löytäminen, yhteistyö työnantajan kanssa ja tuki työssä ja sen ulkopuolella. Tuen kesto vaihtelee.',
      },
    },
    stepFollowUp,
  ],
  principles: [
    {
      title: {
        sv: 'Steg 1: Överenskommelse',
        lattlast: 'Steg 1: Ni bestämmer tillsammans',
        en: 'Step 1: Agreement',
        ar: 'الخطوة 1: الاتفاق',
        fi: 'Vaihe 1: Sopimus',
      },
      text: {
        sv: 'Du och coachen kommer överens om vad målet är och hur ni ska arbeta tillsammans.',
        lattlast: 'Du och coachen bestämmer vad ni ska göra.',
        en: 'You and the coach agree on the goal and on how you will work together.',
        ar: 'تتفق أنت والمدرب على الهدف وعلى طريقة العمل معاً.',
        fi: 'Sinä ja valmentaja sovitte tavoitteesta ja siitä, miten teette yhteistyötä.',
      },
    },
    {
      title: {
        sv: 'Steg 2: Yrkesprofil',
        lattlast: 'Steg 2: Vad är du bra på?',
        en: 'Step 2: Vocational profile',
        ar: 'الخطوة 2: الملف المهني',
        fi: 'Vaihe 2: Ammatillinen profiili',
      },
      text: {
        sv: 'Ni tar reda på dina intressen, erfarenheter och styrkor, och vad som behövs för att ett arbete ska fungera för dig.',
        lattlast: 'Ni pratar om vad du tycker om och vad du är bra på.',
        en: 'You find out about your interests, experience and strengths, and what a job needs for it to work for you.',
        ar: 'تتعرّفان على اهتماماتك وخبراتك ونقاط قوتك، وعلى ما يلزم لكي يكون العمل مناسباً لك.',
        fi: 'Selvität kiinnostuksen kohteesi, kokemuksesi ja vahvuutesi sekä sen, mitä työltä vaaditaan, jotta se toimisi sinulle.',
      },
    },
    {
      title: {
        sv: 'Steg 3: Hitta arbete',
        lattlast: 'Steg 3: Söka jobb',
        en: 'Step 3: Finding work',
        ar: 'الخطوة 3: إيجاد عمل',
        fi: 'Vaihe 3: Työn löytäminen',
      },
      text: {
        sv: 'Ni söker arbeten som passar din yrkesprofil.',
        lattlast: 'Ni söker jobb som passar dig.',
        en: 'You look for jobs that match your vocational profile.',
        ar: 'تبحثان عن وظائف تناسب ملفك المهني.',
        fi: 'Etsit töitä, jotka vastaavat ammatillista profiiliasi.',
      },
    },
    {
      title: {
        sv: 'Steg 4: Arbetsgivarengagemang',
        lattlast: 'Steg 4: Kontakt med arbetsgivare',
        en: 'Step 4: Employer engagement',
        ar: 'الخطوة 4: إشراك أصحاب العمل',
        fi: 'Vaihe 4: Yhteistyö työnantajan kanssa',
      },
      text: {
        sv: 'Coachen tar kontakt med arbetsgivare och hjälper till att hitta en arbetsplats och arbetsuppgifter som passar dig.',
        lattlast: 'Coachen pratar med arbetsgivare. Ni hittar ett jobb som passar dig.',
        en: 'The coach contacts employers and helps to find a workplace and tasks that suit you.',
        ar: 'يتواصل المدرب مع أصحاب العمل ويساعد في إيجاد مكان عمل ومهام تناسبك.',
        fi: 'Valmentaja ottaa yhteyttä työnantajiin ja auttaa löytämään sinulle sopivan työpaikan ja työtehtävät.',
      },
    },
    {
      title: {
        sv: 'Steg 5: Stöd på och utanför arbetet',
        lattlast: 'Steg 5: Stöd när du jobbar',
        en: 'Step 5: Support on and off the job',
        ar: 'الخطوة 5: الدعم داخل العمل وخارجه',
        fi: 'Vaihe 5: Tuki työssä ja sen ulkopuolella',
      },
      text: {
        sv: 'När du har börjat arbeta får du och arbetsgivaren stöd, både på arbetsplatsen och med sådant utanför arbetet som påverkar det.',
        lattlast: 'När du har fått ett jobb får du stöd. Din chef kan också få stöd.',
        en: 'Once you have started work, you and your employer get support, both at the workplace and with things outside work that affect it.',
        ar: 'بعد أن تبدأ العمل، تحصل أنت وصاحب العمل على الدعم، في مكان العمل وفي الأمور التي تؤثر في العمل من خارجه.',
        fi: 'Kun olet aloittanut työn, sinä ja työnantajasi saatte tukea sekä työpaikalla että työn ulkopuolisissa asioissa, jotka vaikuttavat siihen.',
      },
    },
  ],
  unit: provider,
  provider,
  municipality: uppsala,
  contact: { phone: '031-390 06 30', email: 'se@uppsala.example', address, openingHours },
  languages: ['sv', 'en'],
  caseloadTarget,
  yearlyTargets: { peopleSupported: 25, maxWaitDays: 45, shareIntoWorkOrStudies: 35 },
  eligibilityRules: {
    age: { min: 18, max: 65 },
    residence: { municipalities: [uppsala.code] },
    goal: { anyOf: ['work'] },
    questions: [
      {
        id: 'needsExtraSupport',
        question: {
          sv: 'Behöver du extra stöd för att hitta och behålla ett arbete?',
          lattlast: 'Behöver du extra hjälp för att få och behålla ett jobb?',
          en: 'Do you need extra support to find and keep a job?',
          ar: 'هل تحتاج إلى دعم إضافي لإيجاد عمل والحفاظ عليه؟',
          fi: 'Tarvitsetko lisätukea löytääksesi työn ja pysyäksesi siinä?',
        },
        expected: true,
      },
    ],
  },
  rulesSource: {
    sv: 'Antagande. Uppsala kommuns underlag nämner att förvaltningen arbetar med Supported Employment men anger inte vem insatsen är till för. Reglerna här (18–65 år, folkbokförd i Uppsala kommun, vill arbeta, behöver extra stöd) är ett antagande som personalen behöver kontrollera och ändra. De fem stegen kommer från Göteborgs Stads rapport om IPS (2024–2025).',
    lattlast: 'Reglerna är inte bestämda ännu. Vi har gissat. Personalen ska kontrollera reglerna.',
    en: 'Assumption. Uppsala kommun’s documents say that the administration works with Supported Employment but do not say who the service is for. These rules (age 18–65, registered resident of Uppsala municipality, wants to work, needs extra support) are an assumption that staff need to check and change. The five steps come from Göteborgs Stad’s report on IPS (2024–2025).',
    ar: 'افتراض. تذكر وثائق بلدية أوبسالا أن الإدارة تعمل بطريقة التوظيف المدعوم، لكنها لا تحدد لمن هذه الخدمة. هذه القواعد (العمر 18–65 عاماً، التسجيل في سجل السكان في بلدية أوبسالا، الرغبة في العمل، الحاجة إلى دعم إضافي) افتراض يجب على الموظفين التحقق منه وتعديله. أما الخطوات الخمس فمصدرها تقرير مدينة يوتيبوري عن IPS (2024–2025).',
    fi: 'Oletus. Uppsalan kunnan asiakirjoissa sanotaan, että hallinto tekee tuettua työllistymistä, mutta ei sitä, kenelle palvelu on tarkoitettu. Nämä säännöt (ikä 18–65, kirjoilla Uppsalan kunnassa, haluaa tehdä töitä, tarvitsee lisätukea) ovat oletus, joka henkilöstön täytyy tarkistaa ja muuttaa. Viisi vaihetta ovat peräisin Göteborgin kaupungin IPS-raportista (2024–2025).',
  },
  form: (() => {
    const form = selfReferralForm({
      title: {
        sv: 'Anmälan till Supported Employment',
        lattlast: 'Anmäl dig till Supported Employment',
        en: 'Referral to Supported Employment',
        ar: 'طلب الانضمام إلى التوظيف المدعوم',
        fi: 'Ilmoitus tuettuun työllistymiseen',
      },
      intro: {
        sv: 'Här gör du en anmälan till Supported Employment. Det tar några minuter. Vi frågar inte om diagnos eller hälsa. Du kan alltid skicka in anmälan, även om du är osäker på om insatsen passar dig.',
        lattlast:
          'Här anmäler du dig till Supported Employment. Det går fort. Vi frågar inte om din hälsa. Du kan alltid skicka anmälan.',
        en: 'Here you can send a referral to Supported Employment. It takes a few minutes. We do not ask about diagnoses or health. You can always send the referral, even if you are not sure the service suits you.',
        ar: 'هنا يمكنك تقديم طلب الانضمام إلى التوظيف المدعوم. يستغرق ذلك بضع دقائق. لا نسأل عن التشخيص أو الحالة الصحية. يمكنك دائماً إرسال الطلب، حتى لو لم تكن متأكداً من أن الخدمة تناسبك.',
        fi: 'Täällä voit tehdä ilmoituksen tuettuun työllistymiseen. Se vie muutaman minuutin. Emme kysy diagnooseista tai terveydestä. Voit aina lähettää ilmoituksen, vaikka et olisi varma, sopiiko tuki sinulle.',
      },
      consentLabel: {
        sv: 'Godkänner du att coachen samverkar med din kontakt i vården, om du har en sådan?',
        lattlast: 'Får coachen prata med din kontakt i vården, om du har en?',
        en: 'Do you agree that the coach collaborates with your contact in health care, if you have one?',
        ar: 'هل توافق على أن يتعاون المدرب مع الجهة التي تتابعك في الرعاية الصحية، إن وُجدت؟',
        fi: 'Suostutko siihen, että valmentaja tekee yhteistyötä yhteyshenkilösi kanssa terveydenhuollossa, jos sinulla on sellainen?',
      },
    })
    // SE asks its one free rule question in the situation step, right after the goals.
    const situation = form.definition.steps.find((s) => s.id === 'situation')!
    const afterGoals =
      situation.questions.findIndex((q) => q.kind === 'standard' && q.field === 'goals') + 1
    situation.questions.splice(afterGoals, 0, {
      kind: 'yesNo',
      key: 'needsExtraSupport',
      required: false,
      label: {
        sv: 'Behöver du extra stöd för att hitta och behålla ett arbete?',
        lattlast: 'Behöver du extra hjälp för att få och behålla ett jobb?',
        en: 'Do you need extra support to find and keep a job?',
        ar: 'هل تحتاج إلى دعم إضافي لإيجاد عمل والحفاظ عليه؟',
        fi: 'Tarvitsetko lisätukea löytääksesi työn ja pysyäksesi siinä?',
      },
    })
    return form
  })(),
}

/**
 * IPS as the coordination association runs it for Enköping and Håbo: the same method, texts and form
 * as Uppsala's, its own unit, area, contact and name.
 */
const ipsEnkopingHabo: ServiceSeed = {
  ...ips,
  slug: 'ips-enkoping-habo',
  unit: enkopingHaboUnit.name,
  name: {
    sv: 'IPS i Enköping och Håbo',
    lattlast: 'IPS – stöd för att få ett jobb, i Enköping och Håbo',
    en: 'IPS in Enköping and Håbo',
    ar: 'التوظيف الفردي مع الدعم (IPS) في إنشوبينغ وهوبو',
    fi: 'IPS Enköpingissä ja Håbossa',
  },
  provider: enkopingHaboUnit.name,
  municipality: { code: '0381', name: 'Enköpings kommun' },
  contact: { ...enkopingHaboUnit.contact, email: 'ips@enkoping-habo.example' },
  languages: ['sv', 'en'],
  eligibilityRules: {
    ...ips.eligibilityRules,
    residence: { municipalities: enkopingHaboUnit.area.map((a) => a.municipality) },
  },
}

/** The three Göteborg units' services, by the unit's part of the city. */
export const goteborgSlugs = [
  'ips-goteborg-nordost',
  'ips-goteborg-hisingen',
  'ips-goteborg-centrum-sydvast',
] as const
export type GoteborgSlug = (typeof goteborgSlugs)[number]

/**
 * IPS in each of the three synthetic Göteborg units: the same method, texts and form as Uppsala's,
 * the unit's own name, contact and area. The site routes a Göteborg resident to one of them by
 * district, as the unit's area says.
 */
const ipsGoteborg = (unit: UnitSeed, slug: GoteborgSlug): ServiceSeed => {
  const part = unit.name.replace('Arbetsmarknadsenheten Göteborg ', '')
  return {
    ...ips,
    slug,
    unit: unit.name,
    name: {
      sv: `IPS i Göteborg ${part}`,
      lattlast: `IPS – stöd för att få ett jobb, i Göteborg ${part}`,
      en: `IPS in Göteborg ${part}`,
      ar: `التوظيف الفردي مع الدعم (IPS) في يوتيبوري ${part}`,
      fi: `IPS Göteborgissa (${part})`,
    },
    provider: unit.name,
    municipality: { code: '1480', name: 'Göteborgs kommun' },
    contact: unit.contact,
    languages: ['sv', 'en'],
    caseloadTarget,
    eligibilityRules: { ...ips.eligibilityRules, residence: { municipalities: ['1480'] } },
  }
}

export const goteborgServices: ServiceSeed[] = goteborgUnits.map((unit, i) =>
  ipsGoteborg(unit, goteborgSlugs[i]),
)

export const services: ServiceSeed[] = [ips, sed, se, ipsEnkopingHabo, ...goteborgServices]
