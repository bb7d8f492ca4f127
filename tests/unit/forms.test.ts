import {
  type FormDefinition,
  formDefinitionSchema,
  messagesFor,
  type Question,
  questionKey,
  questionLabel,
  questionOptions,
  visibleQuestions,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

import { selfReferralForm } from './fixtures'

const withQuestions = (...questions: Question[]): FormDefinition => ({
  steps: [{ id: 'one', title: { sv: 'Ett' }, questions }],
})
const name: Question = { kind: 'standard', field: 'name', required: true }
const phone: Question = { kind: 'standard', field: 'phone', required: true }
const yesNo = (key: string, extra: Partial<Question> = {}): Question =>
  ({ kind: 'yesNo', key, label: { sv: `${key}?` }, required: false, ...extra }) as Question

const problems = (form: unknown) => {
  const parsed = formDefinitionSchema.safeParse(form)
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message)
}

describe('formDefinitionSchema', () => {
  it('accepts a well-formed form', () => {
    expect(problems(selfReferralForm)).toEqual([])
  })

  it('needs at least one step', () => {
    expect(problems({ steps: [] })).not.toEqual([])
  })

  it('needs a required, always shown name', () => {
    expect(problems(withQuestions(phone))).toContain(
      'The form must ask for the name, required and always shown',
    )
    expect(problems(withQuestions({ ...name, required: false }, phone))).not.toEqual([])
    expect(
      problems(
        withQuestions(yesNo('x'), { ...name, showWhen: { question: 'x', equals: true } }, phone),
      ),
    ).not.toEqual([])
  })

  it('needs a phone number or an e-mail address, required when it is the only one', () => {
    expect(problems(withQuestions(name))).toContain(
      'The form must ask for a phone number or an e-mail address',
    )
    expect(problems(withQuestions(name, { ...phone, required: false }))).toContain(
      'The only contact question must be required',
    )
    expect(problems(withQuestions(name, phone))).toEqual([])
  })

  it('rejects a key asked twice', () => {
    expect(problems(withQuestions(name, phone, yesNo('x'), yesNo('x')))).toContain(
      'Question "x" is asked twice',
    )
    expect(problems(withQuestions(name, phone, name))).toContain('Question "name" is asked twice')
  })

  it('rejects custom keys that clash with standard fields', () => {
    expect(problems(withQuestions(name, phone, yesNo('email')))).not.toEqual([])
  })

  it('allows conditions only on earlier yes/no or choice questions, with a value they can have', () => {
    const later = withQuestions(
      name,
      phone,
      yesNo('b', { showWhen: { question: 'a', equals: true } }),
      yesNo('a'),
    )
    expect(problems(later)).toContain('"a" is not an earlier yes/no or choice question')
    const onText = withQuestions(
      name,
      phone,
      yesNo('b', { showWhen: { question: 'name', equals: 'Sara' } }),
    )
    expect(problems(onText)).toContain('"name" is not an earlier yes/no or choice question')
    const badValue = withQuestions(
      name,
      phone,
      yesNo('a'),
      yesNo('b', { showWhen: { question: 'a', equals: 'yes' } }),
    )
    expect(problems(badValue)).toContain('"a" cannot have the value "yes"')
    const onStandardChoice = withQuestions(
      name,
      phone,
      { kind: 'standard', field: 'referrerKind', required: true },
      {
        kind: 'standard',
        field: 'referrerOrganisation',
        required: true,
        showWhen: { question: 'referrerKind', equals: 'professional' },
      },
    )
    expect(problems(onStandardChoice)).toEqual([])
  })

  it('limits short text to 500 characters and choices to distinct values', () => {
    const long: Question = {
      kind: 'shortText',
      key: 't',
      label: { sv: 'T' },
      maxLength: 501,
      required: false,
    }
    expect(problems(withQuestions(name, phone, long))).not.toEqual([])
    const choice: Question = {
      kind: 'choice',
      key: 'c',
      label: { sv: 'C' },
      required: false,
      options: [
        { value: 'a', label: { sv: 'A' } },
        { value: 'a', label: { sv: 'A igen' } },
      ],
    }
    expect(problems(withQuestions(name, phone, choice))).toContain(
      'Each option needs its own value',
    )
  })

  it('tells staff what to fix, not just "Invalid input" (zod/mini has no default texts)', () => {
    const choice = (options: unknown) =>
      withQuestions(name, phone, {
        kind: 'choice',
        key: 'c',
        label: { sv: 'C' },
        required: false,
        options,
      } as Question)
    expect(problems(choice([{ value: 'a', label: { sv: 'A' } }]))).toEqual([
      'Give at least two options',
    ])
    expect(
      problems(
        choice([
          { value: 'a b', label: { sv: 'A' } },
          { value: 'b', label: { sv: ' ' } },
        ]),
      ),
    ).toEqual(['Use 1–50 letters, digits, dashes or underscores', 'Write the Swedish text'])
    const long: Question = {
      kind: 'shortText',
      key: 't',
      label: { sv: 'T' },
      maxLength: 2.5,
      required: false,
    }
    expect(problems(withQuestions(name, phone, long))).toEqual([
      'Allow a whole number of characters from 1 to 500',
    ])
    expect(problems({ steps: [] })).toContain('The form needs at least one step')
  })

  it('rejects unknown properties and custom questions without a label', () => {
    expect(
      problems(withQuestions(name, phone, { ...yesNo('x'), colour: 'red' } as unknown as Question)),
    ).not.toEqual([])
    expect(
      problems(
        withQuestions(name, phone, {
          kind: 'yesNo',
          key: 'x',
          required: false,
        } as unknown as Question),
      ),
    ).not.toEqual([])
  })
})

describe('visibleQuestions', () => {
  const keys = (answers: Record<string, unknown>) =>
    visibleQuestions(selfReferralForm, answers).map(questionKey)

  it('hides conditional questions until their condition holds', () => {
    expect(keys({})).not.toContain('preferredLanguage')
    expect(keys({ interpreterNeeded: false })).not.toContain('preferredLanguage')
    expect(keys({ interpreterNeeded: true })).toContain('preferredLanguage')
  })

  it('matches a value inside a list answer', () => {
    expect(keys({ goals: ['studies', 'work'] })).toContain('workArea')
    expect(keys({ goals: ['studies'] })).not.toContain('workArea')
  })

  it('hides a question whose condition question is hidden', () => {
    expect(keys({ goals: ['work'], workArea: ['other'] })).toContain('workAreaOther')
    expect(keys({ goals: ['studies'], workArea: ['other'] })).not.toContain('workAreaOther')
  })
})

describe('question texts', () => {
  it('uses the standard label unless the form has its own', () => {
    expect(questionLabel(name, 'sv', messagesFor('sv'))).toBe('Namn')
    expect(
      questionLabel({ ...name, label: { sv: 'Vad heter du?' } }, 'en', messagesFor('en')),
    ).toBe('Vad heter du?')
  })

  it('lists standard options with labels and municipalities by name', () => {
    const gender = questionOptions(
      { kind: 'standard', field: 'gender', required: false },
      'en',
      messagesFor('en'),
    )
    expect(gender).toContainEqual({ value: 'notStated', label: 'Prefer not to say' })
    const municipality = questionOptions(
      { kind: 'standard', field: 'municipality', required: true },
      'sv',
      messagesFor('sv'),
    )
    expect(municipality).toContainEqual({ value: '0380', label: 'Uppsala' })
    expect(municipality.at(-1)).toEqual({ value: 'other', label: 'Annan kommun' })
    expect(questionOptions(name, 'sv', messagesFor('sv'))).toEqual([])
  })
})
