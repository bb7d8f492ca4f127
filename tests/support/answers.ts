/** A resident's own referral to IPS, as the site sends it. Synthetic data. */
export const validIpsAnswers = {
  referrerKind: 'self',
  name: 'Testa Testsson',
  dateOfBirth: '1990-05-17',
  gender: 'woman',
  phone: '070-174 06 42',
  contactChannels: ['phone', 'sms'],
  municipality: '0380',
  careContacts: ['psychiatry'],
  goals: ['work'],
  hasJobOrStudies: true,
  currentActivity: 'Praktik två dagar i veckan',
  consentToCollaboration: true,
  heardFrom: 'psychiatry',
}
