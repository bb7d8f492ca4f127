'use client'
import { Button } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

/** Prints the report (the print stylesheet makes it an A4 report). Shown only where it can work: with JavaScript. */
export function PrintButton() {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  if (!ready) return null
  return (
    <Button buttonStyle="secondary" margin={false} onClick={() => window.print()}>
      Skriv ut eller spara som PDF
    </Button>
  )
}
