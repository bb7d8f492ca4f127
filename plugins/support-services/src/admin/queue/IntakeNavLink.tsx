'use client'
import { Link } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

/**
 * One link in the admin navigation, marked up as Payload's own nav links are (`nav__link`, the active
 * indicator), so it looks and behaves like them; the current page is not a link, as in Payload's nav.
 */
export function IntakeNavLink({ href, id, label }: { href: string; id: string; label: string }) {
  const pathname = usePathname()
  const content = (
    <>
      {pathname.startsWith(href) && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{label}</span>
    </>
  )
  if (pathname === href) {
    return (
      <div className="nav__link" id={id}>
        {content}
      </div>
    )
  }
  return (
    <Link className="nav__link" href={href} id={id} prefetch={false}>
      {content}
    </Link>
  )
}
