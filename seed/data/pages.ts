/**
 * Editor-written pages for the people around the target group (clinics, schools, employers,
 * relatives, agencies) and the pages about the site (privacy, accessibility), as seed data.
 *
 * Facts come from the project's source documents (numbered as in DOMAIN.md): the services, their
 * rules, the support employers get and the consent routine from Uppsala kommun's follow-up [000];
 * "no complicated referral procedure" and the person deciding what an employer is told from the
 * Hudiksvall evaluation [003]. The privacy page describes what this system does; the exact years a
 * closed case is kept are the municipality's to set, so the page refers to its records plan.
 *
 * All contact details are fictional: phone numbers from the range PTS reserves for fiction
 * (031-390 06 00–99), e-mail on the reserved `.example` domain.
 *
 * The Finnish texts (`fi`) await review by a native speaker: the CMS shows the language as
 * "Suomi (granskas)" until `localeInfo.fi.awaitingReview` is removed.
 */
import type { Locale } from '@stodportalen/support-services/domain'

import { type Block, bold, heading, link, list, paragraph } from '../src/lexical'

/** A text in every locale the portal publishes. */
type Text4 = Record<Locale, string>

export type Audience = 'clinics' | 'schools' | 'employers' | 'relatives' | 'agencies' | 'about'

export interface PageSeed {
  slug: string
  audience: Audience
  order: number
  title: Text4
  summary: Text4
  /** A whole document per language: the easy-to-read version may say less, in other words. */
  body: Record<Locale, Block[]>
}

/** A link to another page of the site, in the same language. */
const site = (locale: Locale, path: string) => (locale === 'sv' ? `/${path}` : `/${locale}/${path}`)
const mail = (address: string) => link(address, `mailto:${address}`)
/** A Swedish number shown as written, dialled in international form: 031-390 06 40 → tel:+46313900640. */
const phone = (number: string) => link(number, `tel:+46${number.replace(/\D/g, '').slice(1)}`)

const outreach = { email: 'samverkan@uppsala.example', phone: '031-390 06 40' }
const ips = { email: 'ips@uppsala.example', phone: '031-390 06 10' }
const sed = { email: 'sed@uppsala.example', phone: '031-390 06 20' }
const dataProtection = { email: 'dataskyddsombud@uppsala.example', phone: '031-390 06 60' }
const accessibility = { email: 'tillganglighet@uppsala.example', phone: '031-390 06 50' }

/* ------------------------------------------------------------------------------------------------
 * Psychiatry and primary care
 * ---------------------------------------------------------------------------------------------- */

const clinics: PageSeed = {
  slug: 'vard',
  audience: 'clinics',
  order: 10,
  title: {
    sv: 'För dig som arbetar i psykiatrin eller primärvården',
    lattlast: 'För dig som jobbar i vården',
    en: 'For staff in psychiatry and primary care',
    ar: 'للعاملين في الطب النفسي والرعاية الصحية الأولية',
    fi: 'Psykiatrian ja perusterveydenhuollon työntekijöille',
  },
  summary: {
    sv: 'Så berättar du för dina patienter om stöd till arbete och studier, och så samarbetar coachen med er.',
    lattlast: 'Så berättar du om stödet för dina patienter. Och så jobbar coachen ihop med er.',
    en: 'How to tell your patients about support with work and studies, and how the coach works with you.',
    ar: 'كيف تخبر مرضاك عن الدعم في العمل والدراسة، وكيف يتعاون المدرب معكم.',
    fi: 'Näin kerrot potilaillesi tuesta työhön ja opiskeluun, ja näin valmentaja tekee yhteistyötä kanssanne.',
  },
  body: {
    sv: [
      heading('Arbete och studier är en del av återhämtningen'),
      paragraph(
        'Många som har en psykisk funktionsnedsättning vill arbeta eller studera, och med rätt stöd lyckas många. Uppsala kommun erbjuder två stöd som bygger på forskning:',
      ),
      list([
        [
          link('Individuell placering med stöd (IPS)', site('sv', 'stod/ips')),
          ': en arbetscoach hjälper personen att hitta och behålla ett vanligt arbete med lön.',
        ],
        [
          link('Stöd i studier (SEd)', site('sv', 'stod/sed')),
          ': en coach hjälper personen att börja eller slutföra studier.',
        ],
      ]),
      heading('Så kan du berätta om stödet'),
      list([
        'Fråga om patienten vill arbeta eller studera. Viljan är det viktigaste: det behövs ingen bedömning av arbetsförmågan först.',
        'Berätta att stödet är frivilligt och att personens egna önskemål styr.',
        'Berätta att arbetssökandet börjar direkt när personen är inskriven, och att stödet finns kvar så länge det behövs.',
        'Många oroar sig för att förlora sin ersättning. Coachen hjälper till att ta reda på vad som gäller.',
        'Visa gärna den här webbplatsen. Den finns också på lättläst svenska, engelska och arabiska, och här syns väntetiden just nu.',
      ]),
      heading('Patienten kan anmäla sig själv'),
      paragraph(
        'Det finns inget krångligt remissförfarande. Patienten kan göra en anmälan själv här på webbplatsen, på några minuter. Du kan också göra anmälan tillsammans med patienten, eller åt patienten om hen vill det. Anmälan frågar aldrig efter diagnos.',
      ),
      paragraph(
        'Stödet är för personer som är folkbokförda i Uppsala kommun, har en psykisk funktionsnedsättning och har kontakt med psykiatrin eller primärvården:',
      ),
      list([
        'IPS: 18–65 år och vill ha ett arbete.',
        'Stöd i studier: 18–60 år och vill börja eller slutföra studier.',
      ]),
      paragraph(
        'Är ni osäkra på om stödet passar? Gör en anmälan ändå. Vi läser varje anmälan, och passar ett annat stöd bättre hjälper vi personen vidare dit.',
      ),
      heading('Coachen samarbetar med er'),
      paragraph(
        'Arbetscoachen är en del av teamet runt patienten, så att behandling och arbete går åt samma håll. Samarbetet bygger på patientens samtycke: patienten skriver under en blankett för samtycke när vi träffas. Samtycket är frivilligt och kan tas tillbaka. Utan samtycke delar vi inga uppgifter med er.',
      ),
      heading('Vill ni veta mer?'),
      paragraph(
        'Vi kommer gärna till er mottagning eller vårdcentral och berättar om stödet, till exempel på en arbetsplatsträff. Skriv till ',
        mail(outreach.email),
        ' eller ring ',
        phone(outreach.phone),
        '.',
      ),
    ],
    lattlast: [
      heading('Stöd till jobb och studier'),
      paragraph(
        'Många som mår psykiskt dåligt vill jobba eller studera. Kommunen har stöd för det.',
      ),
      list([
        [
          link('IPS', site('lattlast', 'stod/ips')),
          ': hjälp att hitta ett jobb och att behålla det.',
        ],
        [
          link('Stöd i studier', site('lattlast', 'stod/sed')),
          ': hjälp att börja studera eller att plugga klart.',
        ],
      ]),
      heading('Berätta för din patient'),
      list([
        'Fråga om patienten vill jobba eller studera.',
        'Berätta att stödet är frivilligt.',
        'Berätta att patienten själv bestämmer vad hen vill.',
        'Visa den här webbplatsen. Den finns på lättläst svenska, engelska och arabiska.',
      ]),
      heading('Så gör man en anmälan'),
      paragraph(
        'Patienten kan anmäla sig själv här. Det tar några minuter. Det behövs ingen remiss. Du kan också hjälpa till med anmälan.',
      ),
      paragraph('Vi frågar aldrig om diagnos.'),
      heading('Coachen och vården jobbar ihop'),
      paragraph(
        'Coachen pratar med vården. Men bara om patienten säger ja. Det kallas samtycke. Patienten kan ändra sig.',
      ),
      heading('Har du frågor?'),
      paragraph(
        'Skicka e-post till ',
        mail(outreach.email),
        '. Eller ring ',
        phone(outreach.phone),
        '.',
      ),
    ],
    en: [
      heading('Work and studies are part of recovery'),
      paragraph(
        'Many people with a mental health condition want to work or study, and with the right support many succeed. Uppsala municipality offers two evidence-based kinds of support:',
      ),
      list([
        [
          link('Individual Placement and Support (IPS)', site('en', 'stod/ips')),
          ': an employment coach helps the person find and keep an ordinary paid job.',
        ],
        [
          link('Supported Education (SEd)', site('en', 'stod/sed')),
          ': a coach helps the person start or finish studies.',
        ],
      ]),
      heading('How to tell your patients'),
      list([
        'Ask whether the patient wants to work or study. The wish is what matters most: no assessment of work capacity is needed first.',
        'Explain that the support is voluntary and that the person’s own wishes steer it.',
        'Explain that the job search starts as soon as the person is enrolled, and that the support lasts as long as it is needed.',
        'Many people worry about losing their benefits. The coach helps them find out what applies to them.',
        'Show them this website. It is also in easy-to-read Swedish, English and Arabic, and it shows the current waiting time.',
      ]),
      heading('Patients can refer themselves'),
      paragraph(
        'There is no complicated referral procedure. Patients can send a referral themselves here on the website in a few minutes. You can also fill it in together with the patient, or for them if they want you to. The form never asks for a diagnosis.',
      ),
      paragraph(
        'The support is for people who are registered residents of Uppsala municipality, have a mental health condition and are in contact with psychiatry or primary care:',
      ),
      list([
        'IPS: aged 18–65 and wanting a job.',
        'Supported Education: aged 18–60 and wanting to start or finish studies.',
      ]),
      paragraph(
        'Not sure whether it fits? Send a referral anyway. We read every referral, and if other support suits the person better, we help them find their way there.',
      ),
      heading('The coach works with you'),
      paragraph(
        'The employment coach is part of the team around the patient, so that treatment and work pull in the same direction. This collaboration rests on the patient’s consent: they sign a consent form when we meet. Consent is voluntary and can be withdrawn. Without consent we share no information with you.',
      ),
      heading('Want to know more?'),
      paragraph(
        'We are happy to visit your clinic or health centre and tell you about the support, for example at a staff meeting. E-mail ',
        mail(outreach.email),
        ' or call ',
        phone(outreach.phone),
        '.',
      ),
    ],
    ar: [
      heading('العمل والدراسة جزء من التعافي'),
      paragraph(
        'كثير من الأشخاص ذوي الإعاقة النفسية يريدون العمل أو الدراسة، وينجح كثيرون منهم إذا حصلوا على الدعم المناسب. تقدّم بلدية أوبسالا نوعين من الدعم يقومان على الأبحاث العلمية:',
      ),
      list([
        [
          link('التوظيف الفردي مع الدعم (IPS)', site('ar', 'stod/ips')),
          ': يساعد مدرب عمل الشخصَ على إيجاد عمل عادي بأجر والحفاظ عليه.',
        ],
        [
          link('الدعم في الدراسة (SEd)', site('ar', 'stod/sed')),
          ': يساعد مدرب الشخصَ على بدء الدراسة أو إكمالها.',
        ],
      ]),
      heading('كيف تخبر مرضاك عن الدعم'),
      list([
        'اسأل المريض إن كان يريد العمل أو الدراسة. الرغبة هي الأهم، ولا حاجة إلى تقييم القدرة على العمل أولاً.',
        'أخبره أن الدعم طوعي وأن رغباته هو التي توجّهه.',
        'أخبره أن البحث عن عمل يبدأ فور تسجيله، وأن الدعم يستمر طالما احتاج إليه.',
        'يقلق كثيرون من فقدان التعويض الذي يحصلون عليه. يساعد المدرب في معرفة القواعد التي تنطبق على كل شخص.',
        'اعرض عليه هذا الموقع. وهو متوفر أيضاً بالسويدية المبسّطة والإنجليزية والعربية، ويُظهر مدة الانتظار الحالية.',
      ]),
      heading('يمكن للمريض أن يقدّم الطلب بنفسه'),
      paragraph(
        'لا توجد إجراءات إحالة معقّدة. يمكن للمريض تقديم الطلب بنفسه هنا على الموقع خلال بضع دقائق. ويمكنك أيضاً ملء الطلب مع المريض، أو نيابة عنه إذا رغب في ذلك. لا تسأل الاستمارة أبداً عن التشخيص.',
      ),
      paragraph(
        'الدعم مخصّص للأشخاص المسجَّلين في سجل السكان في بلدية أوبسالا، ولديهم إعاقة نفسية، وعلى تواصل مع الطب النفسي أو الرعاية الصحية الأولية:',
      ),
      list([
        'IPS: من 18 إلى 65 عاماً، لمن يريد عملاً.',
        'الدعم في الدراسة: من 18 إلى 60 عاماً، لمن يريد بدء الدراسة أو إكمالها.',
      ]),
      paragraph(
        'لست متأكداً إن كان الدعم مناسباً؟ قدّم الطلب على أي حال. نقرأ كل طلب، وإذا كان دعم آخر يناسب الشخص أكثر، نساعده في الوصول إليه.',
      ),
      heading('المدرب يتعاون معكم'),
      paragraph(
        'مدرب العمل جزء من الفريق المحيط بالمريض، حتى يسير العلاج والعمل في الاتجاه نفسه. يقوم هذا التعاون على موافقة المريض: يوقّع المريض على استمارة الموافقة عندما نلتقي. الموافقة طوعية ويمكن سحبها. ومن دون موافقة لا نشارك معكم أي معلومات.',
      ),
      heading('هل تريدون معرفة المزيد؟'),
      paragraph(
        'يسعدنا أن نزور عيادتكم أو مركزكم الصحي لنحدّثكم عن الدعم، مثلاً في اجتماع للعاملين. راسلونا على ',
        mail(outreach.email),
        ' أو اتصلوا على ',
        phone(outreach.phone),
        '.',
      ),
    ],
    fi: [
      heading('Työ ja opiskelu ovat osa toipumista'),
      paragraph(
        'Moni, jolla on psyykkinen toimintarajoite, haluaa tehdä töitä tai opiskella, ja oikean tuen avulla moni onnistuu. Uppsalan kunta tarjoaa kahta tutkimukseen perustuvaa tukea:',
      ),
      list([
        [
          link('Yksilöllinen työhönsijoitus ja tuki (IPS)', site('fi', 'stod/ips')),
          ': työvalmentaja auttaa henkilöä löytämään tavallisen palkkatyön ja pysymään siinä.',
        ],
        [
          link('Tuettu opiskelu (SEd)', site('fi', 'stod/sed')),
          ': valmentaja auttaa henkilöä aloittamaan opinnot tai saamaan ne päätökseen.',
        ],
      ]),
      heading('Näin kerrot potilaillesi'),
      list([
        'Kysy, haluaako potilas tehdä töitä tai opiskella. Halu on tärkeintä: työkykyä ei tarvitse arvioida ensin.',
        'Kerro, että tuki on vapaaehtoista ja että henkilön omat toiveet ohjaavat sitä.',
        'Kerro, että työnhaku alkaa heti, kun henkilö on mukana tuessa, ja että tuki jatkuu niin kauan kuin sitä tarvitaan.',
        'Moni pelkää menettävänsä etuutensa. Valmentaja auttaa selvittämään, mitkä säännöt koskevat häntä.',
        'Näytä hänelle tämä sivusto. Se on myös selkoruotsiksi, englanniksi, arabiaksi ja suomeksi, ja siinä näkyy tämänhetkinen odotusaika.',
      ]),
      heading('Potilas voi tehdä ilmoituksen itse'),
      paragraph(
        'Monimutkaista lähetekäytäntöä ei ole. Potilas voi tehdä ilmoituksen itse täällä sivustolla muutamassa minuutissa. Voit myös täyttää sen yhdessä potilaan kanssa tai hänen puolestaan, jos hän haluaa. Lomakkeessa ei koskaan kysytä diagnoosia.',
      ),
      paragraph(
        'Tuki on tarkoitettu ihmisille, jotka ovat kirjoilla Uppsalan kunnassa, joilla on psyykkinen toimintarajoite ja jotka ovat yhteydessä psykiatriaan tai perusterveydenhuoltoon:',
      ),
      list([
        'IPS: 18–65-vuotiaat, jotka haluavat työpaikan.',
        'Tuettu opiskelu: 18–60-vuotiaat, jotka haluavat aloittaa opinnot tai saada ne päätökseen.',
      ]),
      paragraph(
        'Etkö ole varma, sopiiko tuki? Tee ilmoitus silti. Luemme jokaisen ilmoituksen, ja jos toinen tuki sopii henkilölle paremmin, autamme häntä löytämään sen.',
      ),
      heading('Valmentaja tekee yhteistyötä kanssanne'),
      paragraph(
        'Työvalmentaja kuuluu potilaan ympärillä olevaan tiimiin, jotta hoito ja työ vievät samaan suuntaan. Yhteistyö perustuu potilaan suostumukseen: hän allekirjoittaa suostumuslomakkeen, kun tapaamme. Suostumus on vapaaehtoinen, ja sen voi perua. Ilman suostumusta emme jaa kanssanne mitään tietoja.',
      ),
      heading('Haluatko tietää lisää?'),
      paragraph(
        'Tulemme mielellämme vastaanotollenne tai terveyskeskukseenne kertomaan tuesta, esimerkiksi henkilöstökokoukseen. Lähetä sähköpostia osoitteeseen ',
        mail(outreach.email),
        ' tai soita numeroon ',
        phone(outreach.phone),
        '.',
      ),
    ],
  },
}

