import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isAdminOrSelf } from '../access/isAdminOrSelf'
import { roles } from '../access/roles'
import { secureCookies } from '../auth/cookies'
import { checkPassword } from '../hooks/checkPassword'
import { limitSessionAge } from '../hooks/limitSessionAge'

/** Failed logins in a row that lock an account, and for how long. */
export const maxLoginAttempts = 5
export const lockTimeMs = 15 * 60 * 1000
/** A session ends after this long without activity (the admin renews it while staff work). */
export const sessionSeconds = 60 * 60

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Användare', plural: 'Användare' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role'],
    group: 'Administration',
  },
  auth: {
    maxLoginAttempts,
    lockTime: lockTimeMs,
    tokenExpiration: sessionSeconds,
    // Server-side sessions: logging out, a password reset or an admin revoking a session ends it at once.
    useSessions: true,
    // Every signed-in request reads the user; its services are needed as ids only (the access rules),
    // and populating them (Payload's default depth) read every service's whole document each time.
    depth: 0,
    cookies: {
      secure: secureCookies(process.env.CMS_PUBLIC_URL || process.env.CMS_URL),
      sameSite: 'Lax',
    },
  },
  hooks: { beforeOperation: [checkPassword, limitSessionAge] },
  // Accounts are not verified by e-mail; Payload's verify endpoint answers any token with a 500 then.
  endpoints: [
    {
      path: '/verify/:token',
      method: 'post',
      handler: () =>
        Response.json(
          { errors: [{ message: 'Accounts are not verified by e-mail here.' }] },
          { status: 404 },
        ),
    },
  ],
  access: {
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  fields: [
    { name: 'name', label: 'Namn', type: 'text', required: true },
    {
      name: 'role',
      label: 'Roll',
      type: 'select',
      required: true,
      defaultValue: 'intake',
      saveToJWT: true,
      options: roles.map((role) => ({ label: role, value: role })),
      access: { update: ({ req }) => req.user?.role === 'admin' },
    },
    {
      name: 'services',
      label: 'Tjänster (för intag)',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      saveToJWT: true,
      admin: { condition: (data) => data?.role === 'intake' },
      access: { update: ({ req }) => req.user?.role === 'admin' },
    },
  ],
}
