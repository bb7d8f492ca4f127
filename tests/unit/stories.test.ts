import {
  consentWithdrawn,
  storyPublicationError,
  storyStatusAfterSave,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

describe('publishing a story', () => {
  it('is refused without the date the consent was given, in Swedish', () => {
    expect(storyPublicationError({ _status: 'published', consent: {} })).toMatch(
      /kan inte publiceras utan datum för samtycket/,
    )
    expect(storyPublicationError({ _status: 'published', consent: null })).not.toBeNull()
  })

  it('is allowed once the consent date is recorded', () => {
    expect(
      storyPublicationError({ _status: 'published', consent: { givenOn: '2026-03-02' } }),
    ).toBeNull()
  })

  it('leaves drafts alone: a story may be written before the consent is recorded', () => {
    expect(storyPublicationError({ _status: 'draft', consent: {} })).toBeNull()
  })
})

describe('a withdrawn consent', () => {
  const withdrawn = { givenOn: '2026-03-02', withdrawnOn: '2026-05-10' }

  it('turns a publication into a draft in the same save', () => {
    expect(storyStatusAfterSave('published', withdrawn)).toBe('draft')
    expect(consentWithdrawn(withdrawn)).toBe(true)
  })

  it('keeps the status chosen while the consent stands', () => {
    expect(storyStatusAfterSave('published', { givenOn: '2026-03-02' })).toBe('published')
    expect(storyStatusAfterSave('draft', { givenOn: '2026-03-02' })).toBe('draft')
    expect(storyStatusAfterSave(undefined, null)).toBeUndefined()
    expect(consentWithdrawn({ givenOn: '2026-03-02', withdrawnOn: null })).toBe(false)
  })
})