/* ------------------------------------------------------------------------------------------------
 * Schools and adult education
 * ---------------------------------------------------------------------------------------------- */

const schools: PageSeed = {
  slug: 'skola',
  audience: 'schools',
  order: 20,
  title: {
    sv: 'För dig som arbetar i skolan eller vuxenutbildningen',
    lattlast: 'För dig som jobbar i en skola',
    en: 'For staff in schools and adult education',
    ar: 'للعاملين في المدارس وتعليم الكبار',
    fi: 'Koulujen ja aikuiskoulutuksen työntekijöille',
  },
  summary: {
    sv: 'Stöd i studier hjälper unga vuxna och vuxna med psykisk funktionsnedsättning att börja eller slutföra sina studier, till exempel på Komvux eller Lärvux.',
    lattlast:
      'Stöd i studier hjälper elever som mår psykiskt dåligt. De får hjälp att börja studera eller att plugga klart.',
    en: 'Supported Education helps young adults and adults with a mental health condition to start or finish their studies, for example at Komvux or Lärvux.',
    ar: 'يساعد الدعم في الدراسة الشباب والكبار ذوي الإعاقة النفسية على بدء دراستهم أو إكمالها، مثلاً في Komvux أو Lärvux.',
    fi: 'Tuettu opiskelu auttaa nuoria aikuisia ja aikuisia, joilla on psyykkinen toimintarajoite, aloittamaan opinnot tai saamaan ne päätökseen, esimerkiksi Komvuxissa tai Lärvuxissa.',
  },
  body: {
    sv: [
      heading('Stöd för elever som vill klara sina studier'),
      paragraph(
        'En psykisk funktionsnedsättning kan göra det svårt att börja, fortsätta eller slutföra en utbildning. ',
        link('Stöd i studier (Supported Education, SEd)', site('sv', 'stod/sed')),
        ' är ett stöd från Uppsala kommun där en coach hjälper eleven utifrån elevens egna mål.',
      ),
      heading('Det här kan coachen hjälpa till med'),
      list([
        'att välja utbildning och söka till den',
        'frågor om studiemedel eller annan försörjning under studierna',
        'att ta reda på vilka anpassningar eleven behöver',
        'kontakten med skolan, före, under och efter studierna',
        'studieteknik, planering och att hålla koll på tiden',
        'att förebygga och hantera det som kan göra studierna svårare',
        'övergången till arbete eller nya studier när utbildningen är klar',
      ]),
      heading('Komvux, Lärvux och andra utbildningar'),
      paragraph(
        'Stödet fungerar ihop med den utbildning eleven går, till exempel Komvux, Lärvux eller en annan skola. Coachen ersätter inte skolans eget stöd, som elevhälsa och studie- och yrkesvägledning, utan samarbetar med er om eleven vill det.',
      ),
      heading('Unga vuxna'),
      paragraph(
        'Många som behöver stöd i studier är unga. Stödet är för personer mellan 18 och 60 år som är folkbokförda i Uppsala kommun, har en psykisk funktionsnedsättning, har kontakt med psykiatrin eller primärvården och vill börja eller slutföra studier. Stödet ges i samarbete med vården, om eleven samtycker till det.',
      ),
      paragraph(
        'Passar stödet inte, eller är eleven yngre än 18 år? Hör av er ändå. Vi hjälper till att hitta ett annat stöd, till exempel Ung Intro.',
      ),
      heading('Så gör eleven en anmälan'),
      paragraph(
        'Eleven kan anmäla sig själv här på webbplatsen. Det tar några minuter och ingen diagnos behövs. Du kan hjälpa eleven att fylla i anmälan, om eleven vill det.',
      ),
      heading('Vill ni veta mer?'),
      paragraph(
        'Vi kommer gärna till er skola och berättar om stödet, för personal eller för elever. Skriv till ',
        mail(outreach.email),
        ' eller ring ',
        phone(outreach.phone),
        '.',
      ),
    ],
    lattlast: [
      heading('Hjälp att klara skolan'),
      paragraph(
        'Det kan vara svårt att studera när man mår psykiskt dåligt. ',
        link('Stöd i studier', site('lattlast', 'stod/sed')),
        ' kan hjälpa.',
      ),
      paragraph('Eleven får en egen coach. Coachen kan hjälpa till att:'),
      list([
        'välja en utbildning och söka till den',
        'ta reda på vilka pengar eleven kan få',
        'hitta hjälpmedel och anpassningar i skolan',
        'prata med skolan',
        'planera och studera',
      ]),
      heading('Vem kan få stödet?'),
      paragraph(
        'Stödet är för den som är 18 till 60 år och bor i Uppsala kommun. Eleven har kontakt med psykiatrin eller vårdcentralen.',
      ),
      paragraph('Komvux och Lärvux går bra. Andra skolor går också bra.'),
      heading('Så gör man en anmälan'),
      paragraph('Eleven kan anmäla sig själv här. Det tar några minuter. Du kan hjälpa till.'),
      heading('Har du frågor?'),
      paragraph(
        'Skicka e-post till ',
        mail(outreach.email),
        '. Eller ring ',
        phone(outreach.phone),
        '.',
      ),
    ],
    en: [
      heading('Support for students who want to succeed in their studies'),
      paragraph(
        'A mental health condition can make it hard to start, continue or finish an education. ',
        link('Supported Education (SEd)', site('en', 'stod/sed')),
        ' is support from Uppsala municipality in which a coach helps the student towards their own goals.',
      ),
      heading('What the coach can help with'),
      list([
        'choosing a course and applying for it',
        'questions about student finance or other income during studies',
        'finding out which adjustments the student needs',
        'contact with the school before, during and after the studies',
        'study skills, planning and keeping track of time',
        'preventing and handling what can make studying harder',
        'the transition to work or further studies when the course is finished',
      ]),
      heading('Komvux, Lärvux and other schools'),
      paragraph(
        'The support works alongside the student’s education, for example Komvux (municipal adult education), Lärvux (adapted adult education) or another school. The coach does not replace the school’s own support, such as student health services and careers guidance, but works with you if the student wants that.',
      ),
      heading('Young adults'),
      paragraph(
        'Many people who need support with their studies are young. The support is for people aged 18 to 60 who are registered residents of Uppsala municipality, have a mental health condition, are in contact with psychiatry or primary care and want to start or finish studies. It is given in collaboration with their care, if the student consents.',
      ),
      paragraph(
        'Does it not fit, or is the student under 18? Get in touch anyway. We help find other support, for example Ung Intro.',
      ),
      heading('How a student refers themselves'),
      paragraph(
        'Students can refer themselves here on the website. It takes a few minutes and no diagnosis is needed. You can help the student fill in the form if they want you to.',
      ),
      heading('Want to know more?'),
      paragraph(
        'We are happy to visit your school and tell staff or students about the support. E-mail ',
        mail(outreach.email),
        ' or call ',
        phone(outreach.phone),
        '.',
      ),
    ],
    ar: [
      heading('دعم للطلاب الذين يريدون النجاح في دراستهم'),
      paragraph(
        'قد تجعل الإعاقة النفسية بدء الدراسة أو مواصلتها أو إكمالها أمراً صعباً. ',
        link('الدعم في الدراسة (SEd)', site('ar', 'stod/sed')),
        ' دعم تقدّمه بلدية أوبسالا، يساعد فيه مدربٌ الطالبَ على بلوغ أهدافه هو.',
      ),
      heading('ما الذي يمكن أن يساعد فيه المدرب'),
      list([
        'اختيار الدراسة والتقديم إليها',
        'الأسئلة المتعلقة بالمنح الدراسية (CSN) أو بمصادر الدخل الأخرى خلال الدراسة',
        'معرفة التسهيلات التي يحتاجها الطالب',
        'التواصل مع المدرسة قبل الدراسة وخلالها وبعدها',
        'مهارات الدراسة والتخطيط وإدارة الوقت',
        'الوقاية مما قد يصعّب الدراسة والتعامل معه',
        'الانتقال إلى العمل أو إلى دراسة جديدة بعد انتهاء الدراسة',
      ]),
      heading('Komvux وLärvux والمدارس الأخرى'),
      paragraph(
        'يعمل الدعم إلى جانب الدراسة التي يتابعها الطالب، مثلاً في تعليم الكبار (Komvux) أو تعليم الكبار المكيَّف (Lärvux) أو في مدرسة أخرى. لا يحلّ المدرب محلّ الدعم الذي تقدّمه المدرسة، مثل الصحة المدرسية والإرشاد الدراسي والمهني، بل يتعاون معكم إذا أراد الطالب ذلك.',
      ),
      heading('الشباب'),
      paragraph(
        'كثير ممن يحتاجون إلى الدعم في الدراسة من الشباب. الدعم مخصّص للأشخاص الذين تتراوح أعمارهم بين 18 و60 عاماً، والمسجَّلين في سجل السكان في بلدية أوبسالا، ولديهم إعاقة نفسية، وعلى تواصل مع الطب النفسي أو الرعاية الصحية الأولية، ويريدون بدء الدراسة أو إكمالها. ويُقدَّم الدعم بالتعاون مع الرعاية الصحية إذا وافق الطالب على ذلك.',
      ),
      paragraph(
        'إذا لم يكن الدعم مناسباً، أو كان الطالب أصغر من 18 عاماً، تواصلوا معنا على أي حال. سنساعد في إيجاد دعم آخر، مثل Ung Intro.',
      ),
      heading('كيف يقدّم الطالب الطلب'),
      paragraph(
        'يمكن للطالب أن يقدّم الطلب بنفسه هنا على الموقع. يستغرق ذلك بضع دقائق، ولا حاجة إلى تشخيص. ويمكنك مساعدة الطالب في ملء الطلب إذا رغب في ذلك.',
      ),
      heading('هل تريدون معرفة المزيد؟'),
      paragraph(
        'يسعدنا أن نزور مدرستكم لنحدّث العاملين أو الطلاب عن الدعم. راسلونا على ',
        mail(outreach.email),
        ' أو اتصلوا على ',
        phone(outreach.phone),
        '.',
      ),
    ],
    fi: [
      heading('Tukea opiskelijoille, jotka haluavat onnistua opinnoissaan'),
      paragraph(
        'Psyykkinen toimintarajoite voi vaikeuttaa koulutuksen aloittamista, jatkamista tai loppuun saattamista. ',
        link('Tuettu opiskelu (SEd)', site('fi', 'stod/sed')),
        ' on Uppsalan kunnan tukea, jossa valmentaja auttaa opiskelijaa kohti hänen omia tavoitteitaan.',
      ),
      heading('Missä valmentaja voi auttaa'),
      list([
        'kurssin valinnassa ja siihen hakemisessa',
        'kysymyksissä opintotuesta tai muusta toimeentulosta opintojen aikana',
        'sen selvittämisessä, mitä mukautuksia opiskelija tarvitsee',
        'yhteydenpidossa kouluun ennen opintoja, niiden aikana ja niiden jälkeen',
        'opiskelutaidoissa, suunnittelussa ja ajan hallinnassa',
        'sen ennaltaehkäisyssä ja käsittelyssä, mikä voi vaikeuttaa opiskelua',
        'siirtymisessä työhön tai jatko-opintoihin, kun koulutus on päättynyt',
      ]),
      heading('Komvux, Lärvux ja muut koulut'),
      paragraph(
        'Tuki toimii opiskelijan koulutuksen rinnalla, esimerkiksi Komvuxissa (kunnallinen aikuiskoulutus), Lärvuxissa (mukautettu aikuiskoulutus) tai muussa koulussa. Valmentaja ei korvaa koulun omaa tukea, kuten opiskeluterveydenhuoltoa ja opinto-ohjausta, vaan tekee yhteistyötä kanssanne, jos opiskelija haluaa.',
      ),
      heading('Nuoret aikuiset'),
      paragraph(
        'Moni opintoihin tukea tarvitseva on nuori. Tuki on tarkoitettu 18–60-vuotiaille, jotka ovat kirjoilla Uppsalan kunnassa, joilla on psyykkinen toimintarajoite, jotka ovat yhteydessä psykiatriaan tai perusterveydenhuoltoon ja jotka haluavat aloittaa opinnot tai saada ne päätökseen. Tuki annetaan yhteistyössä hoidon kanssa, jos opiskelija antaa suostumuksensa.',
      ),
      paragraph(
        'Eikö tuki sovi, tai onko opiskelija alle 18-vuotias? Ota silti yhteyttä. Autamme löytämään muuta tukea, esimerkiksi Ung Intron.',
      ),
      heading('Näin opiskelija tekee ilmoituksen'),
      paragraph(
        'Opiskelija voi tehdä ilmoituksen itse täällä sivustolla. Se vie muutaman minuutin, eikä diagnoosia tarvita. Voit auttaa opiskelijaa täyttämään lomakkeen, jos hän haluaa.',
      ),
      heading('Haluatko tietää lisää?'),
      paragraph(
        'Tulemme mielellämme kouluunne kertomaan tuesta henkilöstölle tai opiskelijoille. Lähetä sähköpostia osoitteeseen ',
        mail(outreach.email),
        ' tai soita numeroon ',
        phone(outreach.phone),
        '.',
      ),
    ],
  },
}

