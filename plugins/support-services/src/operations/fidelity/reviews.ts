import type { Payload, PayloadRequest } from 'payload'

import { slugs } from '../../defaults'
import { type ItemScore } from '../../domain'

export interface StoredReview {
  id: number
  service: number
  date: string
  reviewers: { account?: null | number; name?: null | string }[]
  scores: ItemScore[]
  total: number
  scored: number
  band: null | string
}

const asReview = (doc: Record<string, unknown>): StoredReview => {
  const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number }).id : v) as number
  return {
    id: Number(doc.id),
    service: Number(idOf(doc.service)),
    date: String(doc.date),
    reviewers: ((doc.reviewers ?? []) as StoredReview['reviewers']).map((r) => ({
      account: r.account == null ? null : Number(idOf(r.account)),
      name: r.name ?? null,
    })),
    scores: ((doc.scores ?? []) as ItemScore[]).map(({ item, score, note }) => ({
      item,
      score: score ?? null,
      note: note ?? null,
    })),
    total: Number(doc.total ?? 0),
    scored: Number(doc.scored ?? 0),
    band: (doc.band as null | string) ?? null,
  }
}

/** The reviews the user may read, newest first; of one service when given. */
export const reviewsOf = async (req: PayloadRequest, serviceId?: number) => {
  const { docs } = await req.payload.find({
    collection: slugs.fidelityReviews,
    where: serviceId ? { service: { equals: serviceId } } : {},
    sort: '-date',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    req,
  })
  return docs.map((d) => asReview(d as unknown as Record<string, unknown>))
}

/** One review, if the user may read it. */
export const reviewOf = async (req: PayloadRequest, id: number) => {
  const doc = await req.payload
    .findByID({
      collection: slugs.fidelityReviews,
      id,
      depth: 0,
      overrideAccess: false,
      req,
    })
    .catch(() => null)
  return doc ? asReview(doc as unknown as Record<string, unknown>) : null
}

/** The review of the same service just before `date` (the one to compare with), if any. */
export const previousReview = async (
  payload: Payload,
  review: { service: number; date: string; id?: number },
) => {
  const { docs } = await payload.find({
    collection: slugs.fidelityReviews,
    where: {
      service: { equals: review.service },
      date: { less_than: review.date },
      ...(review.id ? { id: { not_equals: review.id } } : {}),
    },
    sort: '-date',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ? asReview(docs[0] as unknown as Record<string, unknown>) : null
}
