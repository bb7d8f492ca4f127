import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { refusingMalformedRequests } from '../../../../queryGuard'

export const GET = refusingMalformedRequests(REST_GET(config))
export const POST = refusingMalformedRequests(REST_POST(config))
export const DELETE = refusingMalformedRequests(REST_DELETE(config))
export const PATCH = refusingMalformedRequests(REST_PATCH(config))
export const PUT = refusingMalformedRequests(REST_PUT(config))
export const OPTIONS = refusingMalformedRequests(REST_OPTIONS(config))