/* ------------------------------------------------------------------------------------------------
 * Employers [000]
 * ---------------------------------------------------------------------------------------------- */

const employers: PageSeed = {
  slug: 'arbetsgivare',
  audience: 'employers',
  order: 30,
  title: {
    sv: 'För dig som är arbetsgivare',
    lattlast: 'För dig som är chef eller arbetsgivare',
    en: 'For employers',
    ar: 'لأصحاب العمل',
    fi: 'Työnantajille',
  },
  summary: {
    sv: 'Anställer du någon som har stöd av en arbetscoach? Då får du också stöd, så länge det behövs.',
    lattlast: 'Anställer du någon som har en coach? Då kan du också få hjälp av coachen.',
    en: 'Are you hiring someone who is supported by an employment coach? Then you get support too, for as long as it is needed.',
    ar: 'هل توظّف شخصاً يدعمه مدرب عمل؟ ستحصل أنت أيضاً على الدعم، طالما احتجت إليه.',
    fi: 'Palkkaatko jonkun, jota työvalmentaja tukee? Silloin saat myös itse tukea niin kauan kuin sitä tarvitaan.',
  },
  body: {
    sv: [
      heading('En medarbetare med stöd i ryggen'),
      paragraph(
        'Genom ',
        link('Individuell placering med stöd (IPS)', site('sv', 'stod/ips')),
        ' hjälper våra arbetscoacher personer med psykisk funktionsnedsättning att hitta och behålla ett arbete. Målet är en vanlig anställning med lön.',
      ),
      paragraph(
        'Den som söker jobb med stöd av en coach vill arbeta. Coachen hjälper till att hitta ett arbete som passar personens intressen och styrkor, och som passar er verksamhet.',
      ),
      heading('Det här stödet får du som arbetsgivare'),
      list([
        [
          bold('Vid introduktionen. '),
          'Coachen kan vara med när den nya medarbetaren börjar, och hjälpa till att hitta arbetsuppgifter och anpassningar som fungerar.',
        ],
        [
          bold('Regelbundna uppföljningar. '),
          'Coachen kommer till arbetsplatsen och följer upp hur det går, med dig och med medarbetaren.',
        ],
        [
          bold('Hjälp med myndigheterna. '),
          'Coachen hjälper till att samordna kontakterna med Försäkringskassan och Arbetsförmedlingen, till exempel om anställningsstöd eller försäkringsskydd.',
        ],
        [
          bold('Så länge det behövs. '),
          'Stödet anpassas efter era behov och har ingen bestämd slutpunkt.',
        ],
      ]),
      heading('Vad får du veta om medarbetaren?'),
      paragraph(
        'Medarbetaren bestämmer själv vad hen vill berätta om sin hälsa. Coachen berättar bara det som medarbetaren har sagt ja till. Det ni behöver prata om handlar om arbetet: vad som fungerar bra och vilka anpassningar som hjälper.',
      ),
      heading('Har du ett jobb som kan passa?'),
      paragraph(
        'Vill du veta mer, eller har du ett arbete som kan passa någon som vi stöttar? Hör av dig till våra arbetscoacher på ',
        mail(ips.email),
        ' eller ',
        phone(ips.phone),
        '.',
      ),
    ],
    lattlast: [
      heading('En medarbetare som har en coach'),
      paragraph(
        'Våra coacher hjälper personer som mår psykiskt dåligt att få ett jobb. Stödet heter ',
        link('IPS', site('lattlast', 'stod/ips')),
        '.',
      ),
      paragraph(
        'Den som har en coach vill jobba. Coachen hjälper till att hitta ett jobb som passar.',
      ),
      heading('Det här får du som chef'),
      list([
        'Coachen kan vara med när den nya medarbetaren börjar.',
        'Coachen kommer till arbetsplatsen ofta. Ni pratar om hur det går.',
        'Coachen hjälper till med Försäkringskassan och Arbetsförmedlingen. Till exempel om pengar för att anställa.',
        'Du får stöd så länge du behöver.',
      ]),
      heading('Vad får du veta?'),
      paragraph('Medarbetaren bestämmer vad du får veta om hens hälsa. Ni pratar om jobbet.'),
      heading('Har du ett jobb?'),
      paragraph('Skicka e-post till ', mail(ips.email), '. Eller ring ', phone(ips.phone), '.'),
    ],
    en: [
      heading('An employee with support behind them'),
      paragraph(
        'Through ',
        link('Individual Placement and Support (IPS)', site('en', 'stod/ips')),
        ', our employment coaches help people with a mental health condition to find and keep a job. The goal is an ordinary, paid employment.',
      ),
      paragraph(
        'Someone looking for work with the help of a coach wants to work. The coach helps find a job that suits the person’s interests and strengths, and that suits your organisation.',
      ),
      heading('The support you get as an employer'),
      list([
        [
          bold('During the introduction. '),
          'The coach can be there when the new employee starts, and help find tasks and adjustments that work.',
        ],
        [
          bold('Regular follow-ups. '),
          'The coach comes to the workplace and follows up how things are going, with you and with the employee.',
        ],
        [
          bold('Help with the authorities. '),
          'The coach helps coordinate contacts with Försäkringskassan (the Social Insurance Agency) and Arbetsförmedlingen (the Public Employment Service), for example about wage subsidies or insurance cover.',
        ],
        [
          bold('As long as it is needed. '),
          'The support is adapted to your needs and has no fixed end date.',
        ],
      ]),
      heading('What will you be told about the employee?'),
      paragraph(
        'The employee decides what they want to tell you about their health. The coach only shares what the employee has agreed to. What you need to talk about is the work: what goes well and which adjustments help.',
      ),
      heading('Do you have a job that could fit?'),
      paragraph(
        'Want to know more, or do you have a job that could suit someone we support? Contact our employment coaches at ',
        mail(ips.email),
        ' or ',
        phone(ips.phone),
        '.',
      ),
    ],
    ar: [
      heading('موظف يحظى بالدعم'),
      paragraph(
        'من خلال ',
        link('التوظيف الفردي مع الدعم (IPS)', site('ar', 'stod/ips')),
        '، يساعد مدربو العمل لدينا الأشخاصَ ذوي الإعاقة النفسية على إيجاد عمل والحفاظ عليه. والهدف هو وظيفة عادية بأجر.',
      ),
      paragraph(
        'من يبحث عن عمل بدعم من مدرب يريد أن يعمل. يساعد المدرب في إيجاد عمل يناسب اهتمامات الشخص ونقاط قوته، ويناسب مؤسستكم أيضاً.',
      ),
      heading('الدعم الذي تحصل عليه بصفتك صاحب عمل'),
      list([
        [
          bold('عند بداية العمل. '),
          'يمكن للمدرب أن يكون حاضراً عندما يبدأ الموظف الجديد، وأن يساعد في إيجاد مهام وتسهيلات مناسبة.',
        ],
        [bold('متابعات منتظمة. '), 'يأتي المدرب إلى مكان العمل ويتابع سير الأمور معك ومع الموظف.'],
        [
          bold('المساعدة في التعامل مع الجهات الحكومية. '),
          'يساعد المدرب في تنسيق التواصل مع صندوق التأمينات الاجتماعية (Försäkringskassan) ومكتب التوظيف (Arbetsförmedlingen)، مثلاً بشأن دعم التوظيف أو التغطية التأمينية.',
        ],
        [bold('طالما احتجتم إليه. '), 'يُكيَّف الدعم حسب احتياجاتكم، وليس له موعد انتهاء محدد.'],
      ]),
      heading('ماذا ستعرف عن الموظف؟'),
      paragraph(
        'يقرّر الموظف بنفسه ما يريد أن يخبرك به عن صحته. لا يشارك المدرب إلا ما وافق عليه الموظف. وما تحتاجون إلى الحديث عنه هو العمل: ما الذي يسير جيداً، وما التسهيلات التي تساعد.',
      ),
      heading('هل لديك عمل قد يكون مناسباً؟'),
      paragraph(
        'هل تريد معرفة المزيد، أو لديك عمل قد يناسب أحد من ندعمهم؟ تواصل مع مدربي العمل لدينا على ',
        mail(ips.email),
        ' أو ',
        phone(ips.phone),
        '.',
      ),
    ],
    fi: [
      heading('Työntekijä, jolla on tuki takanaan'),
      paragraph(
        'Palvelussa ',
        link('Yksilöllinen työhönsijoitus ja tuki (IPS)', site('fi', 'stod/ips')),
        ' työvalmentajamme auttavat ihmisiä, joilla on psyykkinen toimintarajoite, löytämään työn ja pysymään siinä. Tavoitteena on tavallinen palkallinen työsuhde.',
      ),
      paragraph(
        'Se, joka etsii työtä valmentajan avulla, haluaa tehdä töitä. Valmentaja auttaa löytämään työn, joka sopii henkilön kiinnostuksen kohteisiin ja vahvuuksiin sekä teidän organisaatioonne.',
      ),
      heading('Tuki, jota saat työnantajana'),
      list([
        [
          bold('Perehdytyksen aikana. '),
          'Valmentaja voi olla mukana, kun uusi työntekijä aloittaa, ja auttaa löytämään toimivat työtehtävät ja mukautukset.',
        ],
        [
          bold('Säännölliset seurannat. '),
          'Valmentaja tulee työpaikalle ja seuraa, miten menee, yhdessä sinun ja työntekijän kanssa.',
        ],
        [
          bold('Apua viranomaisasioissa. '),
          'Valmentaja auttaa sovittamaan yhteen yhteydenpidon Försäkringskassaniin (vakuutuskassa) ja Arbetsförmedlingeniin (työnvälitys), esimerkiksi palkkatuesta tai vakuutusturvasta.',
        ],
        [
          bold('Niin kauan kuin tarvitaan. '),
          'Tuki mukautetaan tarpeisiinne, eikä sillä ole kiinteää päättymispäivää.',
        ],
      ]),
      heading('Mitä saat tietää työntekijästä?'),
      paragraph(
        'Työntekijä päättää, mitä hän haluaa kertoa sinulle terveydestään. Valmentaja jakaa vain sen, mihin työntekijä on antanut luvan. Teidän tarvitsee puhua työstä: mikä sujuu hyvin ja mitkä mukautukset auttavat.',
      ),
      heading('Onko sinulla työ, joka voisi sopia?'),
      paragraph(
        'Haluatko tietää lisää, tai onko sinulla työ, joka voisi sopia jollekulle, jota tuemme? Ota yhteyttä työvalmentajiimme: ',
        mail(ips.email),
        ' tai ',
        phone(ips.phone),
        '.',
      ),
    ],
  },
}

