import type {
  EligibilityRules,
  FollowUpRows,
  FormDefinition,
} from '@stodportalen/support-services/domain'

/** A self-referral form like Uppsala's: contact, about you, a conditional interpreter question, a custom question. */
export const selfReferralForm: FormDefinition = {
  steps: [
    {
      id: 'contact',
      title: { sv: 'Hur når vi dig?' },
      questions: [
        { kind: 'standard', field: 'name', required: true },
        { kind: 'standard', field: 'phone', required: false },
        { kind: 'standard', field: 'email', required: false },
        { kind: 'standard', field: 'contactChannels', required: false },
      ],
    },
    {
      id: 'about-you',
      title: { sv: 'Om dig' },
      questions: [
        { kind: 'standard', field: 'dateOfBirth', required: true },
        { kind: 'standard', field: 'municipality', required: true },
        { kind: 'standard', field: 'goals', required: true },
        { kind: 'standard', field: 'careContacts', required: false },
        { kind: 'standard', field: 'consentToCollaboration', required: true },
        { kind: 'standard', field: 'interpreterNeeded', required: false },
        {
          kind: 'standard',
          field: 'preferredLanguage',
          required: true,
          showWhen: { question: 'interpreterNeeded', equals: true },
        },
        {
          kind: 'yesNo',
          key: 'hasTriedWork',
          label: { sv: 'Har du arbetat förut?' },
          required: false,
        },
        {
          kind: 'choice',
          key: 'workArea',
          label: { sv: 'Vad vill du arbeta med?' },
          required: false,
          options: [
            { value: 'care', label: { sv: 'Vård' } },
            { value: 'retail', label: { sv: 'Butik' } },
            { value: 'other', label: { sv: 'Annat' } },
          ],
          multiple: true,
          showWhen: { question: 'goals', equals: 'work' },
        },
        {
          kind: 'shortText',
          key: 'workAreaOther',
          label: { sv: 'Vad annat?' },
          maxLength: 80,
          required: true,
          showWhen: { question: 'workArea', equals: 'other' },
        },
        { kind: 'standard', field: 'message', required: false },
        { kind: 'standard', field: 'heardFrom', required: false },
      ],
    },
  ],
}

export const validAnswers = {
  name: 'Sara Ali',
  phone: '070-123 45 67',
  dateOfBirth: '1990-05-31',
  municipality: '0380',
  goals: ['work'],
  consentToCollaboration: true,
}

/** Uppsala's IPS rules as stated in the source documents. */
export const uppsalaIpsRules: EligibilityRules = {
  age: { min: 18, max: 65 },
  residence: { municipalities: ['0380'] },
  careContact: { anyOf: ['psychiatry', 'primaryCare'] },
  consentToCollaboration: true,
  goal: { anyOf: ['work'] },
}

/** A report's rows with nothing in them: each test adds the rows it is about. */
export const noRows: FollowUpRows = {
  inflow: [],
  sources: [],
  heardFrom: [],
  queueDays: [],
  leftQueue: [],
  queueStays: [],
  closings: [],
  enrolledAtEnd: [],
  supported: [],
  firstContact: [],
  enrolment: [],
  caseload: [],
  targets: [],
}
