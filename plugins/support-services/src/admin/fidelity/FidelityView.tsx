import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

import { Banner, Button } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { slugs } from '../../defaults'
import {
  calendarDate,
  dateLabel,
  type FidelityBand,
  fidelityBandLabels,
  fidelityItems,
  fidelitySuggestions,
  isIsoDate,
} from '../../domain'
import { reviewFigures, reviewPeriod } from '../../operations/fidelity/figures'
import {
  previousReview,
  reviewOf,
  reviewsOf,
  type StoredReview,
} from '../../operations/fidelity/reviews'
import { colleagues } from '../../operations/intakeQueue'
import { reportScopeFromAccess } from '../../operations/reports'
import { PrintButton } from '../reports/PrintButton'
import { servicesInScope } from '../servicesInScope'
import { StaffPage } from '../StaffPage'
import { FidelityReport, ReviewResultText } from './FidelityReport'
import './fidelity.css'
import { FidelityReviewForm, type ReviewFormValues } from './FidelityReviewForm'

const title = 'Programtrohet'

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? ''

/** Each service with its reviews, newest first, and a link to start a new one. */
function ReviewList(props: {
  pageUrl: string
  services: { id: number; name: string }[]
  reviews: StoredReview[]
}) {
  const { pageUrl, services, reviews } = props
  return (
    <>
      {services.map((service) => {
        const own = reviews.filter((r) => r.service === service.id)
        return (
          <section key={service.id} aria-labelledby={`fidelity-service-${service.id}`}>
            <h2 id={`fidelity-service-${service.id}`}>{service.name}</h2>
            {own.length ? (
              <table className="fidelity-table">
                <caption className="fidelity-sr-only">Mätningar av {service.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Datum</th>
                    <th scope="col">Poäng</th>
                    <th scope="col">Nivå</th>
                  </tr>
                </thead>
                <tbody>
                  {own.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">
                        <a href={`${pageUrl}?review=${r.id}`}>{dateLabel(r.date)}</a>
                      </th>
                      <td>{r.total} av 125</td>
                      <td>
                        {r.band
                          ? fidelityBandLabels[r.band as FidelityBand]
                          : `Ofullständig (${r.scored} av ${fidelityItems.length} bedömda)`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>Inga mätningar ännu.</p>
            )}
            <Button
              buttonStyle="secondary"
              el="anchor"
              margin={false}
              size="medium"
              url={`${pageUrl}?service=${service.id}`}
            >
              Ny mätning av {service.name}
            </Button>
          </section>
        )
      })}
    </>
  )
}

const formValues = (review: null | StoredReview, date: string): ReviewFormValues => ({
  date: review?.date ?? date,
  accounts: (review?.reviewers ?? []).flatMap((r) => (r.account ? [r.account] : [])),
  names: (review?.reviewers ?? []).flatMap((r) => (r.name ? [r.name] : [])),
  scores: Object.fromEntries(
    (review?.scores ?? []).map((s) => [s.item, { score: s.score ?? null, note: s.note ?? '' }]),
  ),
})

/**
 * The IPS fidelity review (/admin/fidelity): the reviews of each service the user works with; one
 * review with the figures the records give for the items they inform, the form to score all 25, the
 * comparison with the service's previous review, and a print stylesheet that makes it the review
 * report. For the staff who may read the service's referrals: the follow-up report's rule.
 */
export async function FidelityView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload, user } = req
  const { admin: adminRoute, api: apiRoute } = payload.config.routes
  const pageUrl = `${adminRoute}/fidelity`
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(pageUrl)}`)
  const page = (children: ReactNode) => (
    <StaffPage
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title={title}
      className="fidelity"
    >
      <h1>Programtrohetsmätning IPS</h1>
      {children}
    </StaffPage>
  )

  const scope = await reportScopeFromAccess(req)
  if (!scope)
    return page(
      <Banner type="info">
        Programtrohetsmätningen är för intaget och administratörer. Ditt konto har inte behörighet
        till den.
      </Banner>,
    )
  const services = await servicesInScope(payload, scope)
  const reviewId = Number(first(searchParams?.review))
  const review = reviewId ? await reviewOf(req, reviewId) : null
  const serviceId = review?.service ?? Number(first(searchParams?.service))
  const service = services.find((s) => s.id === serviceId)

  if (!service) {
    const asked = Boolean(first(searchParams?.review) || first(searchParams?.service))
    return page(
      <>
        <p className="fidelity__lead">
          IPS-skalan har 25 punkter i tre delar (bemanning, organisation och stödet), var och en
          bedömd från 1 till 5: högst 125 poäng. Punkter som registren kan belysa fylls i med
          siffror och ett förslag på poäng, som ni bekräftar eller ändrar.
        </p>
        {asked ? (
          <Banner type="error">
            Mätningen eller tjänsten finns inte, eller så arbetar du inte med den tjänsten.
          </Banner>
        ) : null}
        <ReviewList pageUrl={pageUrl} services={services} reviews={await reviewsOf(req)} />
      </>,
    )
  }

  const askedDate = first(searchParams?.date)
  const date = review?.date ?? (isIsoDate(askedDate) ? askedDate : calendarDate(new Date()))
  const period = reviewPeriod(date)
  const [{ figures, criteria }, previous, staff] = await Promise.all([
    reviewFigures(payload, { serviceId: service.id, ...period }),
    previousReview(payload, { service: service.id, date, id: review?.id }),
    colleagues(payload, [service.id]),
  ])
  const suggestions = fidelitySuggestions(figures, criteria)
  const staffName = new Map(staff.map((s) => [s.id, s.label]))
  const reviewerNames = (review?.reviewers ?? []).map(
    (r) => r.name ?? staffName.get(Number(r.account)) ?? `Konto ${r.account}`,
  )

  return page(
    <>
      <p className="fidelity__lead">
        <a href={pageUrl}>Alla mätningar</a> · {service.name} ·{' '}
        {review ? `mätningen ${dateLabel(review.date)}` : 'ny mätning'}
      </p>
      {first(searchParams?.saved) ? (
        <Banner type="success">
          <span role="status">Mätningen är sparad.</span>
        </Banner>
      ) : null}
      {review ? (
        <>
          <div className="fidelity-actions">
            <PrintButton />
          </div>
          <FidelityReport
            serviceName={service.name}
            review={review}
            reviewerNames={reviewerNames}
            previous={previous}
            suggestions={suggestions}
            period={period}
          />
          <h2 className="fidelity-form__title">Ändra mätningen</h2>
        </>
      ) : (
        <>
          <p>
            Siffrorna gäller {dateLabel(period.from)} – {dateLabel(period.to)}, de tolv månaderna
            fram till mätningens datum.
            {previous ? ` Förra mätningen var ${dateLabel(previous.date)}.` : ''}
          </p>
          {previous ? <ReviewResultText review={previous} /> : null}
        </>
      )}
      <FidelityReviewForm
        collectionUrl={`${apiRoute}/${slugs.fidelityReviews}`}
        pageUrl={pageUrl}
        reviewId={review?.id ?? null}
        serviceId={service.id}
        staff={staff}
        suggestions={suggestions}
        initial={formValues(review, date)}
      />
    </>,
  )
}