/* ------------------------------------------------------------------------------------------------
 * Relatives
 * ---------------------------------------------------------------------------------------------- */

const relatives: PageSeed = {
  slug: 'anhoriga',
  audience: 'relatives',
  order: 40,
  title: {
    sv: 'För dig som är anhörig',
    lattlast: 'För dig som är anhörig',
    en: 'For relatives and friends',
    ar: 'للأقارب والأصدقاء',
    fi: 'Läheisille ja ystäville',
  },
  summary: {
    sv: 'Så kan du stötta någon du bryr dig om som vill arbeta eller studera, och hjälpa till med anmälan.',
    lattlast: 'Så kan du hjälpa någon i din familj som vill jobba eller studera.',
    en: 'How you can support someone you care about who wants to work or study, and help with the referral.',
    ar: 'كيف تدعم شخصاً يهمّك أمره يريد العمل أو الدراسة، وكيف تساعده في تقديم الطلب.',
    fi: 'Näin voit tukea läheistäsi, joka haluaa tehdä töitä tai opiskella, ja auttaa ilmoituksen kanssa.',
  },
  body: {
    sv: [
      heading('Du kan betyda mycket'),
      paragraph(
        'Som förälder, partner, syskon eller vän kan du göra stor skillnad. Många som har en psykisk funktionsnedsättning vill arbeta eller studera, men har blivit besvikna förut eller orkar inte ta kontakt med ännu en myndighet.',
      ),
      paragraph(
        'Med ',
        link('IPS', site('sv', 'stod/ips')),
        ' får personen hjälp att hitta och behålla ett arbete. Med ',
        link('Stöd i studier', site('sv', 'stod/sed')),
        ' får personen hjälp att börja eller slutföra studier.',
      ),
      heading('Så kan du stötta'),
      list([
        'Fråga vad personen själv vill. Stödet utgår från personens egna önskemål.',
        'Berätta om stödet, och visa gärna den här webbplatsen. Den finns också på lättläst svenska, engelska och arabiska.',
        'Tro på att det går. Med rätt stöd får många ett arbete eller klarar sina studier.',
        'Låt personen bestämma takten. Stödet är frivilligt.',
      ]),
      heading('Du kan hjälpa till med anmälan'),
      paragraph(
        'Det behövs ingen remiss. Anmälan görs här på webbplatsen och tar några minuter. Ni kan fylla i den tillsammans, eller så fyller du i den åt personen. Välj då ”Jag är anhörig” när formuläret frågar vem som fyller i.',
      ),
      paragraph(
        'Prata med personen först: hen behöver veta om anmälan och vilja ha stödet. Vi frågar inte efter diagnos. Efter anmälan hör vi av oss till personen själv, inte till dig.',
      ),
      heading('Har du frågor?'),
      paragraph(
        'Ring oss på ',
        phone(ips.phone),
        ' om arbete eller ',
        phone(sed.phone),
        ' om studier. Du kan också skriva till ',
        mail(ips.email),
        ' eller ',
        mail(sed.email),
        '. Skriv inga känsliga uppgifter om någon annan i e-posten.',
      ),
    ],
    lattlast: [
      heading('Du kan hjälpa'),
      paragraph('Vill någon i din familj jobba eller studera? Då kan du hjälpa till.'),
      paragraph(
        'Personen kan få en coach. ',
        link('IPS', site('lattlast', 'stod/ips')),
        ' är hjälp att få ett jobb. ',
        link('Stöd i studier', site('lattlast', 'stod/sed')),
        ' är hjälp att studera.',
      ),
      heading('Så kan du stötta'),
      list([
        'Fråga vad personen vill.',
        'Berätta om stödet.',
        'Visa den här webbplatsen.',
        'Tro på att det går.',
      ]),
      heading('Hjälp till med anmälan'),
      paragraph(
        'Anmälan görs här. Det tar några minuter. Ni kan fylla i den tillsammans. Du kan också fylla i den åt personen.',
      ),
      paragraph(
        'Prata med personen först. Personen måste vilja ha stödet. Sedan kontaktar vi personen.',
      ),
      heading('Har du frågor?'),
      paragraph('Ring ', phone(ips.phone), ' om jobb. Ring ', phone(sed.phone), ' om studier.'),
    ],
    en: [
      heading('You can make a big difference'),
      paragraph(
        'As a parent, partner, brother, sister or friend, you can mean a lot. Many people with a mental health condition want to work or study, but have been let down before or cannot face contacting yet another agency.',
      ),
      paragraph(
        'With ',
        link('IPS', site('en', 'stod/ips')),
        ', the person gets help to find and keep a job. With ',
        link('Supported Education', site('en', 'stod/sed')),
        ', they get help to start or finish studies.',
      ),
      heading('How you can support them'),
      list([
        'Ask what the person wants. The support starts from their own wishes.',
        'Tell them about the support, and show them this website. It is also in easy-to-read Swedish, English and Arabic.',
        'Believe that it can work. With the right support, many people get a job or finish their studies.',
        'Let the person set the pace. The support is voluntary.',
      ]),
      heading('You can help with the referral'),
      paragraph(
        'No doctor’s referral is needed. The referral is made here on the website and takes a few minutes. You can fill it in together, or you can fill it in for the person. Then choose “I am a relative” when the form asks who is filling it in.',
      ),
      paragraph(
        'Talk to the person first: they need to know about the referral and want the support. We do not ask for a diagnosis. After the referral we contact the person themselves, not you.',
      ),
      heading('Any questions?'),
      paragraph(
        'Call us on ',
        phone(ips.phone),
        ' about work or ',
        phone(sed.phone),
        ' about studies. You can also write to ',
        mail(ips.email),
        ' or ',
        mail(sed.email),
        '. Please do not put sensitive details about someone else in an e-mail.',
      ),
    ],
    ar: [
      heading('يمكنك أن تُحدث فرقاً كبيراً'),
      paragraph(
        'بصفتك أحد الوالدين أو شريك الحياة أو أخاً أو أختاً أو صديقاً، يمكن أن يكون لك دور كبير. كثير من الأشخاص ذوي الإعاقة النفسية يريدون العمل أو الدراسة، لكنهم أُحبطوا من قبل، أو لا يملكون الطاقة للتواصل مع جهة حكومية أخرى.',
      ),
      paragraph(
        'من خلال ',
        link('IPS', site('ar', 'stod/ips')),
        ' يحصل الشخص على مساعدة لإيجاد عمل والحفاظ عليه. ومن خلال ',
        link('الدعم في الدراسة', site('ar', 'stod/sed')),
        ' يحصل على مساعدة لبدء الدراسة أو إكمالها.',
      ),
      heading('كيف يمكنك أن تدعمه'),
      list([
        'اسأله عمّا يريده هو. ينطلق الدعم من رغبات الشخص نفسه.',
        'أخبره عن الدعم، واعرض عليه هذا الموقع. وهو متوفر أيضاً بالسويدية المبسّطة والإنجليزية والعربية.',
        'آمِن بأن الأمر ممكن. مع الدعم المناسب يحصل كثيرون على عمل أو يُكملون دراستهم.',
        'دَع الشخص يحدّد الوتيرة. الدعم طوعي.',
      ]),
      heading('يمكنك المساعدة في تقديم الطلب'),
      paragraph(
        'لا حاجة إلى إحالة من طبيب. يُقدَّم الطلب هنا على الموقع ويستغرق بضع دقائق. يمكنكما ملؤه معاً، أو يمكنك ملؤه نيابة عن الشخص. اختر عندئذٍ «أنا من أقارب الشخص» عندما تسأل الاستمارة عمّن يملؤها.',
      ),
      paragraph(
        'تحدّث مع الشخص أولاً: يجب أن يعرف بالطلب وأن يرغب في الدعم. لا نسأل عن التشخيص. وبعد تقديم الطلب نتواصل مع الشخص نفسه، لا معك.',
      ),
      heading('هل لديك أسئلة؟'),
      paragraph(
        'اتصل بنا على ',
        phone(ips.phone),
        ' بشأن العمل، أو على ',
        phone(sed.phone),
        ' بشأن الدراسة. ويمكنك أيضاً مراسلتنا على ',
        mail(ips.email),
        ' أو ',
        mail(sed.email),
        '. من فضلك لا تكتب معلومات حساسة عن شخص آخر في البريد الإلكتروني.',
      ),
    ],
    fi: [
      heading('Voit tehdä suuren eron'),
      paragraph(
        'Vanhempana, kumppanina, sisaruksena tai ystävänä voit merkitä paljon. Moni, jolla on psyykkinen toimintarajoite, haluaa tehdä töitä tai opiskella, mutta on pettynyt aiemmin tai ei jaksa ottaa yhteyttä taas uuteen virastoon.',
      ),
      paragraph(
        'Palvelussa ',
        link('IPS', site('fi', 'stod/ips')),
        ' henkilö saa apua löytääkseen työn ja pysyäkseen siinä. Palvelussa ',
        link('Tuettu opiskelu', site('fi', 'stod/sed')),
        ' hän saa apua opintojen aloittamiseen tai loppuun saattamiseen.',
      ),
      heading('Näin voit tukea häntä'),
      list([
        'Kysy, mitä hän haluaa. Tuki lähtee hänen omista toiveistaan.',
        'Kerro hänelle tuesta ja näytä tämä sivusto. Se on myös selkoruotsiksi, englanniksi, arabiaksi ja suomeksi.',
        'Usko, että se voi onnistua. Oikean tuen avulla moni saa työn tai saa opintonsa päätökseen.',
        'Anna hänen päättää tahdista. Tuki on vapaaehtoista.',
      ]),
      heading('Voit auttaa ilmoituksen kanssa'),
      paragraph(
        'Lääkärin lähetettä ei tarvita. Ilmoitus tehdään täällä sivustolla, ja se vie muutaman minuutin. Voitte täyttää sen yhdessä, tai voit täyttää sen hänen puolestaan. Valitse silloin ”Olen läheinen”, kun lomakkeessa kysytään, kuka sen täyttää.',
      ),
      paragraph(
        'Puhu hänen kanssaan ensin: hänen täytyy tietää ilmoituksesta ja haluta tukea. Emme kysy diagnoosia. Ilmoituksen jälkeen otamme yhteyttä häneen itseensä, emme sinuun.',
      ),
      heading('Onko sinulla kysyttävää?'),
      paragraph(
        'Soita meille numeroon ',
        phone(ips.phone),
        ', jos kysymys koskee työtä, tai numeroon ',
        phone(sed.phone),
        ', jos se koskee opiskelua. Voit myös kirjoittaa osoitteeseen ',
        mail(ips.email),
        ' tai ',
        mail(sed.email),
        '. Älä kirjoita sähköpostiin arkaluonteisia tietoja toisesta ihmisestä.',
      ),
    ],
  },
}

