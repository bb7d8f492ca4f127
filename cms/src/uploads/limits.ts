import { APIError, type CollectionBeforeOperationHook, ValidationError } from 'payload'

/** The largest upload in bytes: `UPLOAD_MAX_MB` (default 10), for images and documents alike. */
export const maxUploadBytes = (env: NodeJS.ProcessEnv = process.env) => {
  const megabytes = Number(env.UPLOAD_MAX_MB || 10)
  if (!Number.isFinite(megabytes) || megabytes <= 0)
    throw new Error(
      `UPLOAD_MAX_MB must be a number of megabytes above 0, not "${env.UPLOAD_MAX_MB}".`,
    )
  return Math.round(megabytes * 1024 * 1024)
}

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`

/** What an editor reads when a file is too large. */
export const tooLargeMessage = (limit = maxUploadBytes()) =>
  `Filen är för stor. Största tillåtna storlek är ${megabytes(limit)}: minska bilden eller dela upp dokumentet.`

/**
 * Refuses, before Payload stores anything, a file of a type the collection does not take or larger
 * than the limit, in Swedish. (Payload's own checks behind this one, which also read the file's
 * content, answer in English.) Over REST the multipart parser keeps at most one byte over the
 * limit of a file (payload.config.ts `upload`), so a huge file is never held whole.
 */
export const refuseUnfitFile =
  ({
    mimeTypes,
    kinds,
  }: {
    mimeTypes: readonly string[]
    kinds: string
  }): CollectionBeforeOperationHook =>
  ({ operation, req }) => {
    const file = req.file
    if (!file || (operation !== 'create' && operation !== 'update')) return
    if (!mimeTypes.includes(file.mimetype))
      throw new ValidationError({
        errors: [{ path: 'file', message: `Filtypen går inte att ladda upp här. Välj ${kinds}.` }],
      })
    const limit = maxUploadBytes()
    if (file.size > limit)
      // With data, Payload's error format keeps the message (without, it says "unknown error").
      throw new APIError(tooLargeMessage(limit), 413, { path: 'file', maxBytes: limit }, true)
  }
