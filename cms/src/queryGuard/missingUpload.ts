import type { CollectionSlug, UploadConfig } from 'payload'

import { existsSync } from 'node:fs'
import path from 'node:path'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * An upload collection's file that is not on disk answers 404. Payload answers 500 for it (a missing
 * file is a fault of the server's disk to Payload), and a NUL byte in the name throws.
 */
export const answerMissingUpload: UploadHandler = (req, { params }) => {
  const upload = req.payload.collections[params.collection as CollectionSlug]?.config.upload
  const staticDir = path.resolve((upload && upload.staticDir) || params.collection)
  const file = path.resolve(staticDir, params.filename)
  if (
    params.filename.includes('\u0000') ||
    !file.startsWith(staticDir + path.sep) ||
    !existsSync(file)
  ) {
    return Response.json(
      { errors: [{ message: 'There is no such file.', data: { parameter: 'filename' } }] },
      { status: 404 },
    )
  }
}
