import { fidelityItemByKey, fidelityItems } from './items'

/** Scores run from 1 (not in line with IPS) to 5 (fully in line); 25 items make at most 125. */
export const minScore = 1
export const maxScore = 5
export const maxTotal = fidelityItems.length * maxScore

/**
 * The bands of the total, as the Swedish reviews report them ([003]: Hudiksvall's 81 of 125 fell in the
 * third): 115–125, 100–114, 74–99, and 73 or less.
 */
export const fidelityBands = ['exemplary', 'good', 'fair', 'notIps'] as const
export type FidelityBand = (typeof fidelityBands)[number]

export const fidelityBandLabels: Record<FidelityBand, string> = {
  exemplary: 'Exemplarisk IPS',
  good: 'God IPS',
  fair: 'Acceptabel IPS',
  notIps: 'Inte IPS',
}

/** What the band means, in the words of the Swedish reviews. */
export const fidelityBandTexts: Record<FidelityBand, string> = {
  exemplary: 'stämmer mycket bra överens med IPS (115–125 poäng)',
  good: 'stämmer bra överens med IPS (100–114 poäng)',
  fair: 'stämmer delvis överens med IPS (74–99 poäng)',
  notIps: 'stämmer inte överens med IPS (73 poäng eller mindre)',
}

export function fidelityBand(total: number): FidelityBand {
  if (total >= 115) return 'exemplary'
  if (total >= 100) return 'good'
  if (total >= 74) return 'fair'
  return 'notIps'
}

/** A score as stored on a review: the item, and its score when the reviewers have set one. */
export interface ItemScore {
  item: string
  score?: null | number
  note?: null | string
}

/**
 * Why a score cannot be stored (a Swedish message naming the item), or null when it can. An empty score
 * is fine: a review may be saved unfinished.
 */
export function scoreProblem(item: string, score: unknown): null | string {
  if (score == null || score === '') return null
  const name = fidelityItemByKey.get(item)?.name ?? item
  if (typeof score !== 'number' || !Number.isInteger(score) || score < minScore || score > maxScore)
    return `Poängen för ”${name}” ska vara ett heltal från ${minScore} till ${maxScore}.`
  return null
}

/** The first item that comes twice, as a Swedish message, or null. */
export function duplicateItemProblem(scores: readonly ItemScore[]): null | string {
  const seen = new Set<string>()
  for (const { item } of scores) {
    if (seen.has(item)) {
      const name = fidelityItemByKey.get(item)?.name ?? item
      return `”${name}” finns med två gånger. Varje punkt bedöms en gång.`
    }
    seen.add(item)
  }
  return null
}

export interface ReviewResult {
  /** Sum of the scores given so far. */
  total: number
  /** How many of the 25 items have a score. */
  scored: number
  /** The items still without a score, in the scale's order. */
  missing: string[]
  /** The band, only when every item is scored: a partial sum says nothing about fidelity. */
  band: FidelityBand | null
}

export function reviewResult(scores: readonly ItemScore[]): ReviewResult {
  const byItem = new Map(
    scores.filter((s) => typeof s.score === 'number').map((s) => [s.item, s.score as number]),
  )
  const given = fidelityItems.filter((i) => byItem.has(i.key))
  const total = given.reduce((sum, i) => sum + byItem.get(i.key)!, 0)
  const missing = fidelityItems.filter((i) => !byItem.has(i.key)).map((i) => i.key)
  return {
    total,
    scored: given.length,
    missing,
    band: missing.length === 0 ? fidelityBand(total) : null,
  }
}

export interface ItemComparison {
  item: string
  score: number | null
  previous: number | null
  /** The change since the previous review; null when either is missing. */
  change: number | null
}

/** This review against the previous one of the same service, item by item. */
export function compareReviews(
  current: readonly ItemScore[],
  previous: readonly ItemScore[],
): ItemComparison[] {
  const scoreOf = (scores: readonly ItemScore[], key: string) =>
    scores.find((s) => s.item === key && typeof s.score === 'number')?.score ?? null
  return fidelityItems.map(({ key }) => {
    const score = scoreOf(current, key)
    const before = scoreOf(previous, key)
    return {
      item: key,
      score,
      previous: before,
      change: score != null && before != null ? score - before : null,
    }
  })
}
