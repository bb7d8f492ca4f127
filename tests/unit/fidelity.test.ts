import {
  compareReviews,
  duplicateItemProblem,
  exclusionCriteria,
  fidelityBand,
  type FidelityFigures,
  fidelityGroups,
  fidelityItems,
  fidelitySuggestions,
  maxTotal,
  reviewResult,
  scoreProblem,
  suggestCaseload,
  suggestCompetitiveJobs,
  suggestDiversity,
  suggestFollowAlong,
  suggestRapidSearch,
  suggestUnlimitedSupport,
  suggestZeroExclusion,
} from '@stodportalen/support-services/domain'
import { describe, expect, it } from 'vitest'

const allScored = (score: (index: number) => number) =>
  fidelityItems.map((item, index) => ({ item: item.key, score: score(index) }))

describe('the scale', () => {
  it('has 25 items: staffing 3, organisation 8, services 14, at most 125 points', () => {
    const counts = fidelityGroups.map((g) => fidelityItems.filter((i) => i.group === g).length)
    expect(counts).toEqual([3, 8, 14])
    expect(new Set(fidelityItems.map((i) => i.key)).size).toBe(25)
    expect(maxTotal).toBe(125)
  })

  it.each([
    [125, 'exemplary'],
    [115, 'exemplary'],
    [114, 'good'],
    [100, 'good'],
    [99, 'fair'],
    [81, 'fair'], // Hudiksvall, 2018 [003]
    [74, 'fair'],
    [73, 'notIps'],
    [25, 'notIps'],
  ])('%i points is %s', (total, band) => {
    expect(fidelityBand(total)).toBe(band)
  })
})

describe('a review', () => {
  it('totals the scores and sets the band once all 25 are scored', () => {
    // 24 items at 3 and one at 4: 76, fair.
    const result = reviewResult(allScored((i) => (i === 0 ? 4 : 3)))
    expect(result).toEqual({ total: 76, scored: 25, missing: [], band: 'fair' })
  })

  it('saved unfinished: the total so far, what is missing, and no band', () => {
    const scores = allScored(() => 5).slice(0, 23)
    scores.push({ item: 'competitiveJobs', score: null } as never)
    const result = reviewResult(scores)
    expect(result.scored).toBe(23)
    expect(result.total).toBe(115)
    expect(result.missing).toEqual(['communityBased', 'assertiveOutreach'])
    expect(result.band).toBeNull()
  })

  it('refuses a score outside 1–5 with a Swedish message naming the item', () => {
    expect(scoreProblem('caseload', 3)).toBeNull()
    expect(scoreProblem('caseload', null)).toBeNull()
    expect(scoreProblem('caseload', 6)).toBe(
      'Poängen för ”Antal deltagare per IPS-coach” ska vara ett heltal från 1 till 5.',
    )
    expect(scoreProblem('zeroExclusion', 0)).toMatch(/^Poängen för ”Ingen utestängs/)
    expect(scoreProblem('rapidSearch', 2.5)).toMatch(/Snabb start på arbetssökandet.*heltal/)
    expect(scoreProblem('rapidSearch', '4')).toMatch(/heltal/)
  })

  it('refuses an item scored twice', () => {
    expect(
      duplicateItemProblem([
        { item: 'caseload', score: 3 },
        { item: 'caseload', score: 4 },
      ]),
    ).toBe('”Antal deltagare per IPS-coach” finns med två gånger. Varje punkt bedöms en gång.')
    expect(duplicateItemProblem(allScored(() => 3))).toBeNull()
  })

  it('compares with the previous review item by item', () => {
    const rows = compareReviews(
      [
        { item: 'caseload', score: 4 },
        { item: 'rapidSearch', score: 2 },
      ],
      [{ item: 'caseload', score: 2 }],
    )
    expect(rows.find((r) => r.item === 'caseload')).toEqual({
      item: 'caseload',
      score: 4,
      previous: 2,
      change: 2,
    })
    expect(rows.find((r) => r.item === 'rapidSearch')?.change).toBeNull()
    expect(rows).toHaveLength(25)
  })
})

