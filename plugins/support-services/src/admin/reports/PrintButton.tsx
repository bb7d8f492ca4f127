'use client'
import { Button } from '@payloadcms/ui'
import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/** Prints the report (the print stylesheet makes it an A4 report). Shown only where it can work: with JavaScript. */
export function PrintButton() {
  // False in the server's HTML, true once hydrated: the button appears only where a script runs.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  if (!hydrated) return null
  return (
    <Button buttonStyle="secondary" margin={false} onClick={() => window.print()}>
      Skriv ut eller spara som PDF
    </Button>
  )
}
