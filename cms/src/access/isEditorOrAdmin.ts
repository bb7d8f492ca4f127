import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Public content (documents, images) is the install's, written by its editors and administrators; so is
 * creating a page, whose unit the pages' own hook keeps within the author's units.
 */
export const isEditorOrAdmin: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'unitAdmin', 'editor')
