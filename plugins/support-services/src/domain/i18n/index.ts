import type { Locale } from '../locales'
import type { Catalog } from '../messages'

import { ar } from './ar'
import { en } from './en'
import { fi } from './fi'
import { lattlast } from './lattlast'
import { sv } from './sv'

/** The domain's texts, one catalog per language in `locales`. */
export const catalogs: Record<Locale, Catalog> = { sv, lattlast, en, ar, fi }