/* ------------------------------------------------------------------------------------------------
 * Försäkringskassan, Arbetsförmedlingen, social services
 * ---------------------------------------------------------------------------------------------- */

const agencies: PageSeed = {
  slug: 'myndigheter',
  audience: 'agencies',
  order: 50,
  title: {
    sv: 'För dig som arbetar på Försäkringskassan, Arbetsförmedlingen eller i socialtjänsten',
    lattlast: 'För dig som jobbar på en myndighet',
    en: 'For staff at Försäkringskassan, Arbetsförmedlingen and social services',
    ar: 'للعاملين في صندوق التأمينات الاجتماعية ومكتب التوظيف والخدمات الاجتماعية',
    fi: 'Försäkringskassanin, Arbetsförmedlingenin ja sosiaalipalvelujen työntekijöille',
  },
  summary: {
    sv: 'När IPS eller Stöd i studier kan passa, hur personen gör en anmälan och hur vi samarbetar med er.',
    lattlast: 'När stödet kan passa. Och hur man gör en anmälan.',
    en: 'When IPS or Supported Education may fit, how the person is referred and how we work together with you.',
    ar: 'متى قد يكون IPS أو الدعم في الدراسة مناسباً، وكيف يُقدَّم الطلب، وكيف نتعاون معكم.',
    fi: 'Milloin IPS tai tuettu opiskelu voi sopia, miten ilmoitus tehdään ja miten teemme yhteistyötä kanssanne.',
  },
  body: {
    sv: [
      heading('Arbete först, med stöd'),
      paragraph(
        'Uppsala kommun erbjuder ',
        link('IPS', site('sv', 'stod/ips')),
        ' och ',
        link('Stöd i studier', site('sv', 'stod/sed')),
        ' till personer med psykisk funktionsnedsättning som vill arbeta eller studera. IPS bygger på att personen snabbt kommer ut på en vanlig arbetsplats, i stället för att först gå igenom långa utredningar eller förberedande insatser. Anpassningarna görs direkt på arbetsplatsen.',
      ),
      heading('När kan stödet passa?'),
      list([
        'Personen vill arbeta eller studera, men behöver stöd på grund av sin psykiska funktionsnedsättning.',
        'Personen har kontakt med psykiatrin eller primärvården.',
        'Personen är folkbokförd i Uppsala kommun och är 18–65 år (IPS) eller 18–60 år (Stöd i studier).',
      ]),
      paragraph(
        'Personen behöver inte vara säker på att allt stämmer. Vi läser varje anmälan, och passar ett annat stöd bättre hjälper vi personen vidare dit.',
      ),
      heading('Gör anmälan tillsammans'),
      paragraph(
        'Personen kan anmäla sig själv här på webbplatsen. Du kan också göra anmälan tillsammans med personen, eller åt personen om hen vill det. Välj då att du fyller i i ditt arbete och skriv din arbetsplats, så kan vi kontakta dig vid behov. Ingen diagnos behövs.',
      ),
      paragraph(
        'Anmälningar kommer i dag från psykiatrin, primärvården, boendestödet, socialtjänsten, Försäkringskassan, Arbetsförmedlingen och från personerna själva.',
      ),
      heading('Samarbete kring personen'),
      paragraph(
        'Med personens samtycke samarbetar coachen med er och med vården. Många är rädda att förlora sin ersättning om de börjar arbeta. Coachen hjälper personen att ta reda på vad som gäller, och kan samordna frågor om till exempel ersättning och anställningsstöd med er.',
      ),
      heading('Vill ni veta mer?'),
      paragraph(
        'Vi berättar gärna om stödet på ett arbetsplatsmöte hos er. Skriv till ',
        mail(outreach.email),
        ' eller ring ',
        phone(outreach.phone),
        '.',
      ),
    ],
    lattlast: [
      heading('Stöd till jobb och studier'),
      paragraph(
        'Kommunen har stöd för personer som mår psykiskt dåligt. ',
        link('IPS', site('lattlast', 'stod/ips')),
        ' är hjälp att få ett jobb. ',
        link('Stöd i studier', site('lattlast', 'stod/sed')),
        ' är hjälp att studera.',
      ),
      paragraph('Med IPS börjar man söka jobb direkt. Man behöver inte göra långa tester först.'),
      heading('Vem kan få stödet?'),
      list([
        'Personen vill jobba eller studera.',
        'Personen har kontakt med psykiatrin eller vårdcentralen.',
        'Personen bor i Uppsala kommun.',
      ]),
      heading('Så gör man en anmälan'),
      paragraph(
        'Personen kan anmäla sig själv här. Du kan också hjälpa till. Det behövs ingen diagnos.',
      ),
      heading('Har du frågor?'),
      paragraph(
        'Skicka e-post till ',
        mail(outreach.email),
        '. Eller ring ',
        phone(outreach.phone),
        '.',
      ),
    ],
    en: [
      heading('Work first, with support'),
      paragraph(
        'Uppsala municipality offers ',
        link('IPS', site('en', 'stod/ips')),
        ' and ',
        link('Supported Education', site('en', 'stod/sed')),
        ' to people with a mental health condition who want to work or study. IPS is built on getting the person into an ordinary workplace quickly, instead of long assessments or preparatory programmes first. Adjustments are made at the workplace itself.',
      ),
      heading('When may the support fit?'),
      list([
        'The person wants to work or study, but needs support because of their mental health condition.',
        'The person is in contact with psychiatry or primary care.',
        'The person is a registered resident of Uppsala municipality and aged 18–65 (IPS) or 18–60 (Supported Education).',
      ]),
      paragraph(
        'The person does not need to be sure that everything applies. We read every referral, and if other support suits the person better, we help them find their way there.',
      ),
      heading('Make the referral together'),
      paragraph(
        'People can refer themselves here on the website. You can also fill in the referral together with the person, or for them if they want you to. Then choose that you are filling it in as part of your work and give your workplace, so that we can contact you if needed. No diagnosis is needed.',
      ),
      paragraph(
        'Referrals come today from psychiatry, primary care, housing support, social services, Försäkringskassan, Arbetsförmedlingen and from people themselves.',
      ),
      heading('Working together around the person'),
      paragraph(
        'With the person’s consent, the coach works together with you and with their care. Many people fear losing their benefits if they start working. The coach helps the person find out what applies to them, and can coordinate questions about, for example, benefits and wage subsidies with you.',
      ),
      heading('Want to know more?'),
      paragraph(
        'We are happy to tell you about the support at one of your staff meetings. E-mail ',
        mail(outreach.email),
        ' or call ',
        phone(outreach.phone),
        '.',
      ),
    ],
    ar: [
      heading('العمل أولاً، مع الدعم'),
      paragraph(
        'تقدّم بلدية أوبسالا ',
        link('IPS', site('ar', 'stod/ips')),
        ' و',
        link('الدعم في الدراسة', site('ar', 'stod/sed')),
        ' للأشخاص ذوي الإعاقة النفسية الذين يريدون العمل أو الدراسة. يقوم IPS على أن يصل الشخص بسرعة إلى مكان عمل عادي، بدلاً من أن يمرّ أولاً بتقييمات طويلة أو برامج تحضيرية. وتُجرى التسهيلات في مكان العمل نفسه.',
      ),
      heading('متى قد يكون الدعم مناسباً؟'),
      list([
        'يريد الشخص العمل أو الدراسة، لكنه يحتاج إلى دعم بسبب إعاقته النفسية.',
        'الشخص على تواصل مع الطب النفسي أو الرعاية الصحية الأولية.',
        'الشخص مسجَّل في سجل السكان في بلدية أوبسالا، وعمره من 18 إلى 65 عاماً (IPS) أو من 18 إلى 60 عاماً (الدعم في الدراسة).',
      ]),
      paragraph(
        'لا يلزم أن يكون الشخص متأكداً من انطباق كل الشروط. نقرأ كل طلب، وإذا كان دعم آخر يناسبه أكثر، نساعده في الوصول إليه.',
      ),
      heading('قدّموا الطلب معاً'),
      paragraph(
        'يمكن للشخص أن يقدّم الطلب بنفسه هنا على الموقع. ويمكنك أيضاً ملء الطلب معه، أو نيابة عنه إذا رغب في ذلك. اختر عندئذٍ أنك تملأ الطلب في إطار عملك، واكتب جهة عملك، حتى نتمكن من التواصل معك عند الحاجة. لا حاجة إلى تشخيص.',
      ),
      paragraph(
        'تصلنا الطلبات اليوم من الطب النفسي، والرعاية الصحية الأولية، ودعم السكن، والخدمات الاجتماعية، وصندوق التأمينات الاجتماعية، ومكتب التوظيف، ومن الأشخاص أنفسهم.',
      ),
      heading('التعاون حول الشخص'),
      paragraph(
        'بموافقة الشخص، يتعاون المدرب معكم ومع الرعاية الصحية. يخشى كثيرون فقدان تعويضاتهم إذا بدأوا العمل. يساعد المدرب الشخص على معرفة ما ينطبق عليه، ويمكنه أن ينسّق معكم الأسئلة المتعلقة مثلاً بالتعويضات ودعم التوظيف.',
      ),
      heading('هل تريدون معرفة المزيد؟'),
      paragraph(
        'يسعدنا أن نحدّثكم عن الدعم في أحد اجتماعات العاملين لديكم. راسلونا على ',
        mail(outreach.email),
        ' أو اتصلوا على ',
        phone(outreach.phone),
        '.',
      ),
    ],
    fi: [
      heading('Ensin työ, tuen kanssa'),
      paragraph(
        'Uppsalan kunta tarjoaa palveluja ',
        link('IPS', site('fi', 'stod/ips')),
        ' ja ',
        link('Tuettu opiskelu', site('fi', 'stod/sed')),
        ' ihmisille, joilla on psyykkinen toimintarajoite ja jotka haluavat tehdä töitä tai opiskella. IPS perustuu siihen, että henkilö pääsee nopeasti tavalliselle työpaikalle, sen sijaan että hän kävisi ensin läpi pitkiä arviointeja tai valmentavia ohjelmia. Mukautukset tehdään itse työpaikalla.',
      ),
      heading('Milloin tuki voi sopia?'),
      list([
        'Henkilö haluaa tehdä töitä tai opiskella, mutta tarvitsee tukea psyykkisen toimintarajoitteensa vuoksi.',
        'Henkilö on yhteydessä psykiatriaan tai perusterveydenhuoltoon.',
        'Henkilö on kirjoilla Uppsalan kunnassa ja on 18–65-vuotias (IPS) tai 18–60-vuotias (tuettu opiskelu).',
      ]),
      paragraph(
        'Henkilön ei tarvitse olla varma, että kaikki sopii häneen. Luemme jokaisen ilmoituksen, ja jos toinen tuki sopii henkilölle paremmin, autamme häntä löytämään sen.',
      ),
      heading('Tehkää ilmoitus yhdessä'),
      paragraph(
        'Ihmiset voivat tehdä ilmoituksen itse täällä sivustolla. Voit myös täyttää ilmoituksen yhdessä henkilön kanssa tai hänen puolestaan, jos hän haluaa. Valitse silloin, että täytät sen työsi kautta, ja kerro työpaikkasi, jotta voimme tarvittaessa ottaa sinuun yhteyttä. Diagnoosia ei tarvita.',
      ),
      paragraph(
        'Ilmoituksia tulee nykyään psykiatriasta, perusterveydenhuollosta, asumisen tuesta, sosiaalipalveluista, Försäkringskassanista, Arbetsförmedlingenista ja ihmisiltä itseltään.',
      ),
      heading('Yhteistyötä henkilön ympärillä'),
      paragraph(
        'Henkilön suostumuksella valmentaja tekee yhteistyötä kanssanne ja hänen hoitonsa kanssa. Moni pelkää menettävänsä etuutensa, jos alkaa tehdä töitä. Valmentaja auttaa henkilöä selvittämään, mitkä säännöt koskevat häntä, ja voi sovittaa kanssanne yhteen esimerkiksi etuuksiin ja palkkatukeen liittyviä kysymyksiä.',
      ),
      heading('Haluatko tietää lisää?'),
      paragraph(
        'Kerromme mielellämme tuesta jossakin henkilöstökokouksessanne. Lähetä sähköpostia osoitteeseen ',
        mail(outreach.email),
        ' tai soita numeroon ',
        phone(outreach.phone),
        '.',
      ),
    ],
  },
}

