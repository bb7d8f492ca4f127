/**
 * Structured data (schema.org, as JSON-LD) that search engines read to show the services as public
 * services. Pure builders: the pages hand in what they know, `jsonLdScript` serialises it.
 */

export type JsonLd = Record<string, unknown>

export interface ProviderFacts {
  name: string
  /** Where the provider presents its services: the portal's home page in the page's language. */
  url: string
  /** The municipality (or municipalities) the provider serves. */
  areaServed?: string[]
}

export interface ServiceFacts {
  name: string
  description: string
  /** The kind of support in plain words, e.g. "Individual Placement and Support (IPS)". */
  serviceType: string
  /** The service page's own URL. */
  url: string
  provider: ProviderFacts | null
  /** Municipalities whose residents the rules accept; empty when the rules do not restrict it. */
  areaServed: string[]
  age?: { min?: number; max?: number }
  /** Who the service is for, in the page's language. */
  audience?: string
  /** The self-referral form's URL, when the service takes referrals now. */
  formUrl?: string
  /** The page's language as a BCP 47 tag. */
  inLanguage: string
}

const place = (name: string) => ({ '@type': 'AdministrativeArea', name })

/** The provider as a public body: a municipality's administration. */
export const providerOrganization = ({ name, url, areaServed = [] }: ProviderFacts): JsonLd => ({
  '@type': 'GovernmentOrganization',
  name,
  url,
  ...(areaServed.length > 0 && { areaServed: areaServed.map(place) }),
})

/** `PeopleAudience` carries the rules' age range; without one, a plain `Audience` with its description. */
const audienceOf = ({ age, audience }: ServiceFacts): JsonLd | undefined => {
  const ages = {
    ...(age?.min !== undefined && { suggestedMinAge: age.min }),
    ...(age?.max !== undefined && { suggestedMaxAge: age.max }),
  }
  if (Object.keys(ages).length > 0)
    return { '@type': 'PeopleAudience', ...(audience && { description: audience }), ...ages }
  return audience ? { '@type': 'Audience', description: audience } : undefined
}

export const governmentService = (facts: ServiceFacts): JsonLd => {
  const audience = audienceOf(facts)
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: facts.name,
    description: facts.description,
    serviceType: facts.serviceType,
    url: facts.url,
    inLanguage: facts.inLanguage,
    ...(facts.provider && { provider: providerOrganization(facts.provider) }),
    ...(facts.areaServed.length > 0 && { areaServed: facts.areaServed.map(place) }),
    ...(audience && { audience }),
    ...(facts.formUrl && {
      availableChannel: {
        '@type': 'ServiceChannel',
        name: facts.name,
        serviceUrl: facts.formUrl,
        availableLanguage: facts.inLanguage,
      },
    }),
  }
}

/** The providers on the home page: one `GovernmentOrganization` each. */
export const organizations = (providers: ProviderFacts[]): JsonLd[] =>
  providers.map((provider) => ({
    '@context': 'https://schema.org',
    ...providerOrganization(provider),
  }))

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` as Unicode escapes, so no text in
 * the content can close the script element or open a comment in it; the data parses the same.
 */
export const jsonLdScript = (data: JsonLd | JsonLd[]) =>
  JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
