import type { Endpoint, PayloadRequest } from 'payload'

import type { SanitizedOptions } from '../sanitizeOptions'

import { ImportFileError, importMaxBytes } from '../domain'
import {
  checkCaseload,
  importCaseload,
  ImportRefused,
} from '../operations/caseloadImport/importCaseload'
import { removeCaseloadImport } from '../operations/caseloadImport/removeImport'
import { importTemplateCsv, importTemplateXlsx } from '../operations/caseloadImport/template'
import { refuse, reply } from './respond'

type Access = Pick<SanitizedOptions, 'access'>

const forbidden = () =>
  refuse(403, 'import', 'forbidden', 'Only administrators may import a caseload.')

const tooLarge = () =>
  refuse(
    413,
    'file',
    'tooLarge',
    `Filen är större än ${importMaxBytes / 1024 / 1024} MB. Dela upp listan i flera filer.`,
  )

/** The uploaded file, or a refusal that says what is wrong with the request. */
async function uploadedFile(req: PayloadRequest) {
  if (Number(req.headers.get('content-length') ?? 0) > importMaxBytes + 64 * 1024) return tooLarge()
  const form = await req.formData?.().catch(() => undefined)
  const file = form?.get('file')
  if (!form || !(file instanceof Blob))
    return refuse(400, 'file', 'required', 'Välj en fil (.xlsx eller .csv) att ladda upp.')
  if (file.size > importMaxBytes) return tooLarge()
  const name = file instanceof File && file.name ? file.name : 'lista.csv'
  return { form, file: { name, data: Buffer.from(await file.arrayBuffer()) } }
}

/**
 * POST /api/referrals/import (multipart: `file`; `confirm=1` to store, `acceptGoodRows=1` to store the
 * good rows of a file with errors): the dry run, or the import. Administrators only.
 */
export const caseloadImportEndpoint = ({ access }: Access): Endpoint => ({
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user || !access.canImportCaseload(req.user)) return forbidden()
    const upload = await uploadedFile(req)
    if (upload instanceof Response) return upload
    const { form, file } = upload
    try {
      if (form.get('confirm') !== '1')
        return reply(200, (await checkCaseload(req.payload, file)).report)
      return reply(
        200,
        await importCaseload(req.payload, {
          file,
          user: req.user,
          acceptGoodRows: form.get('acceptGoodRows') === '1',
        }),
      )
    } catch (error) {
      if (error instanceof ImportFileError || error instanceof ImportRefused)
        return refuse(422, 'file', 'invalid', error.message)
      throw error
    }
  },
})

/**
 * DELETE /api/referrals/import/:id: removes a whole import (its referrals with their history) within
 * the plugin's `caseloadImport.removableDays`, noting who removed it. Administrators only.
 */
export const caseloadImportRemoveEndpoint = ({ access }: Access): Endpoint => ({
  path: '/import/:id',
  method: 'delete',
  handler: async (req) => {
    if (!req.user || !access.canImportCaseload(req.user)) return forbidden()
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0)
      return refuse(404, 'id', 'notFound', 'Importen finns inte (den kan redan vara borttagen).')
    try {
      return reply(200, await removeCaseloadImport(req.payload, { id, user: req.user }))
    } catch (error) {
      if (error instanceof ImportRefused) return refuse(409, 'id', 'refused', error.message)
      throw error
    }
  },
})

/** GET /api/referrals/import-template?format=xlsx|csv[&example=1]: the template, for administrators. */
export const caseloadImportTemplateEndpoint = ({ access }: Access): Endpoint => ({
  path: '/import-template',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !access.canImportCaseload(req.user)) return forbidden()
    const example = req.searchParams.get('example') === '1'
    const name = example ? 'exempel' : 'mall'
    const headers = (type: string, ext: string) => ({
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="arendeimport-${name}.${ext}"`,
      'Cache-Control': 'no-store',
    })
    if (req.searchParams.get('format') === 'csv')
      return new Response(importTemplateCsv({ example }), {
        headers: headers('text/csv; charset=utf-8', 'csv'),
      })
    return new Response(new Uint8Array(await importTemplateXlsx({ example })), {
      headers: headers('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'),
    })
  },
})