/* ------------------------------------------------------------------------------------------------
 * Privacy: what this system stores, why, for how long, who reads it
 * ---------------------------------------------------------------------------------------------- */

const privacy: PageSeed = {
  slug: 'integritet',
  audience: 'about',
  order: 90,
  title: {
    sv: 'Så hanterar vi dina uppgifter',
    lattlast: 'Så skyddar vi dina uppgifter',
    en: 'How we handle your information',
    ar: 'كيف نتعامل مع بياناتك',
    fi: 'Näin käsittelemme tietojasi',
  },
  summary: {
    sv: 'Vad vi sparar när du gör en anmälan, varför, hur länge och vem som kan läsa det.',
    lattlast: 'Vad vi sparar om dig. Varför vi gör det. Och vem som får läsa det.',
    en: 'What we store when you send a referral, why, for how long and who can read it.',
    ar: 'ما الذي نحفظه عندما تقدّم طلباً، ولماذا، وإلى متى، ومن يمكنه قراءته.',
    fi: 'Mitä tallennamme, kun lähetät ilmoituksen, miksi, kuinka kauan ja kuka voi lukea sen.',
  },
  body: {
    sv: [
      heading('Vem ansvarar för dina uppgifter?'),
      paragraph(
        'Arbetsmarknadsnämnden i Uppsala kommun är ansvarig för dina personuppgifter. Det är arbetsmarknadsförvaltningen som ger stödet och tar emot anmälningarna. Uppgifterna skyddas av sekretess.',
      ),
      heading('Det här sparar vi'),
      paragraph('När du gör en anmälan sparar vi det du fyller i:'),
      list([
        'ditt namn och födelsedatum, och ditt kön om du vill berätta det',
        'hur vi når dig: telefonnummer, e-post och när det passar att vi hör av oss',
        'vilken kommun du bor i',
        'om du har kontakt med psykiatrin eller primärvården, men inte varför',
        'om du vill arbeta, studera eller både och',
        'om du vill att vi samarbetar med vården',
        'vilket språk du vill prata och om du behöver tolk',
        'det du själv skriver till oss, och hur du hörde talas om oss',
        'om någon fyller i anmälan åt dig i sitt arbete: den personens namn, arbetsplats och kontaktuppgifter',
      ]),
      paragraph(
        bold('Vi frågar aldrig efter diagnos.'),
        ' Du behöver inte berätta något om din hälsa för att göra en anmälan.',
      ),
      paragraph(
        'När du får stöd antecknar vi också vad som händer i ditt ärende, till exempel när vi har pratat med dig och vad vi har bestämt.',
      ),
      heading('Varför vi sparar uppgifterna'),
      paragraph(
        'Vi behöver uppgifterna för att kunna kontakta dig, se vilket stöd som passar dig och ge dig stödet. Vi får göra det eftersom det är en uppgift som kommunen har. Vi använder också siffror utan namn för att följa upp verksamheten, till exempel hur lång kön är. I den statistiken går det inte att se vem du är.',
      ),
      heading('Vem kan läsa din anmälan?'),
      paragraph(
        'Bara personalen som tar emot anmälningar till det stöd du har anmält dig till kan läsa din anmälan. Några få systemansvariga har också behörighet, för att kunna sköta systemet. Andra som arbetar i kommunen kan inte läsa den.',
      ),
      paragraph(
        'Vi lämnar inte ut uppgifter till vården, Försäkringskassan, Arbetsförmedlingen eller någon annan utan ditt samtycke, om inte en lag kräver det.',
      ),
      paragraph(
        'E-post som vi skickar om en anmälan innehåller bara ett referensnummer, aldrig ditt namn eller andra uppgifter om dig.',
      ),
      heading('Hur länge sparar vi uppgifterna?'),
      list([
        'Om din anmälan avslutas utan att du blir inskriven, raderar vi den 30 dagar efter att den avslutades.',
        'Om du får stöd sparar vi ärendet så länge du får stöd. När ärendet är avslutat sparas det en tid och anonymiseras sedan, enligt kommunens dokumenthanteringsplan. Då går det inte längre att se att uppgifterna handlar om dig.',
      ]),
      heading('Dina rättigheter'),
      paragraph('Du har rätt att:'),
      list([
        'få veta vilka uppgifter vi har om dig',
        'få fel i uppgifterna rättade',
        'ta tillbaka ditt samtycke till att vi samarbetar med vården',
        'ta tillbaka din anmälan',
        'i vissa fall få uppgifter raderade eller få användningen begränsad',
        [
          'klaga hos ',
          link('Integritetsskyddsmyndigheten (IMY)', 'https://www.imy.se/'),
          ' om du tycker att vi hanterar dina uppgifter fel',
        ],
      ]),
      heading('Kontakt'),
      paragraph(
        'Har du frågor om dina uppgifter? Kontakta kommunens dataskyddsombud på ',
        mail(dataProtection.email),
        ' eller ',
        phone(dataProtection.phone),
        '. Ha gärna ditt referensnummer till hands.',
      ),
    ],
    lattlast: [
      heading('Vi skyddar dina uppgifter'),
      paragraph(
        'Uppsala kommun ansvarar för dina uppgifter. Uppgifterna är hemliga. Det kallas sekretess.',
      ),
      heading('Det här sparar vi'),
      list([
        'ditt namn och när du är född',
        'ditt telefonnummer och din e-post',
        'var du bor',
        'om du har kontakt med vården',
        'om du vill jobba eller studera',
        'vilket språk du pratar',
      ]),
      paragraph(bold('Vi frågar aldrig om diagnos.'), ' Du behöver inte berätta om din hälsa.'),
      heading('Varför vi sparar det'),
      paragraph('Vi behöver uppgifterna för att kunna ringa dig. Och för att ge dig rätt stöd.'),
      heading('Vem får läsa?'),
      paragraph(
        'Bara de som tar emot anmälningar får läsa din anmälan. Vi berättar inget för andra om du inte säger ja.',
      ),
      paragraph('Våra mejl om din anmälan har bara ett nummer. Ditt namn står inte där.'),
      heading('Hur länge sparar vi?'),
      list([
        'Får du inte stöd av oss? Då tar vi bort anmälan efter 30 dagar.',
        'Får du stöd? Då sparar vi uppgifterna en tid efter att stödet är slut. Sedan tar vi bort allt som visar att det handlar om dig. Hur länge står i kommunens dokumenthanteringsplan.',
      ]),
      heading('Det här får du göra'),
      list([
        'Du får se vad vi har sparat om dig.',
        'Du får be oss ändra fel.',
        'Du får ändra dig om samtycke.',
        'Du får ta tillbaka din anmälan.',
      ]),
      heading('Frågor?'),
      paragraph(
        'Skicka e-post till ',
        mail(dataProtection.email),
        '. Eller ring ',
        phone(dataProtection.phone),
        '.',
      ),
    ],
    en: [
      heading('Who is responsible for your information?'),
      paragraph(
        'The Labour Market Committee of Uppsala municipality is responsible for your personal data. The Labour Market Department gives the support and receives the referrals. Your information is protected by confidentiality rules.',
      ),
      heading('What we store'),
      paragraph('When you send a referral, we store what you fill in:'),
      list([
        'your name and date of birth, and your gender if you choose to tell us',
        'how to reach you: phone number, e-mail and when it suits you to be contacted',
        'the municipality you live in',
        'whether you are in contact with psychiatry or primary care, but not why',
        'whether you want to work, study or both',
        'whether you want us to work together with your care',
        'which language you want to speak and whether you need an interpreter',
        'what you write to us yourself, and how you heard about us',
        'if someone fills in the referral for you as part of their work: their name, workplace and contact details',
      ]),
      paragraph(
        bold('We never ask for a diagnosis.'),
        ' You do not need to tell us anything about your health to send a referral.',
      ),
      paragraph(
        'When you get support, we also note what happens in your case, for example when we have talked to you and what we have decided.',
      ),
      heading('Why we store it'),
      paragraph(
        'We need the information to contact you, see which support suits you and give you the support. We may do this because it is a task the municipality carries out. We also use figures without names to follow up our work, for example how long the queue is. Nobody can tell from those figures who you are.',
      ),
      heading('Who can read your referral?'),
      paragraph(
        'Only the staff who receive referrals for the service you applied to can read your referral. A few system administrators also have access, to run the system. Other people working for the municipality cannot read it.',
      ),
      paragraph(
        'We do not share your information with your care, Försäkringskassan, Arbetsförmedlingen or anyone else without your consent, unless a law requires it.',
      ),
      paragraph(
        'E-mails we send about a referral contain only a reference number, never your name or other details about you.',
      ),
      heading('How long we keep it'),
      list([
        'If your referral is closed without you being enrolled, we delete it 30 days after it was closed.',
        'If you get support, we keep your case while you get support. When the case is closed, it is kept for a period and then anonymised, according to the municipality’s records management plan. After that, nobody can tell that the information is about you.',
      ]),
      heading('Your rights'),
      paragraph('You have the right to:'),
      list([
        'know what information we have about you',
        'have mistakes corrected',
        'withdraw your consent to us working with your care',
        'withdraw your referral',
        'in some cases have information deleted or its use restricted',
        [
          'complain to the ',
          link('Swedish Authority for Privacy Protection (IMY)', 'https://www.imy.se/en/'),
          ' if you think we handle your information wrongly',
        ],
      ]),
      heading('Contact'),
      paragraph(
        'Questions about your information? Contact the municipality’s data protection officer at ',
        mail(dataProtection.email),
        ' or ',
        phone(dataProtection.phone),
        '. Please have your reference number ready.',
      ),
    ],
    ar: [
      heading('من المسؤول عن بياناتك؟'),
      paragraph(
        'لجنة سوق العمل في بلدية أوبسالا هي المسؤولة عن بياناتك الشخصية. وإدارة سوق العمل هي التي تقدّم الدعم وتستقبل الطلبات. بياناتك محمية بقواعد السرية.',
      ),
      heading('ما الذي نحفظه'),
      paragraph('عندما تقدّم طلباً، نحفظ ما تملؤه:'),
      list([
        'اسمك وتاريخ ميلادك، وجنسك إذا أردت أن تخبرنا به',
        'كيف نصل إليك: رقم الهاتف والبريد الإلكتروني والوقت المناسب للتواصل معك',
        'البلدية التي تسكن فيها',
        'هل أنت على تواصل مع الطب النفسي أو الرعاية الصحية الأولية، ولكن ليس السبب',
        'هل تريد العمل أو الدراسة أو كليهما',
        'هل تريد أن نتعاون مع الجهة التي تتابعك في الرعاية الصحية',
        'اللغة التي تريد التحدث بها، وهل تحتاج إلى مترجم',
        'ما تكتبه لنا بنفسك، وكيف سمعت عنا',
        'إذا ملأ أحدٌ الطلبَ نيابة عنك في إطار عمله: اسمه وجهة عمله وبيانات التواصل معه',
      ]),
      paragraph(
        bold('لا نسأل أبداً عن التشخيص.'),
        ' لا تحتاج إلى إخبارنا بأي شيء عن صحتك لتقديم الطلب.',
      ),
      paragraph(
        'وعندما تحصل على الدعم، ندوّن أيضاً ما يحدث في ملفك، مثلاً متى تحدّثنا معك وما الذي اتفقنا عليه.',
      ),
      heading('لماذا نحفظ البيانات'),
      paragraph(
        'نحتاج إلى البيانات لنتواصل معك، ونعرف الدعم المناسب لك، ونقدّمه لك. ويحق لنا ذلك لأنها مهمة من مهام البلدية. ونستخدم أيضاً أرقاماً من دون أسماء لمتابعة عملنا، مثل طول قائمة الانتظار. ولا يمكن لأحد أن يعرف من هذه الأرقام من أنت.',
      ),
      heading('من يمكنه قراءة طلبك؟'),
      paragraph(
        'لا يقرأ طلبك إلا العاملون الذين يستقبلون الطلبات للخدمة التي تقدّمت إليها. ولدى عدد قليل من مسؤولي النظام صلاحية الوصول أيضاً لتشغيل النظام. أما غيرهم من العاملين في البلدية فلا يمكنهم قراءته.',
      ),
      paragraph(
        'لا نعطي بياناتك للرعاية الصحية أو صندوق التأمينات الاجتماعية أو مكتب التوظيف أو أي جهة أخرى من دون موافقتك، إلا إذا أوجب القانون ذلك.',
      ),
      paragraph(
        'رسائل البريد الإلكتروني التي نرسلها بشأن الطلب لا تحتوي إلا على رقم مرجعي، ولا تحتوي أبداً على اسمك أو أي بيانات أخرى عنك.',
      ),
      heading('إلى متى نحفظ البيانات'),
      list([
        'إذا أُغلق طلبك من دون أن تُسجَّل لدينا، نحذفه بعد 30 يوماً من إغلاقه.',
        'إذا حصلت على الدعم، نحفظ ملفك طوال مدة الدعم. وبعد إغلاق الملف يُحفظ لفترة ثم تُزال منه البيانات التي تدل على هويتك، وفقاً لخطة إدارة الوثائق في البلدية. وبعد ذلك لا يمكن لأحد أن يعرف أن البيانات تخصّك.',
      ]),
      heading('حقوقك'),
      paragraph('يحق لك أن:'),
      list([
        'تعرف ما البيانات التي لدينا عنك',
        'تطلب تصحيح الأخطاء',
        'تسحب موافقتك على تعاوننا مع الرعاية الصحية',
        'تسحب طلبك',
        'تطلب في بعض الحالات حذف البيانات أو تقييد استخدامها',
        [
          'تقدّم شكوى إلى ',
          link('هيئة حماية الخصوصية (IMY)', 'https://www.imy.se/en/'),
          ' إذا رأيت أننا نتعامل مع بياناتك بطريقة خاطئة',
        ],
      ]),
      heading('التواصل'),
      paragraph(
        'هل لديك أسئلة عن بياناتك؟ تواصل مع مسؤول حماية البيانات في البلدية على ',
        mail(dataProtection.email),
        ' أو ',
        phone(dataProtection.phone),
        '. ويُستحسن أن يكون رقمك المرجعي في متناول يدك.',
      ),
    ],
    fi: [
      heading('Kuka vastaa tiedoistasi?'),
      paragraph(
        'Uppsalan kunnan työmarkkinalautakunta vastaa henkilötiedoistasi. Työmarkkinahallinto antaa tukea ja vastaanottaa ilmoitukset. Tietojasi suojaavat salassapitosäännöt.',
      ),
      heading('Mitä tallennamme'),
      paragraph('Kun lähetät ilmoituksen, tallennamme sen, mitä täytät:'),
      list([
        'nimesi ja syntymäaikasi sekä sukupuolesi, jos haluat kertoa sen',
        'miten tavoitamme sinut: puhelinnumero, sähköposti ja milloin sinulle sopii, että otamme yhteyttä',
        'kunta, jossa asut',
        'oletko yhteydessä psykiatriaan tai perusterveydenhuoltoon, mutta et sitä, miksi',
        'haluatko tehdä töitä, opiskella vai molempia',
        'haluatko, että teemme yhteistyötä hoitosi kanssa',
        'millä kielellä haluat puhua ja tarvitsetko tulkkia',
        'mitä kirjoitat meille itse ja mistä kuulit meistä',
        'jos joku täyttää ilmoituksen puolestasi työnsä kautta: hänen nimensä, työpaikkansa ja yhteystietonsa',
      ]),
      paragraph(
        bold('Emme koskaan kysy diagnoosia.'),
        ' Sinun ei tarvitse kertoa meille terveydestäsi mitään voidaksesi tehdä ilmoituksen.',
      ),
      paragraph(
        'Kun saat tukea, kirjaamme myös, mitä asiassasi tapahtuu, esimerkiksi milloin olemme puhuneet kanssasi ja mitä olemme päättäneet.',
      ),
      heading('Miksi tallennamme sen'),
      paragraph(
        'Tarvitsemme tietoja ottaaksemme sinuun yhteyttä, nähdäksemme, mikä tuki sopii sinulle, ja antaaksemme sinulle tukea. Saamme tehdä tämän, koska se on kunnan tehtävä. Käytämme myös lukuja ilman nimiä työmme seurantaan, esimerkiksi jonon pituuden seuraamiseen. Niistä luvuista kukaan ei voi päätellä, kuka olet.',
      ),
      heading('Kuka voi lukea ilmoituksesi?'),
      paragraph(
        'Vain ne työntekijät, jotka vastaanottavat ilmoituksia siihen tukeen, johon hait, voivat lukea ilmoituksesi. Myös muutamalla järjestelmän ylläpitäjällä on pääsy, jotta järjestelmä toimii. Muut kunnan työntekijät eivät voi lukea sitä.',
      ),
      paragraph(
        'Emme jaa tietojasi hoitosi, Försäkringskassanin, Arbetsförmedlingenin tai kenenkään muun kanssa ilman suostumustasi, ellei laki sitä vaadi.',
      ),
      paragraph(
        'Sähköposteissa, joita lähetämme ilmoituksesta, on vain viitenumero, ei koskaan nimeäsi tai muita tietoja sinusta.',
      ),
      heading('Kuinka kauan säilytämme sen'),
      list([
        'Jos ilmoituksesi päättyy ilman, että aloitat tuessa, poistamme sen 30 päivää sen päättymisen jälkeen.',
        'Jos saat tukea, säilytämme asiasi niin kauan kuin saat tukea. Kun asia päättyy, se säilytetään jonkin aikaa ja anonymisoidaan sitten kunnan tiedonhallintasuunnitelman mukaisesti. Sen jälkeen kukaan ei voi päätellä, että tiedot koskevat sinua.',
      ]),
      heading('Oikeutesi'),
      paragraph('Sinulla on oikeus:'),
      list([
        'tietää, mitä tietoja meillä on sinusta',
        'saada virheet korjatuiksi',
        'perua suostumuksesi siihen, että teemme yhteistyötä hoitosi kanssa',
        'perua ilmoituksesi',
        'joissakin tapauksissa saada tietoja poistetuiksi tai niiden käyttöä rajoitetuksi',
        [
          'tehdä valitus ',
          link('Ruotsin tietosuojaviranomaiselle (IMY)', 'https://www.imy.se/en/'),
          ', jos katsot, että käsittelemme tietojasi väärin',
        ],
      ]),
      heading('Yhteystiedot'),
      paragraph(
        'Onko sinulla kysyttävää tiedoistasi? Ota yhteyttä kunnan tietosuojavastaavaan: ',
        mail(dataProtection.email),
        ' tai ',
        phone(dataProtection.phone),
        '. Pidä viitenumerosi saatavilla.',
      ),
    ],
  },
}

