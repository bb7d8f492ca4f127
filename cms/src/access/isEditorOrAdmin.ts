import type { Access } from 'payload'

import { hasRole } from './roles'

/** Public content (pages, documents, images) is the install's, written by its editors and administrators. */
export const isEditorOrAdmin: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'unitAdmin', 'editor')