describe('suggested scores from the figures', () => {
  it.each([
    [20, 1, 5],
    [21, 1, 4],
    [40, 1, 4],
    [41, 1, 3],
    [120, 2, 3], // 60 per coach
    [61, 1, 2],
    [81, 1, 1],
  ])('caseload: %i participants on %i coaches → %i', (participants, coaches, score) => {
    expect(suggestCaseload({ participants, coaches, unassigned: 0 }).suggested).toBe(score)
  })

  it('caseload: no coach, no suggestion', () => {
    expect(suggestCaseload({ participants: 4, coaches: 0, unassigned: 4 }).suggested).toBeNull()
  })

  it.each([
    [[10, 30, 50], 5], // median 30
    [[31, 40], 4],
    [[61, 150], 3],
    [[200], 2],
    [[271, 300, 10], 1], // median 271
  ])('rapid search: days %j → %i', (days, score) => {
    expect(suggestRapidSearch({ enrolled: 5, days }).suggested).toBe(score)
  })

  it('rapid search: nobody contacted an employer yet, no suggestion', () => {
    expect(suggestRapidSearch({ enrolled: 3, days: [] }).suggested).toBeNull()
  })

  it.each([
    [19, 20, 5], // 95 %
    [17, 20, 4], // 85 %
    [15, 20, 3], // 75 %
    [13, 20, 2], // 65 %
    [12, 20, 1], // 60 %
  ])('competitive jobs: %i of %i → %i', (competitive, jobs, score) => {
    const starts = { jobs, competitive, withSector: jobs, sectors: 1 }
    expect(suggestCompetitiveJobs(starts).suggested).toBe(score)
  })

  it.each([
    [17, 20, 5], // 85 %
    [15, 20, 4],
    [13, 20, 3],
    [10, 20, 2],
    [9, 20, 1],
  ])('diversity: %i sectors in %i jobs → %i', (sectors, withSector, score) => {
    const starts = { jobs: withSector, competitive: 0, withSector, sectors }
    expect(suggestDiversity(starts).suggested).toBe(score)
  })

  it.each([
    [9, 10, 5],
    [7, 10, 4],
    [5, 10, 3],
    [3, 10, 2],
    [2, 10, 1],
  ])('follow-along: %i of %i starts followed → %i', (followed, jobs, score) => {
    expect(suggestFollowAlong({ jobs, followed }).suggested).toBe(score)
  })

  it.each([
    [1, 20, 5], // 5 %
    [3, 20, 4], // 15 %
    [6, 20, 3], // 30 %
    [10, 20, 2], // 50 %
    [11, 20, 1],
  ])('time-unlimited: %i of %i closed while still seeking → %i', (stillSeeking, closed, score) => {
    expect(suggestUnlimitedSupport({ closed, stillSeeking, days: [100] }).suggested).toBe(score)
  })

  it('zero exclusion: a point per criterion in the rules and for many declines', () => {
    expect(suggestZeroExclusion({ received: 100, declined: 10 }, []).suggested).toBe(5)
    expect(suggestZeroExclusion({ received: 100, declined: 11 }, []).suggested).toBe(4)
    expect(
      suggestZeroExclusion({ received: 100, declined: 26 }, ['Ålder 20–60 år']).suggested,
    ).toBe(2)
    expect(
      suggestZeroExclusion({ received: 0, declined: 0 }, ['a', 'b', 'c', 'd', 'e']).suggested,
    ).toBe(1)
  })

  it('exclusion criteria: narrower ages and extra questions, not the wish to work or the place', () => {
    expect(
      exclusionCriteria({
        age: { min: 18, max: 65 },
        residence: { municipalities: ['0380'] },
        careContact: { anyOf: ['psychiatry'] },
        consentToCollaboration: true,
        goal: { anyOf: ['work'] },
      }),
    ).toEqual([])
    expect(
      exclusionCriteria({
        age: { min: 18, max: 60 },
        questions: [{ id: 'sober', question: { sv: 'Är du drogfri?' }, expected: true }],
      }),
    ).toEqual(['Ålder 18–60 år', 'Frågan ”Är du drogfri?”'])
  })

  it('fills in the items the records inform, and only those', () => {
    const figures: FidelityFigures = {
      period: { from: '2025-01-01', to: '2025-12-31' },
      caseload: { participants: 0, coaches: 0, unassigned: 0 },
      declines: { received: 0, declined: 0 },
      rapidSearch: { enrolled: 0, days: [] },
      jobStarts: { jobs: 0, competitive: 0, withSector: 0, sectors: 0 },
      followAlong: { jobs: 0, followed: 0 },
      supportTime: { closed: 0, stillSeeking: 0, days: [] },
    }
    expect(Object.keys(fidelitySuggestions(figures, [])).sort()).toEqual(
      [
        'caseload',
        'competitiveJobs',
        'employerDiversity',
        'individualFollowAlong',
        'jobTypeDiversity',
        'rapidSearch',
        'unlimitedFollowAlong',
        'zeroExclusion',
      ].sort(),
    )
  })
})