/* ------------------------------------------------------------------------------------------------
 * Accessibility statement (lag om tillgänglighet till digital offentlig service; WCAG 2.1 AA via EN 301 549)
 * ---------------------------------------------------------------------------------------------- */

const accessibilityStatement: PageSeed = {
  slug: 'tillganglighet',
  audience: 'about',
  order: 91,
  title: {
    sv: 'Tillgänglighet för Stödportalen',
    lattlast: 'Så lätt är det att använda webbplatsen',
    en: 'Accessibility of Stödportalen',
    ar: 'إمكانية الوصول إلى Stödportalen',
    fi: 'Stödportalenin saavutettavuus',
  },
  summary: {
    sv: 'Hur tillgänglig webbplatsen är, hur vi testar den och hur du kan berätta för oss om något inte fungerar.',
    lattlast: 'Alla ska kunna använda webbplatsen. Berätta för oss om något inte fungerar.',
    en: 'How accessible the website is, how we test it and how you can tell us when something does not work.',
    ar: 'مدى سهولة استخدام الموقع، وكيف نختبره، وكيف يمكنك إخبارنا عندما لا يعمل شيء ما.',
    fi: 'Kuinka saavutettava sivusto on, miten testaamme sitä ja miten voit kertoa meille, kun jokin ei toimi.',
  },
  body: {
    sv: [
      paragraph(
        'Uppsala kommun står bakom Stödportalen. Vi vill att så många som möjligt ska kunna använda webbplatsen. Här beskriver vi hur den uppfyller lagen om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera problem, så att vi kan åtgärda dem.',
      ),
      heading('Hur tillgänglig är webbplatsen?'),
      paragraph(
        'Webbplatsen ska uppfylla kraven i standarden EN 301 549, som bygger på WCAG 2.1 nivå AA. Vi har inte låtit granska hela webbplatsen utifrån, och därför anger vi inte att den är helt förenlig med kraven.',
      ),
      heading('Så testar vi'),
      list([
        'Vi testar varje ny version av webbplatsen med det automatiska verktyget axe, mot kraven i WCAG 2.1 på nivå A och AA.',
        'Vi testar också manuellt, till exempel med bara tangentbordet, med förstorad text och på en liten mobilskärm.',
        'Sidorna fungerar även utan JavaScript.',
      ]),
      heading('Kända brister'),
      paragraph(
        'Vi känner inte till några brister just nu. Om du hittar något som inte fungerar vill vi gärna veta det.',
      ),
      heading('Flera språk och lättläst'),
      paragraph(
        'Det viktigaste innehållet finns på svenska, lättläst svenska, engelska och arabiska.',
      ),
      heading('Rapportera problem'),
      paragraph(
        'Har du problem att använda webbplatsen, eller behöver du innehållet i ett annat format? Kontakta oss:',
      ),
      list([
        ['E-post: ', mail(accessibility.email)],
        ['Telefon: ', phone(accessibility.phone)],
      ]),
      heading('Om du inte är nöjd'),
      paragraph(
        'Myndigheten för digital förvaltning (DIGG) har tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi har tagit hand om dina synpunkter kan du ',
        link('kontakta DIGG och anmäla det', 'https://www.digg.se/'),
        '.',
      ),
      heading('Om redogörelsen'),
      paragraph(
        'Vi ser över den här redogörelsen när webbplatsen ändras, och minst en gång om året.',
      ),
    ],
    lattlast: [
      paragraph('Alla ska kunna använda den här webbplatsen. Det står i en lag.'),
      heading('Så testar vi webbplatsen'),
      list([
        'Ett datorprogram testar webbplatsen. Programmet heter axe.',
        'Vi testar också själva. Till exempel med stor text och på mobilen.',
      ]),
      paragraph('Vi säger inte att allt är perfekt. Men vi vet inte om några problem just nu.'),
      heading('Fungerar något inte?'),
      paragraph(
        'Berätta för oss. Skicka e-post till ',
        mail(accessibility.email),
        '. Eller ring ',
        phone(accessibility.phone),
        '.',
      ),
      heading('Är du inte nöjd med vårt svar?'),
      paragraph(
        'Då kan du kontakta ',
        link('DIGG', 'https://www.digg.se/'),
        '. DIGG är en myndighet. DIGG kontrollerar att lagen följs.',
      ),
    ],
    en: [
      paragraph(
        'Uppsala municipality runs Stödportalen. We want as many people as possible to be able to use the website. Here we describe how it meets the Swedish Act on accessibility to digital public services, which problems we know of, and how you can report problems so that we can fix them.',
      ),
      heading('How accessible is the website?'),
      paragraph(
        'The website is meant to meet the requirements of the standard EN 301 549, which is based on WCAG 2.1 level AA. The whole website has not been reviewed by an outside party, so we do not state that it fully complies with the requirements.',
      ),
      heading('How we test'),
      list([
        'We test every new version of the website with the automated tool axe, against the WCAG 2.1 level A and AA requirements.',
        'We also test by hand, for example with the keyboard only, with enlarged text and on a small mobile screen.',
        'The pages also work without JavaScript.',
      ]),
      heading('Known problems'),
      paragraph(
        'We do not know of any problems at the moment. If you find something that does not work, we want to hear about it.',
      ),
      heading('Languages and easy-to-read Swedish'),
      paragraph(
        'The most important content is available in Swedish, easy-to-read Swedish, English and Arabic.',
      ),
      heading('Report a problem'),
      paragraph(
        'Do you have trouble using the website, or do you need the content in another format? Contact us:',
      ),
      list([
        ['E-mail: ', mail(accessibility.email)],
        ['Phone: ', phone(accessibility.phone)],
      ]),
      heading('If you are not satisfied'),
      paragraph(
        'The Agency for Digital Government (DIGG, Myndigheten för digital förvaltning) supervises the Act on accessibility to digital public services. If you are not satisfied with how we have handled your feedback, you can ',
        link('contact DIGG and report it', 'https://www.digg.se/'),
        '.',
      ),
      heading('About this statement'),
      paragraph('We review this statement whenever the website changes, and at least once a year.'),
    ],
    ar: [
      paragraph(
        'تقف بلدية أوبسالا وراء موقع Stödportalen. نريد أن يتمكن أكبر عدد ممكن من الناس من استخدام الموقع. نوضّح هنا كيف يستوفي الموقع قانون إمكانية الوصول إلى الخدمات الرقمية العامة، وما أوجه القصور التي نعرفها، وكيف يمكنك الإبلاغ عن المشكلات حتى نتمكن من إصلاحها.',
      ),
      heading('ما مدى سهولة الوصول إلى الموقع؟'),
      paragraph(
        'يجب أن يستوفي الموقع متطلبات المعيار EN 301 549 المبني على WCAG 2.1 بالمستوى AA. لم تُراجع جهة خارجية الموقع بأكمله، لذلك لا نقول إنه متوافق تماماً مع المتطلبات.',
      ),
      heading('كيف نختبر الموقع'),
      list([
        'نختبر كل نسخة جديدة من الموقع بالأداة الآلية axe، وفق متطلبات WCAG 2.1 بالمستويين A وAA.',
        'ونختبره أيضاً يدوياً، مثلاً باستخدام لوحة المفاتيح وحدها، وبنص مكبَّر، وعلى شاشة هاتف صغيرة.',
        'تعمل الصفحات أيضاً من دون JavaScript.',
      ]),
      heading('أوجه القصور المعروفة'),
      paragraph('لا نعرف حالياً أي أوجه قصور. إذا وجدت شيئاً لا يعمل، يسعدنا أن تخبرنا به.'),
      heading('اللغات والسويدية المبسّطة'),
      paragraph('أهم المحتوى متوفر بالسويدية والسويدية المبسّطة والإنجليزية والعربية.'),
      heading('الإبلاغ عن مشكلة'),
      paragraph('هل تواجه صعوبة في استخدام الموقع، أو تحتاج إلى المحتوى بصيغة أخرى؟ تواصل معنا:'),
      list([
        ['البريد الإلكتروني: ', mail(accessibility.email)],
        ['الهاتف: ', phone(accessibility.phone)],
      ]),
      heading('إذا لم تكن راضياً'),
      paragraph(
        'تتولى هيئة الإدارة الرقمية (DIGG) الرقابة على قانون إمكانية الوصول إلى الخدمات الرقمية العامة. إذا لم تكن راضياً عن طريقة تعاملنا مع ملاحظاتك، يمكنك ',
        link('التواصل مع DIGG والإبلاغ عن ذلك', 'https://www.digg.se/'),
        '.',
      ),
      heading('عن هذا البيان'),
      paragraph('نراجع هذا البيان كلما تغيّر الموقع، ومرة واحدة في السنة على الأقل.'),
    ],
    fi: [
      paragraph(
        'Uppsalan kunta ylläpitää Stödportalenia. Haluamme, että mahdollisimman moni voi käyttää sivustoa. Tässä kerromme, miten sivusto täyttää Ruotsin digitaalisten julkisten palvelujen saavutettavuuslain vaatimukset, mitä ongelmia tiedämme ja miten voit ilmoittaa ongelmista, jotta voimme korjata ne.',
      ),
      heading('Kuinka saavutettava sivusto on?'),
      paragraph(
        'Sivuston on tarkoitus täyttää standardin EN 301 549 vaatimukset, joka perustuu WCAG 2.1 -ohjeiden AA-tasoon. Ulkopuolinen taho ei ole arvioinut koko sivustoa, joten emme väitä, että se täyttää vaatimukset kokonaan.',
      ),
      heading('Näin testaamme'),
      list([
        'Testaamme sivuston jokaisen uuden version automaattisella axe-työkalulla WCAG 2.1 -ohjeiden A- ja AA-tason vaatimuksia vasten.',
        'Testaamme myös käsin, esimerkiksi pelkällä näppäimistöllä, suurennetulla tekstillä ja pienellä puhelimen näytöllä.',
        'Sivut toimivat myös ilman JavaScriptiä.',
      ]),
      heading('Tunnetut ongelmat'),
      paragraph(
        'Emme tällä hetkellä tiedä ongelmista. Jos löydät jotain, mikä ei toimi, haluamme kuulla siitä.',
      ),
      heading('Kielet ja selkoruotsi'),
      paragraph(
        'Tärkein sisältö on saatavilla ruotsiksi, selkoruotsiksi, englanniksi, arabiaksi ja suomeksi. Suomenkieliset tekstit odottavat vielä äidinkielisen tarkistusta.',
      ),
      heading('Ilmoita ongelmasta'),
      paragraph(
        'Onko sinun vaikea käyttää sivustoa, tai tarvitsetko sisällön toisessa muodossa? Ota meihin yhteyttä:',
      ),
      list([
        ['Sähköposti: ', mail(accessibility.email)],
        ['Puhelin: ', phone(accessibility.phone)],
      ]),
      heading('Jos et ole tyytyväinen'),
      paragraph(
        'Digitaalisen hallinnon virasto (DIGG, Myndigheten för digital förvaltning) valvoo digitaalisten julkisten palvelujen saavutettavuuslakia. Jos et ole tyytyväinen siihen, miten olemme käsitelleet palautettasi, voit ',
        link('ottaa yhteyttä DIGGiin ja ilmoittaa asiasta', 'https://www.digg.se/'),
        '.',
      ),
    ],
  },
}

/** In the order the site lists them: the audience pages first, then the pages about the site. */
export const pages: PageSeed[] = [
  clinics,
  schools,
  employers,
  relatives,
  agencies,
  privacy,
  accessibilityStatement,
]
