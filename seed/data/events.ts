/**
 * Outreach events as seed data: four upcoming ones and a cancelled one, dated from the day the seed
 * runs so that they stay upcoming. Venues, addresses and links are made up; phone numbers come from
 * the range PTS reserves for fiction (031-390 06 00–99), e-mail and links from `.example`.
 *
 * The Finnish texts (`fi`) await review by a native speaker: the CMS shows the language as
 * "Suomi (granskas)" until `localeInfo.fi.awaitingReview` is removed.
 */
import type { EventAudience, EventKind, Locale } from '@stodportalen/support-services/domain'

/** A text in every locale the portal publishes. */
type Text4 = Record<Locale, string>

export interface EventSeed {
  slug: string
  kind: EventKind
  /** Days after the seed day, and the Swedish wall-clock times it starts and ends. */
  inDays: number
  from: string
  to: string
  title: Text4
  text: Text4
  place:
    | { online: string }
    | {
        name: string
        street: string
        postalCode: string
        city: string
        directions: Text4
        accessibility: Text4
      }
  audiences: EventAudience[]
  services: string[]
  languages: string[]
  signUp?: { text: Text4; phone?: string; email?: string }
  cancelled?: boolean
}

const kvarnen = {
  name: 'Träffpunkt Kvarnen (påhittad lokal)',
  street: 'Exempelgatan 12',
  postalCode: '753 20',
  city: 'Uppsala',
  directions: {
    sv: 'Buss 3 till hållplatsen Exempeltorget, sedan två minuter till fots. Ingång från gården.',
    lattlast: 'Ta buss 3 till Exempeltorget. Gå två minuter. Dörren finns på gården.',
    en: 'Bus 3 to the Exempeltorget stop, then a two-minute walk. Entrance from the courtyard.',
    ar: 'الحافلة رقم 3 إلى محطة Exempeltorget، ثم دقيقتان سيرًا على الأقدام. المدخل من الفناء.',
    fi: 'Bussi 3 Exempeltorgetin pysäkille, sitten kahden minuutin kävely. Sisäänkäynti sisäpihalta.',
  },
  accessibility: {
    sv: 'Entré utan trappsteg, hörslinga och tillgänglig toalett. Det finns ett lugnt rum.',
    lattlast: 'Det finns inga trappor vid dörren. Det finns hörslinga och en toalett för rullstol.',
    en: 'Step-free entrance, hearing loop and an accessible toilet. There is a quiet room.',
    ar: 'مدخل بدون درج، وحلقة سمعية ودورة مياه مهيأة. توجد غرفة هادئة.',
    fi: 'Porraton sisäänkäynti, induktiosilmukka ja esteetön wc. Tilassa on hiljainen huone.',
  },
}

