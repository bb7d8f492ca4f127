import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { refusingMalformedRequests } from '../../../../queryGuard'

export const POST = refusingMalformedRequests(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
