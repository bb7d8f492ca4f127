/** What the structured data says about a service and its provider, from the service as the site has it. */
import {
  htmlLang,
  type Locale,
  localize,
  municipalityName,
} from '@stodportalen/support-services/domain'

import type { Service as PublicService } from '../../cms/schemas'
import type { ProviderFacts, ServiceFacts } from './jsonLd'

import { canonicalUrl } from './meta'

/** The methods by the names they are known by in the field (the service's own name says the rest). */
const methodNames: Record<PublicService['method'], string | null> = {
  ips: 'Individual Placement and Support (IPS)',
  sed: 'Supported Education (SEd)',
  se: 'Supported Employment (SE)',
  other: null,
}

export const providerFacts = (
  service: Pick<PublicService, 'municipalityName' | 'provider'>,
  locale: Locale,
  site: URL | string,
): null | ProviderFacts =>
  service.provider
    ? {
        name: service.provider,
        url: canonicalUrl(locale, '', site),
        areaServed: service.municipalityName ? [service.municipalityName] : [],
      }
    : null

export const serviceFacts = (
  service: PublicService,
  locale: Locale,
  site: URL | string,
  /** Whether the service has a form in use (lib/content.ts `hasForm`): its page is the channel. */
  hasForm: boolean,
): ServiceFacts => {
  const name = localize(service.name, locale)
  const residence = service.rules.residence?.municipalities ?? []
  return {
    name,
    description: localize(service.summary, locale),
    serviceType: methodNames[service.method] ?? name,
    url: canonicalUrl(locale, `stod/${service.slug}`, site),
    provider: providerFacts(service, locale, site),
    // The rules say whose residents it takes; without such a rule, the provider's municipality.
    areaServed:
      residence.length > 0
        ? residence.map((code) => municipalityName(code) ?? code)
        : service.municipalityName
          ? [service.municipalityName]
          : [],
    age: service.rules.age,
    audience: service.whoFor ? localize(service.whoFor, locale) || undefined : undefined,
    formUrl:
      service.status === 'open' && hasForm
        ? canonicalUrl(locale, `stod/${service.slug}/anmalan`, site)
        : undefined,
    inLanguage: htmlLang(locale),
  }
}
