import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isAdminOrSelf } from '../access/isAdminOrSelf'
import { roles } from '../access/roles'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Användare', plural: 'Användare' },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role'], group: 'Administration' },
  auth: true,
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
