import { translator } from './translator'

/** Strings of the content blocks and downloads in the editors' texts (lib/blocks.ts). */
export const t = translator({
  sv: {
    phone: 'Telefon',
    email: 'E-post',
    hours: 'När vi svarar',
    documentDetails: '{format}, {size}, på {language}',
    'language.sv': 'svenska',
    'language.lattlast': 'lättläst svenska',
    'language.en': 'engelska',
    'language.ar': 'arabiska',
  },
  lattlast: {},
  en: {
    phone: 'Phone',
    email: 'Email',
    hours: 'When we answer',
    documentDetails: '{format}, {size}, in {language}',
    'language.sv': 'Swedish',
    'language.lattlast': 'easy-to-read Swedish',
    'language.en': 'English',
    'language.ar': 'Arabic',
  },
  ar: {
    phone: 'الهاتف',
    email: 'البريد الإلكتروني',
    hours: 'متى نرد',
    documentDetails: '{format}، {size}، باللغة {language}',
    'language.sv': 'السويدية',
    'language.lattlast': 'السويدية المبسطة',
    'language.en': 'الإنجليزية',
    'language.ar': 'العربية',
  },
})
