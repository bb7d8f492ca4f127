import type { AdminViewServerProps } from 'payload'

import { Banner, Button } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { slugs } from '../../defaults'
import { importColumns } from '../../domain'
import { canImportCaseloadOf } from '../../operations/caseloadImport/access'
import { listCaseloadImports } from '../../operations/caseloadImport/removeImport'
import { StaffPage } from '../StaffPage'
import '../queue/queue.css'
import { CaseloadImportForm } from './CaseloadImportForm'
import { ImportBatchList } from './ImportBatchList'
import './caseloadImport.css'

const title = 'Importera ärenden'

/**
 * The caseload import (/admin/import), for administrators: the template to download, the upload with
 * its dry run, and the confirmation (see CaseloadImportForm); then the earlier imports, each removable
 * as a whole for a while (see ImportBatchList).
 */
export async function CaseloadImportView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload, user } = req
  const { admin: adminRoute, api: apiRoute } = payload.config.routes
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/import`)}`)
  const allowed = canImportCaseloadOf(payload, user)
  const batches = allowed ? await listCaseloadImports(payload) : []
  const importUrl = `${apiRoute}/${slugs.referrals}/import`
  const template = (format: string, example = false) =>
    `${apiRoute}/${slugs.referrals}/import-template?format=${format}${example ? '&example=1' : ''}`
  return (
    <StaffPage
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title={title}
      className="intake-queue caseload-import-view"
    >
      <header className="intake-queue__header">
        <h1>{title}</h1>
        <p>
          För in kommunens pågående och avslutade ärenden med sin historik, så att intagskön,
          väntetiderna och uppföljningen stämmer från första dagen. En rad per anmälan.
        </p>
      </header>
      {!allowed ? (
        <Banner type="info">Bara administratörer får importera ärenden.</Banner>
      ) : (
        <>
          <div className="caseload-import__templates">
            <Button
              buttonStyle="secondary"
              el="anchor"
              margin={false}
              size="medium"
              url={template('xlsx')}
            >
              Ladda ner mallen (Excel)
            </Button>
            <Button
              buttonStyle="secondary"
              el="anchor"
              margin={false}
              size="medium"
              url={template('csv')}
            >
              Mallen som CSV
            </Button>
            <Button
              buttonStyle="secondary"
              el="anchor"
              margin={false}
              size="medium"
              url={template('xlsx', true)}
            >
              Ifyllt exempel
            </Button>
          </div>
          <details className="caseload-import__columns">
            <summary>Mallens kolumner</summary>
            <dl>
              {importColumns.map((c) => (
                <div key={c.key}>
                  <dt>
                    {c.header}
                    {c.required && ' (måste fyllas i)'}
                  </dt>
                  <dd>{c.help}</dd>
                </div>
              ))}
            </dl>
          </details>
          <CaseloadImportForm importUrl={importUrl} />
          <ImportBatchList batches={batches} importUrl={importUrl} />
        </>
      )}
    </StaffPage>
  )
}
