import type { ReactNode } from 'react'

import './referralPage.css'

/** A titled part of the referral's page (server or client); `referral-case` scopes its styles and tests. */
export function CaseSection({
  id,
  title,
  children,
  className,
}: {
  id: string
  title: string
  children: ReactNode
  className?: string
}) {
  return (
    <section
      className={['referral-case', className].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-title`}
    >
      <h2 className="referral-case__title" id={`${id}-title`}>
        {title}
      </h2>
      {children}
    </section>
  )
}
