import type { CollectionConfig } from 'payload'

import { roleLabels, roles } from '../access/roles'
import { isAdminOrUnitAdmin, ownAccountOrUnitStaff, removableStaff } from '../access/staffAccess'
import { secureCookies } from '../auth/cookies'
import { checkPassword } from '../hooks/checkPassword'
import { keepStaffWithinUnits } from '../hooks/keepStaffWithinUnits'
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
    defaultColumns: ['name', 'email', 'role', 'units'],
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
  hooks: {
    beforeOperation: [checkPassword, limitSessionAge],
    beforeChange: [keepStaffWithinUnits],
  },
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
    create: isAdminOrUnitAdmin,
    read: ownAccountOrUnitStaff,
    update: ownAccountOrUnitStaff,
    delete: removableStaff,
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
      options: roles.map((role) => ({ label: roleLabels[role], value: role })),
      access: { update: isAdminOrUnitAdmin },
    },
    {
      name: 'units',
      label: 'Enheter',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      saveToJWT: true,
      admin: {
        condition: (data) => data?.role !== 'admin',
        description: 'Enheterna personen arbetar i. En central administratör har alla.',
      },
      access: { create: isAdminOrUnitAdmin, update: isAdminOrUnitAdmin },
    },
    {
      name: 'services',
      label: 'Tjänster (för intag)',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      saveToJWT: true,
      admin: {
        condition: (data) => data?.role === 'intake' || data?.role === 'unitAdmin',
        description: 'Anmälningarna till dessa tjänster, i personens enheter, syns i kön.',
      },
      access: { create: isAdminOrUnitAdmin, update: isAdminOrUnitAdmin },
    },
  ],
}