export const events: EventSeed[] = [
  {
    slug: 'informationsmote-om-ips',
    kind: 'informationMeeting',
    inDays: 5,
    from: '14:00',
    to: '15:30',
    title: {
      sv: 'Informationsmöte om stöd till arbete (IPS)',
      lattlast: 'Möte om hjälp att hitta ett jobb',
      en: 'Information meeting: support to find work (IPS)',
      ar: 'لقاء إعلامي: الدعم في إيجاد عمل (IPS)',
      fi: 'Infotilaisuus: tukea työn löytämiseen (IPS)',
    },
    text: {
      sv: 'En arbetscoach berättar hur IPS går till och svarar på frågor. Du behöver inte anmäla dig. Välkommen med anhöriga eller personal från vården.',
      lattlast: 'En coach berättar om stödet. Du kan fråga om allt. Du behöver inte anmäla dig.',
      en: 'An employment coach explains how IPS works and answers questions. No need to sign up. Relatives and care staff are welcome too.',
      ar: 'يشرح مدرب العمل كيف يعمل IPS ويجيب عن الأسئلة. لا حاجة للتسجيل. الأقارب وموظفو الرعاية مرحب بهم أيضًا.',
      fi: 'Työvalmentaja kertoo, miten IPS toimii, ja vastaa kysymyksiin. Ilmoittautumista ei tarvita. Myös läheiset ja hoitohenkilöstö ovat tervetulleita.',
    },
    place: kvarnen,
    audiences: ['clinics', 'relatives'],
    services: ['ips'],
    languages: ['svenska', 'engelska'],
  },
  {
    slug: 'drop-in-fragor-om-studier',
    kind: 'dropIn',
    inDays: 12,
    from: '16:00',
    to: '18:00',
    title: {
      sv: 'Drop-in online: frågor om studier',
      lattlast: 'Fråga om studier på nätet',
      en: 'Online drop-in: questions about studying',
      ar: 'لقاء مفتوح عبر الإنترنت: أسئلة حول الدراسة',
      fi: 'Avoin vastaanotto verkossa: kysymyksiä opiskelusta',
    },
    text: {
      sv: 'Koppla upp dig när det passar under tiden och ställ dina frågor om att börja eller fortsätta studera med stöd.',
      lattlast: 'Gå in på länken när du vill. Fråga om att studera.',
      en: 'Join whenever it suits you and ask about starting or continuing your studies with support.',
      ar: 'انضم في أي وقت يناسبك واسأل عن بدء الدراسة أو مواصلتها بدعم.',
      fi: 'Tule mukaan silloin, kun sinulle sopii, ja kysy opintojen aloittamisesta tai jatkamisesta tuen avulla.',
    },
    place: { online: 'https://mote.uppsala.example/drop-in-studier' },
    audiences: ['schools', 'relatives'],
    services: ['sed'],
    languages: ['svenska', 'arabiska'],
  },
  {
    slug: 'oppet-hus-for-arbetsgivare',
    kind: 'openHouse',
    inDays: 20,
    from: '08:30',
    to: '10:00',
    title: {
      sv: 'Öppet hus för arbetsgivare',
      lattlast: 'Öppet hus för chefer',
      en: 'Open house for employers',
      ar: 'يوم مفتوح لأصحاب العمل',
      fi: 'Avoimet ovet työnantajille',
    },
    text: {
      sv: 'Frukost och samtal om hur det går till att anställa med stöd av en arbetscoach. Arbetsgivare som redan är med berättar.',
      lattlast: 'Vi äter frukost och pratar om att anställa med hjälp av en coach.',
      en: 'Breakfast and a talk about hiring with the support of an employment coach, with employers who already do.',
      ar: 'فطور وحديث عن التوظيف بدعم من مدرب عمل، مع أصحاب عمل يقومون بذلك بالفعل.',
      fi: 'Aamiainen ja keskustelu siitä, miten työntekijän voi palkata työvalmentajan tuella, yhdessä työnantajien kanssa, jotka jo tekevät niin.',
    },
    place: kvarnen,
    audiences: ['employers'],
    services: ['ips', 'se'],
    languages: ['svenska'],
    signUp: {
      text: {
        sv: 'Anmäl dig senast två dagar före, så att vi vet hur mycket frukost vi ska ordna.',
        lattlast: 'Anmäl dig två dagar före.',
        en: 'Please sign up two days before, so that we know how much breakfast to order.',
        ar: 'يرجى التسجيل قبل يومين حتى نعرف كمية الفطور المطلوبة.',
        fi: 'Ilmoittaudu kaksi päivää etukäteen, jotta tiedämme, kuinka paljon aamiaista tilaamme.',
      },
      phone: '031-390 06 40',
      email: 'samverkan@uppsala.example',
    },
  },
  {
    slug: 'jobbmassa-med-stod',
    kind: 'jobFair',
    inDays: 34,
    from: '10:00',
    to: '15:00',
    title: {
      sv: 'Jobbmässa: träffa arbetsgivare med stöd av en coach',
      lattlast: 'Jobbmässa: träffa chefer som anställer',
      en: 'Job fair: meet employers with a coach by your side',
      ar: 'معرض وظائف: قابل أصحاب العمل بمرافقة مدرب',
      fi: 'Työmessut: tapaa työnantajia valmentaja tukenasi',
    },
    text: {
      sv: 'Arbetsgivare från kommunen och näringslivet finns på plats. Coacherna hjälper dig att förbereda dig och följer med om du vill.',
      lattlast: 'Chefer som vill anställa kommer hit. En coach kan gå med dig.',
      en: 'Employers from the municipality and local businesses are there. The coaches help you prepare and come along if you like.',
      ar: 'يحضر أصحاب عمل من البلدية والقطاع الخاص. يساعدك المدربون على الاستعداد ويرافقونك إن أردت.',
      fi: 'Paikalla on työnantajia kunnasta ja paikallisista yrityksistä. Valmentajat auttavat sinua valmistautumaan ja tulevat mukaan, jos haluat.',
    },
    place: {
      name: 'Exempelhallen (påhittad lokal)',
      street: 'Påhittade vägen 4',
      postalCode: '753 30',
      city: 'Uppsala',
      directions: {
        sv: 'Fem minuter från centralstationen. Parkering för rörelsehindrade vid entrén.',
        lattlast: 'Gå fem minuter från stationen.',
        en: 'Five minutes from the central station. Disabled parking by the entrance.',
        ar: 'خمس دقائق من المحطة المركزية. موقف لذوي الإعاقة عند المدخل.',
        fi: 'Viiden minuutin päässä rautatieasemalta. Invapysäköinti sisäänkäynnin vieressä.',
      },
      accessibility: {
        sv: 'Hela hallen ligger i markplan. Hörslinga vid informationsdisken.',
        lattlast: 'Det finns inga trappor.',
        en: 'The whole hall is on the ground floor. Hearing loop at the information desk.',
        ar: 'القاعة كلها في الطابق الأرضي. حلقة سمعية عند مكتب الاستعلامات.',
        fi: 'Koko halli on maantasokerroksessa. Induktiosilmukka infopisteessä.',
      },
    },
    audiences: ['agencies', 'relatives'],
    services: ['ips', 'sed', 'se'],
    languages: ['svenska', 'engelska', 'arabiska'],
  },
  {
    slug: 'temadag-psykisk-halsa-och-arbete',
    kind: 'themeDay',
    inDays: 8,
    from: '09:00',
    to: '12:00',
    cancelled: true,
    title: {
      sv: 'Temadag: psykisk hälsa och arbete',
      lattlast: 'Temadag om att må bra och jobba',
      en: 'Theme day: mental health and work',
      ar: 'يوم موضوعي: الصحة النفسية والعمل',
      fi: 'Teemapäivä: mielenterveys ja työ',
    },
    text: {
      sv: 'Föreläsningar för personal i vården och på myndigheter om hur arbete och studier stöder återhämtningen.',
      lattlast: 'Föreläsningar om att jobb och studier kan hjälpa en att må bättre.',
      en: 'Talks for care and agency staff about how work and studies support recovery.',
      ar: 'محاضرات لموظفي الرعاية والهيئات حول كيف يدعم العمل والدراسة التعافي.',
      fi: 'Puheenvuoroja hoito- ja viranomaishenkilöstölle siitä, miten työ ja opiskelu tukevat toipumista.',
    },
    place: kvarnen,
    audiences: ['clinics', 'agencies'],
    services: ['ips', 'sed'],
    languages: ['svenska'],
  },
]

/** The instant of a Swedish wall-clock time `days` after `today` (summer or winter time alike). */
export const swedishTime = (today: Date, days: number, time: string): Date => {
  const day = new Date(today.getTime() + days * 86_400_000)
  const [hours, minutes] = time.split(':').map(Number)
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' })
    .format(day)
    .split('-')
    .map(Number)
  for (const offset of [1, 2]) {
    const instant = new Date(Date.UTC(y, m - 1, d, hours - offset, minutes))
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Stockholm',
      hour: '2-digit',
      minute: '2-digit',
    }).format(instant)
    if (local === time) return instant
  }
  throw new Error(`${time} does not exist in Swedish time on ${y}-${m}-${d}`)
}
