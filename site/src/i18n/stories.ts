import { translator } from './translator'

/** Strings of the story lists and the story pages. */
export const ts = translator({
  sv: {
    stories: 'Berättelser',
    storiesIntro: 'Några som har fått stöd berättar.',
    'outcome.work': 'Fick ett arbete',
    'outcome.studies': 'Började studera',
    readStory: 'Läs {name}s berättelse',
    toldBy: 'Berättat av {name}',
    service: 'Stödet',
    consentNote: '{name} har gett sitt samtycke till att berättelsen visas här.',
  },
  lattlast: {
    storiesIntro: 'Här berättar några som har fått hjälp.',
    readStory: 'Läs vad {name} berättar',
    consentNote: '{name} har sagt ja till att berättelsen finns här.',
  },
  en: {
    stories: 'Stories',
    storiesIntro: 'People who have had support tell their stories.',
    'outcome.work': 'Found a job',
    'outcome.studies': 'Started studying',
    readStory: "Read {name}'s story",
    toldBy: 'Told by {name}',
    service: 'The support',
    consentNote: '{name} has agreed to the story being shown here.',
  },
  ar: {
    stories: 'قصص',
    storiesIntro: 'أشخاص حصلوا على الدعم يروون قصصهم.',
    'outcome.work': 'حصل على عمل',
    'outcome.studies': 'بدأ الدراسة',
    readStory: 'اقرأ قصة {name}',
    toldBy: 'يرويها {name}',
    service: 'الدعم',
    consentNote: 'وافق {name} على عرض القصة هنا.',
  },
  fi: {
    stories: 'Tarinoita',
    storiesIntro: 'Ihmiset, jotka ovat saaneet tukea, kertovat kokemuksistaan.',
    'outcome.work': 'Sai työpaikan',
    'outcome.studies': 'Aloitti opinnot',
    readStory: 'Lue tarina: {name}',
    toldBy: 'Kertoja: {name}',
    service: 'Tuki',
    consentNote: '{name} on antanut luvan siihen, että tarina näytetään täällä.',
  },
})
