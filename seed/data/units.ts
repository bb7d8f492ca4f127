/**
 * The demo's units: Uppsala kommun's labour-market department with its three services, a coordination
 * association (samordningsförbund) running IPS for two neighbouring municipalities, and a large city
 * (Göteborg) split between three units by district, so that the find page asks for the district and
 * routes to the unit's own IPS service. The association and the Göteborg units are synthetic (their
 * services, staff and referrals too); every contact detail is fictional (PTS's fiction range,
 * `.example`).
 */
import type { LocalizedText, UnitArea } from '@stodportalen/support-services/domain'

export interface UnitSeed {
  name: string
  contact: { phone: string; email: string; address: string; openingHours: LocalizedText }
  area: UnitArea[]
}

export const uppsalaUnit: UnitSeed = {
  name: 'Arbetsmarknadsförvaltningen, Uppsala kommun',
  contact: {
    phone: '031-390 06 10',
    email: 'intag@uppsala.example',
    address: 'Exempelgatan 10, 753 00 Uppsala',
    openingHours: {
      sv: 'Telefontid måndag–fredag kl. 9–11 och 13–15.',
      lattlast: 'Du kan ringa måndag till fredag. Klockan 9 till 11 och klockan 13 till 15.',
      en: 'Phone hours Monday–Friday, 9–11 am and 1–3 pm.',
      ar: 'أوقات الاتصال الهاتفي: من الاثنين إلى الجمعة، من 9 إلى 11 صباحاً ومن 1 إلى 3 بعد الظهر.',
      fi: 'Puhelinajat maanantaista perjantaihin klo 9–11 ja 13–15.',
    },
  },
  area: [{ municipality: '0380' }],
}

export const enkopingHaboUnit: UnitSeed = {
  name: 'Samordningsförbundet Enköping–Håbo',
  contact: {
    phone: '031-390 06 40',
    email: 'ips@enkoping-habo.example',
    address: 'Exempeltorget 4, 745 00 Enköping',
    openingHours: {
      sv: 'Telefontid tisdag och torsdag kl. 9–12.',
      lattlast: 'Du kan ringa tisdag och torsdag. Klockan 9 till 12.',
      en: 'Phone hours Tuesday and Thursday, 9 am–12 noon.',
      ar: 'أوقات الاتصال الهاتفي: الثلاثاء والخميس، من 9 إلى 12 ظهراً.',
      fi: 'Puhelinajat tiistaisin ja torstaisin klo 9–12.',
    },
  },
  area: [{ municipality: '0381' }, { municipality: '0305' }],
}

/** Phone hours the three Göteborg units share. */
const goteborgHours: LocalizedText = {
  sv: 'Telefontid måndag–torsdag kl. 10–12.',
  lattlast: 'Du kan ringa måndag till torsdag. Klockan 10 till 12.',
  en: 'Phone hours Monday–Thursday, 10 am–12 noon.',
  ar: 'أوقات الاتصال الهاتفي: من الاثنين إلى الخميس، من 10 إلى 12 ظهراً.',
  fi: 'Puhelinajat maanantaista torstaihin klo 10–12.',
}

const goteborgUnit = (
  part: string,
  phone: string,
  address: string,
  districts: string[],
): UnitSeed => ({
  name: `Arbetsmarknadsenheten Göteborg ${part}`,
  contact: {
    phone,
    email: `ips-${part.toLowerCase().replaceAll('ä', 'a').replaceAll(' ', '-')}@goteborg.example`,
    address,
    openingHours: goteborgHours,
  },
  area: [{ municipality: '1480', districts }],
})

export const goteborgUnits: UnitSeed[] = [
  goteborgUnit('Nordost', '031-390 06 81', 'Exempelvägen 5, 424 00 Angered', [
    'Angered',
    'Östra Göteborg',
    'Örgryte-Härlanda',
  ]),
  goteborgUnit('Hisingen', '031-390 06 82', 'Exempelplatsen 6, 417 00 Göteborg', [
    'Lundby',
    'Norra Hisingen',
    'Västra Hisingen',
  ]),
  goteborgUnit('Centrum Sydväst', '031-390 06 83', 'Exempelgatan 7, 414 00 Göteborg', [
    'Askim-Frölunda-Högsbo',
    'Centrum',
    'Majorna-Linné',
    'Västra Göteborg',
  ]),
]

export const units: UnitSeed[] = [uppsalaUnit, enkopingHaboUnit, ...goteborgUnits]
