import {
  csvBom,
  defaultLocale,
  type FieldError,
  fieldErrorText,
  type Locale,
  locales,
} from '../domain'

const noStore = { 'Cache-Control': 'no-store' }

/** The locale a public caller asked for: the body's, else the first supported `Accept-Language`. */
export const requestLocale = (headers: Headers, bodyLocale?: unknown): Locale => {
  if (typeof bodyLocale === 'string' && (locales as readonly string[]).includes(bodyLocale))
    return bodyLocale as Locale
  const accepted = (headers.get('accept-language') ?? '')
    .split(',')
    .map((part) => part.split(';')[0].trim().slice(0, 2))
  return (
    (accepted.find((lang) => (locales as readonly string[]).includes(lang)) as
      Locale | undefined) ?? defaultLocale
  )
}

/** 4xx with every error named by field and code, and said in the caller's language. */
export const rejectWith = (status: number, errors: FieldError[], locale: Locale) =>
  Response.json(
    { errors: errors.map((e) => ({ ...e, message: fieldErrorText(e, locale) })) },
    { status, headers: noStore },
  )

export const reply = (status: number, body: unknown, headers: Record<string, string> = noStore) =>
  Response.json(body, { status, headers })

/**
 * 4xx (or 503) for the staff's endpoints and the site's server: one error named by field and code, with
 * a message in English for whoever wires the call up. A resident's error goes through `rejectWith`.
 */
export const refuse = (status: number, field: string, code: string, message: string) =>
  reply(status, { errors: [{ field, code, message }] })

/** A CSV file to download (UTF-8 with a byte order mark, which a string body gets here). */
export const csvFile = (body: string | ReadableStream<Uint8Array>, fileName: string) =>
  new Response(typeof body === 'string' ? `${csvBom}${body}` : body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      ...noStore,
    },
  })

/** An Excel workbook to download. */
export const xlsxFile = (body: Uint8Array, fileName: string) =>
  new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      ...noStore,
    },
  })

/** 429: too many submissions for now. How long to wait goes in `Retry-After` and in the body, in seconds. */
export const rejectLimited = (retryAfterSeconds: number, locale: Locale) => {
  const error: FieldError = { field: '', code: 'tooManySubmissions' }
  return Response.json(
    {
      errors: [{ ...error, message: fieldErrorText(error, locale) }],
      retryAfter: retryAfterSeconds,
    },
    { status: 429, headers: { ...noStore, 'Retry-After': String(retryAfterSeconds) } },
  )
}
