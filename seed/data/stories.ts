/**
 * Two stories as seed data. The people are made up, and each text says so: a demo must never look
 * like a real person's account. The consent is recorded as a real story's would be.
 *
 * The Finnish texts (`fi`) await review by a native speaker: the CMS shows the language as
 * "Suomi (granskas)" until `localeInfo.fi.awaitingReview` is removed.
 */
import type { ConsentScope, Locale, StoryOutcome } from '@stodportalen/support-services/domain'

/** A text in every locale the portal publishes. */
type Text4 = Record<Locale, string>

export interface StorySeed {
  slug: string
  name: string
  service: string
  outcome: StoryOutcome
  title: Text4
  /** Paragraphs, in every locale. */
  text: Record<Locale, string[]>
  consent: { givenOn: string; scope: ConsentScope[] }
}

const madeUp: Text4 = {
  sv: 'Personen och berättelsen är påhittade: ett exempel på hur en berättelse kan se ut.',
  lattlast: 'Personen finns inte på riktigt. Berättelsen är ett exempel.',
  en: 'The person and the story are made up: an example of what a story can look like.',
  ar: 'الشخص والقصة من نسج الخيال: مثال على شكل القصة.',
  fi: 'Henkilö ja tarina ovat keksittyjä: esimerkki siitä, millainen tarina voi olla.',
}

export const stories: StorySeed[] = [
  {
    slug: 'fran-dagverksamhet-till-lager',
    name: 'Mira',
    service: 'ips',
    outcome: 'work',
    title: {
      sv: 'Från daglig verksamhet till jobb på ett lager',
      lattlast: 'Mira fick jobb på ett lager',
      en: 'From a day centre to a job at a warehouse',
      ar: 'من مركز نهاري إلى عمل في مستودع',
      fi: 'Päivätoiminnasta töihin varastolle',
    },
    text: {
      sv: [
        'Jag trodde inte att jobb var något för mig. Min handledare frågade vad jag ville göra, inte vad jag inte klarade av.',
        'Efter tre veckor fick jag prova på ett lager. Nu jobbar jag tre dagar i veckan, och handledaren finns kvar när något blir svårt.',
        madeUp.sv,
      ],
      lattlast: [
        'Jag trodde inte att jag kunde jobba. Min handledare frågade vad jag ville göra.',
        'Jag fick prova att jobba på ett lager. Nu jobbar jag tre dagar i veckan. Handledaren hjälper mig när det blir svårt.',
        madeUp.lattlast,
      ],
      en: [
        'I did not think work was for me. My coach asked what I wanted to do, not what I could not manage.',
        'After three weeks I tried out a job at a warehouse. Now I work three days a week, and my coach is still there when something gets hard.',
        madeUp.en,
      ],
      ar: [
        'لم أكن أعتقد أن العمل مناسب لي. سألني مرشدي عمّا أريد أن أفعله، وليس عمّا لا أستطيع فعله.',
        'بعد ثلاثة أسابيع جرّبت العمل في مستودع. الآن أعمل ثلاثة أيام في الأسبوع، ومرشدي ما زال موجودًا عندما يصعب شيء ما.',
        madeUp.ar,
      ],
      fi: [
        'En uskonut, että työ olisi minua varten. Valmentajani kysyi, mitä haluan tehdä, eikä sitä, mihin en pysty.',
        'Kolmen viikon päästä pääsin kokeilemaan työtä varastolla. Nyt teen töitä kolmena päivänä viikossa, ja valmentaja on yhä tukena, kun jokin on vaikeaa.',
        madeUp.fi,
      ],
    },
    consent: { givenOn: '2026-02-16', scope: ['website', 'print'] },
  },
  {
    slug: 'tillbaka-till-studierna',
    name: 'Sam',
    service: 'sed',
    outcome: 'studies',
    title: {
      sv: 'Tillbaka till studierna efter två år hemma',
      lattlast: 'Sam började plugga igen',
      en: 'Back to studying after two years at home',
      ar: 'العودة إلى الدراسة بعد عامين في المنزل',
      fi: 'Takaisin opiskelemaan kahden kotona vietetyn vuoden jälkeen',
    },
    text: {
      sv: [
        'Jag hade hoppat av gymnasiet och var hemma i två år. Det kändes omöjligt att börja om.',
        'Vi gick igenom vilka kurser jag saknade och pratade med studievägledaren tillsammans. I höstas började jag på komvux, en kurs i taget.',
        madeUp.sv,
      ],
      lattlast: [
        'Jag slutade gymnasiet och var hemma i två år. Jag trodde inte att jag kunde börja igen.',
        'Vi tittade på vilka kurser jag behövde. Nu läser jag en kurs i taget på komvux.',
        madeUp.lattlast,
      ],
      en: [
        'I had dropped out of upper secondary school and stayed at home for two years. Starting again felt impossible.',
        'We went through the courses I was missing and talked to the study counsellor together. Last autumn I started adult education, one course at a time.',
        madeUp.en,
      ],
      ar: [
        'كنت قد تركت المدرسة الثانوية وبقيت في المنزل لمدة عامين. بدا البدء من جديد مستحيلًا.',
        'راجعنا المواد التي تنقصني وتحدثنا مع مرشد الدراسة معًا. في الخريف الماضي بدأت في تعليم الكبار، مادة واحدة في كل مرة.',
        madeUp.ar,
      ],
      fi: [
        'Olin keskeyttänyt lukion ja ollut kotona kaksi vuotta. Uudelleen aloittaminen tuntui mahdottomalta.',
        'Kävimme läpi, mitkä kurssit minulta puuttuivat, ja puhuimme yhdessä opinto-ohjaajan kanssa. Viime syksynä aloitin aikuiskoulutuksessa, yksi kurssi kerrallaan.',
        madeUp.fi,
      ],
    },
    consent: { givenOn: '2026-04-03', scope: ['website', 'print', 'socialMedia'] },
  },
]
