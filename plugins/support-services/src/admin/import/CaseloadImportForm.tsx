'use client'
import { Banner, Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import type { ImportReport } from '../../operations/caseloadImport/importCaseload'

const unreachable = 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.'

async function messageOf(response: Response) {
  if (response.status === 401) return 'Du är inte inloggad längre. Logga in igen.'
  if (response.status === 403) return 'Bara administratörer får importera ärenden.'
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] }
    if (body.errors?.[0]?.message) return body.errors[0].message
  } catch {
    // Not JSON: the general message below.
  }
  return `Något gick fel (fel ${response.status}). Försök igen.`
}

/**
 * Upload → dry run → confirm. The file is sent twice: once to be checked, once (the same file, kept in
 * the page) to be imported; the server checks it again before it stores anything.
 */
export function CaseloadImportForm({ importUrl }: { importUrl: string }) {
  const id = useId()
  const router = useRouter()
  const [file, setFile] = useState<File | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [goodRowsOnly, setGoodRowsOnly] = useState(false)

  const send = async (confirm: boolean) => {
    if (!file) return
    setBusy(true)
    setError(null)
    const body = new FormData()
    body.set('file', file)
    if (confirm) body.set('confirm', '1')
    if (confirm && goodRowsOnly) body.set('acceptGoodRows', '1')
    try {
      const response = await fetch(importUrl, { method: 'POST', body, credentials: 'include' })
      if (!response.ok) setError(await messageOf(response))
      else {
        setReport((await response.json()) as ImportReport)
        // The list of earlier imports below shows the new one.
        if (confirm) router.refresh()
      }
    } catch {
      setError(unreachable)
    } finally {
      setBusy(false)
    }
  }

  const done = report?.imported !== undefined
  const { counts } = report ?? {}
  return (
    <div className="caseload-import">
      <form
        className="caseload-import__upload"
        onSubmit={(event) => {
          event.preventDefault()
          void send(false)
        }}
      >
        <label htmlFor={`${id}-file`}>Fil med ärenden (.xlsx eller .csv)</label>
        <input
          accept=".xlsx,.csv"
          id={`${id}-file`}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setReport(null)
            setError(null)
          }}
          type="file"
        />
        <Button
          buttonStyle="primary"
          disabled={!file || busy}
          margin={false}
          size="medium"
          type="submit"
        >
          Kontrollera filen
        </Button>
      </form>
      {error && <Banner type="error">{error}</Banner>}
      {report && counts && (
        <section aria-live="polite" className="caseload-import__result">
          {done ? (
            <Banner type="success">
              {report.imported} ärenden är importerade med sin historik. De finns nu i intagskön och
              i uppföljningen.
            </Banner>
          ) : (
            <p>Ingenting är sparat än. Kontrollera raderna nedan innan du importerar.</p>
          )}
          <dl className="caseload-import__counts">
            <dt>Klara att importera</dt>
            <dd>{counts.ready}</dd>
            <dt>Med fel</dt>
            <dd>{counts.errors}</dd>
            <dt>Redan importerade</dt>
            <dd>{counts.alreadyImported}</dd>
          </dl>
          {report.errors.length > 0 && (
            <table className="caseload-import__errors">
              <caption>Rader med fel</caption>
              <thead>
                <tr>
                  <th scope="col">Rad</th>
                  <th scope="col">Kolumn</th>
                  <th scope="col">Vad som är fel</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((e, i) => (
                  <tr key={i}>
                    <td>{e.row}</td>
                    <td>{e.column}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.alreadyImported.length > 0 && (
            <details>
              <summary>
                Redan importerade ärenden ({counts.alreadyImported}): de ändras inte
              </summary>
              <ul>
                {report.alreadyImported.map((a) => (
                  <li key={a.row}>
                    Rad {a.row}: {a.caseId}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {!done && counts.ready > 0 && (
            <div className="caseload-import__confirm">
              {counts.errors > 0 && (
                <label>
                  <input
                    checked={goodRowsOnly}
                    onChange={(event) => setGoodRowsOnly(event.target.checked)}
                    type="checkbox"
                  />{' '}
                  Importera bara de {counts.ready} rader som är klara (raderna med fel hoppas över)
                </label>
              )}
              <Button
                buttonStyle="primary"
                disabled={busy || (counts.errors > 0 && !goodRowsOnly)}
                margin={false}
                onClick={() => void send(true)}
                size="medium"
              >
                Importera {counts.ready} ärenden
              </Button>
            </div>
          )}
        </section>
      )}
    </div>
  )
}
