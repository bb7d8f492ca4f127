import { APIError } from 'payload'

/**
 * A change a hook refuses: 400 with the field, the code and the staff's own words, shown as they are in
 * the admin (the endpoints' counterpart is `refuse` in endpoints/respond.ts).
 */
export const refusal = (message: string, field: string, code: string) =>
  new APIError(message, 400, [{ field, code, message }], true)
