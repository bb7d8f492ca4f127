import type { TypedUser } from 'payload'

/**
 * admin: the central administrator of the install (every unit). unitAdmin: runs one or more units
 * (their services, forms, pages, staff) and works their own services' referrals. editor: outreach
 * content and their units' services. intake: the referrals of the services on their account.
 */
export const roles = ['admin', 'unitAdmin', 'editor', 'intake'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, string> = {
  admin: 'Central administratör',
  unitAdmin: 'Enhetsadministratör',
  editor: 'Redaktör',
  intake: 'Intag',
}

export const hasRole = (user: null | TypedUser | undefined, ...wanted: Role[]): boolean =>
  Boolean(user && 'role' in user && wanted.includes(user.role as Role))

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value

/** The ids (as text) of the units on a user's account. */
export const unitsOf = (user: null | TypedUser | undefined): string[] =>
  ((user as { units?: unknown[] } | null)?.units ?? []).map((u) => String(idOf(u)))

/** The ids of the services on a user's account. */
export const servicesOf = (user: null | TypedUser | undefined): number[] =>
  ((user as { services?: unknown[] } | null)?.services ?? []).map((s) => Number(idOf(s)))
