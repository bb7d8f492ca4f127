'use client'
import { Banner, Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { ImportBatch } from '../../operations/caseloadImport/removeImport'

import { formatDate, formatDateTime } from '../referral/format'

async function messageOf(response: Response) {
  if (response.status === 401) return 'Du är inte inloggad längre. Logga in igen.'
  if (response.status === 403) return 'Bara administratörer får ta bort en import.'
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] }
    if (body.errors?.[0]?.message) return body.errors[0].message
  } catch {
    // Not JSON: the general message below.
  }
  return `Något gick fel (fel ${response.status}). Försök igen.`
}

/**
 * The earlier imports, newest first. A whole import (a wrong file) can be removed within the days the
 * install allows, after a confirmation that says what goes: its referrals with all their history. A
 * removed import stays listed with who removed it and when.
 */
export function ImportBatchList({
  batches,
  importUrl,
}: {
  batches: ImportBatch[]
  importUrl: string
}) {
  const router = useRouter()
  const [confirming, setConfirming] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const remove = async (batch: ImportBatch) => {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`${importUrl}/${batch.id}`, {
        method: 'DELETE',
        credentials: 'include',
      })
      if (!response.ok) return setError(await messageOf(response))
      const { removed } = (await response.json()) as { removed: number }
      setDone(`Importen av ${batch.fileName} är borttagen: ${removed} ärenden med sin historik.`)
      setConfirming(null)
      router.refresh()
    } catch {
      setError('Det gick inte att nå servern. Kontrollera anslutningen och försök igen.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="caseload-import-batches" className="caseload-import__batches">
      <h2 id="caseload-import-batches">Tidigare importer</h2>
      {done && <Banner type="success">{done}</Banner>}
      {error && <Banner type="error">{error}</Banner>}
      {batches.length === 0 ? (
        <p>Inga ärenden är importerade än.</p>
      ) : (
        <table className="caseload-import__errors">
          <thead>
            <tr>
              <th scope="col">Fil</th>
              <th scope="col">Importerad</th>
              <th scope="col">Av</th>
              <th scope="col">Ärenden</th>
              <th scope="col">Ta bort</th>
            </tr>
          </thead>
          <tbody>
            {batches.map((batch) => (
              <tr key={batch.id}>
                <td>{batch.fileName}</td>
                <td>{formatDateTime(batch.createdAt)}</td>
                <td>{batch.importedBy ?? '–'}</td>
                <td>{batch.imported}</td>
                <td>
                  {batch.removedAt ? (
                    `Borttagen ${formatDateTime(batch.removedAt)} av ${batch.removedBy ?? '–'}`
                  ) : !batch.removableUntil ? (
                    'Kan inte längre tas bort'
                  ) : confirming === batch.id ? (
                    <div className="caseload-import__confirm" role="group">
                      <span>
                        Ta bort de {batch.imported} ärendena från {batch.fileName} med all historik?
                        Det går inte att ångra.
                      </span>
                      <Button
                        buttonStyle="primary"
                        disabled={busy}
                        margin={false}
                        onClick={() => void remove(batch)}
                        size="small"
                      >
                        Ja, ta bort importen
                      </Button>
                      <Button
                        buttonStyle="secondary"
                        disabled={busy}
                        margin={false}
                        onClick={() => setConfirming(null)}
                        size="small"
                      >
                        Avbryt
                      </Button>
                    </div>
                  ) : (
                    <Button
                      buttonStyle="secondary"
                      margin={false}
                      onClick={() => {
                        setConfirming(batch.id)
                        setDone(null)
                      }}
                      size="small"
                    >
                      Ta bort importen
                    </Button>
                  )}
                  {batch.removableUntil && confirming !== batch.id && (
                    <small> (till {formatDate(batch.removableUntil)})</small>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
