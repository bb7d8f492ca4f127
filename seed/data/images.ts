import type { Locale } from '@stodportalen/support-services/domain'

/**
 * The seed's pictures: drawn here as SVG (shapes, never a person), one per service and one for the
 * pages around the target group. The seed turns each into a PNG and uploads it, so the media
 * collection makes its sizes as for any editor's upload. The Finnish alt texts await review by a
 * native speaker (`localeInfo.fi.awaitingReview`).
 */
export interface ImageSeed {
  /** The upload's file name, which also finds it again on the next seed. */
  filename: string
  alt: Record<Locale, string>
  svg: string
}

const scene = (content: string, sky = '#d7ecf5') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000" viewBox="0 0 160 100">
  <rect width="160" height="100" fill="${sky}"/>
  ${content}
</svg>`

const hills = (near: string, far: string) => `
  <path d="M0 68 Q40 48 80 64 T160 58 V100 H0 Z" fill="${far}"/>
  <path d="M0 84 Q50 70 100 84 T160 78 V100 H0 Z" fill="${near}"/>`

export const images: Record<'ips' | 'sed' | 'se' | 'pages', ImageSeed> = {
  ips: {
    filename: 'seed-vag-till-arbete.png',
    alt: {
      sv: 'Teckning: en slingrande väg över gröna kullar fram till en arbetsplats med upplysta fönster.',
      lattlast: 'En teckning av en väg som går till en arbetsplats.',
      en: 'Drawing: a winding path over green hills to a workplace with lit windows.',
      ar: 'رسم: طريق متعرج فوق تلال خضراء يصل إلى مكان عمل بنوافذ مضاءة.',
      fi: 'Piirros: mutkitteleva polku vihreiden kukkuloiden yli työpaikalle, jonka ikkunoissa palaa valo.',
    },
    svg: scene(`
  <circle cx="28" cy="22" r="10" fill="#f4c430"/>
  ${hills('#2f6b45', '#5a9e6f')}
  <rect x="104" y="34" width="40" height="34" fill="#c9d6df" stroke="#34495e" stroke-width="1"/>
  <path d="M100 36 L124 22 L148 36 Z" fill="#8e5b3e"/>
  ${[0, 1, 2]
    .flatMap((col) =>
      [0, 1].map(
        (row) =>
          `<rect x="${109 + col * 11}" y="${41 + row * 11}" width="7" height="7" fill="#f7d774"/>`,
      ),
    )
    .join('')}
  <path d="M30 100 Q60 82 90 80 T122 68" stroke="#efe3c2" stroke-width="5" fill="none"/>`),
  },
  sed: {
    filename: 'seed-bocker-och-lampa.png',
    alt: {
      sv: 'Teckning: en stapel böcker och ett anteckningsblock på ett skrivbord under en tänd lampa.',
      lattlast: 'En teckning av böcker på ett bord.',
      en: 'Drawing: a stack of books and a notebook on a desk under a lit lamp.',
      ar: 'رسم: كومة من الكتب ودفتر على مكتب تحت مصباح مضاء.',
      fi: 'Piirros: kirjapino ja muistikirja pöydällä palavan lampun alla.',
    },
    svg: scene(
      `
  <rect y="70" width="160" height="30" fill="#a4744f"/>
  <rect x="30" y="58" width="50" height="8" fill="#1b4d89"/>
  <rect x="34" y="50" width="44" height="8" fill="#c0392b"/>
  <rect x="32" y="42" width="46" height="8" fill="#27ae60"/>
  <rect x="30" y="66" width="50" height="4" fill="#f1f1f1"/>
  <rect x="92" y="60" width="30" height="10" fill="#fdfdfd" stroke="#7f8c8d" stroke-width="0.8"/>
  <path d="M132 70 V30 L118 22" stroke="#34495e" stroke-width="2" fill="none"/>
  <path d="M108 20 L126 16 L124 30 Z" fill="#f4c430"/>
  <circle cx="116" cy="30" r="14" fill="#f7d774" opacity="0.35"/>`,
      '#eef1e6',
    ),
  },
  se: {
    filename: 'seed-verkstad.png',
    alt: {
      sv: 'Teckning: en arbetsbänk med verktyg, en låda och ett kugghjul, i ljus från ett fönster.',
      lattlast: 'En teckning av en arbetsbänk med verktyg.',
      en: 'Drawing: a workbench with tools, a box and a cogwheel, in light from a window.',
      ar: 'رسم: طاولة عمل عليها أدوات وصندوق وترس، في ضوء نافذة.',
      fi: 'Piirros: työpöytä, jolla on työkaluja, laatikko ja hammaspyörä, ikkunasta tulevassa valossa.',
    },
    svg: scene(
      `
  <rect x="110" y="12" width="36" height="30" fill="#d7ecf5" stroke="#7f8c8d" stroke-width="1.5"/>
  <path d="M128 12 V42 M110 27 H146" stroke="#7f8c8d" stroke-width="1.5"/>
  <rect x="14" y="62" width="132" height="8" fill="#8e5b3e"/>
  <rect x="20" y="70" width="6" height="30" fill="#6d4330"/>
  <rect x="134" y="70" width="6" height="30" fill="#6d4330"/>
  <rect x="30" y="46" width="30" height="16" fill="#d35400"/>
  <path d="M72 60 L92 44" stroke="#34495e" stroke-width="3"/>
  <rect x="88" y="38" width="10" height="8" fill="#7f8c8d" transform="rotate(-40 93 42)"/>
  <circle cx="112" cy="52" r="8" fill="none" stroke="#1b4d89" stroke-width="4" stroke-dasharray="3 2"/>`,
      '#f3ede2',
    ),
  },
  pages: {
    filename: 'seed-bank-i-solen.png',
    alt: {
      sv: 'Teckning: en parkbänk på en kulle i solsken, med utsikt över ett landskap.',
      lattlast: 'En teckning av en bänk i solen.',
      en: 'Drawing: a park bench on a hill in the sun, looking out over a landscape.',
      ar: 'رسم: مقعد في حديقة على تلة تحت الشمس، يطل على منظر طبيعي.',
      fi: 'Piirros: puistonpenkki kukkulalla auringossa, näkymä maisemaan.',
    },
    svg: scene(`
  <circle cx="126" cy="22" r="11" fill="#f4c430"/>
  ${hills('#3d7f57', '#7fb58f')}
  <rect x="40" y="66" width="34" height="4" fill="#8e5b3e"/>
  <rect x="40" y="58" width="34" height="3" fill="#8e5b3e"/>
  <rect x="43" y="70" width="3" height="9" fill="#6d4330"/>
  <rect x="68" y="70" width="3" height="9" fill="#6d4330"/>`),
  },
}
