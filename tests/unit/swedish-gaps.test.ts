import { type StoredField, swedishGaps } from '@stodportalen/support-services/adapters'
import { describe, expect, it } from 'vitest'

/** A collection's fields as Payload flattens them: localized text at the top, in a group and in a list. */
const fields: StoredField[] = [
  { name: 'title', type: 'text', localized: true, required: true },
  { name: 'summary', type: 'textarea', localized: true },
  { name: 'body', type: 'richText', localized: true },
  { name: 'slug', type: 'text' },
  {
    name: 'venue',
    type: 'group',
    flattenedFields: [{ name: 'directions', type: 'textarea', localized: true }],
  },
  {
    name: 'steps',
    type: 'array',
    flattenedFields: [{ name: 'title', type: 'text', localized: true, required: true }],
  },
  {
    name: 'points',
    type: 'array',
    localized: true,
    flattenedFields: [{ name: 'text', type: 'text', required: true }],
  },
]

const body = { root: { type: 'root', children: [] } }

const pathsOfGaps = (doc: Record<string, unknown>) =>
  swedishGaps(fields, doc).map((gap) => gap.path)

describe('the localized texts that lack their Swedish', () => {
  it('finds none in a document written in Swedish and translated', () => {
    const doc = {
      title: { sv: 'Rubrik', en: 'Title' },
      summary: { sv: 'Kort', en: null },
      body: { sv: body, ar: body },
      slug: 'rubrik',
      venue: { directions: { sv: 'Hiss finns', en: 'There is a lift' } },
      steps: [{ title: { sv: 'Steg 1', en: 'Step 1' } }],
      points: { sv: [{ text: 'Punkt' }], en: [{ text: 'Point' }, { text: 'More' }] },
    }
    expect(pathsOfGaps(doc)).toEqual([])
  })

  it('names a required text missing in Swedish and any text written only in another language', () => {
    const doc = {
      title: { sv: null, en: 'Title' },
      summary: { sv: '', en: 'Short' },
      body: { sv: null, en: body },
      venue: { directions: { lattlast: 'Hiss' } },
      steps: [{ title: { sv: 'Steg 1' } }, { title: { en: 'Step 2' } }],
      points: { en: [{ text: 'Point' }] },
    }
    expect(pathsOfGaps(doc)).toEqual([
      'title',
      'summary',
      'body',
      'venue.directions',
      'steps.1.title',
    ])
  })

  it('leaves an optional text that no language has written alone, but not a required one', () => {
    expect(pathsOfGaps({ title: {}, summary: { sv: null, en: null } })).toEqual(['title'])
  })
})
