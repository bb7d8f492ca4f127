import type { TypedUser } from 'payload'

export const roles = ['admin', 'editor', 'intake'] as const
export type Role = (typeof roles)[number]

export const hasRole = (user: null | TypedUser | undefined, ...wanted: Role[]): boolean =>
  Boolean(user && 'role' in user && wanted.includes(user.role as Role))
