import type { Field, FieldHook } from 'payload'

import { type FieldCipher, sealedJson } from './fieldEncryption'

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

/** The hooks that keep one field encrypted in the database and plain everywhere Payload reads it. */
const encryptionHooks = (cipher: FieldCipher, path: string, json: boolean) => {
  const beforeChange: FieldHook = ({ value }) => {
    if (isEmpty(value)) return value
    return json
      ? { sealed: cipher.seal(JSON.stringify(value), path) }
      : cipher.seal(String(value), path)
  }
  const afterRead: FieldHook = ({ value }) => {
    if (!json) return typeof value === 'string' && value !== '' ? cipher.open(value, path) : value
    const sealed = sealedJson(value)
    return sealed ? JSON.parse(cipher.open(sealed, path)) : value
  }
  return { beforeChange: [beforeChange], afterRead: [afterRead] }
}

/** Maps every data field of a tree with its data path; groups and named tabs add to the path. */
const mapDataFields = (
  fields: Field[],
  map: (field: Field, path: string) => Field,
  parent = '',
): Field[] =>
  fields.map((field) => {
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({
          ...tab,
          fields: mapDataFields(
            tab.fields,
            map,
            'name' in tab && tab.name ? `${parent}${tab.name}.` : parent,
          ),
        })),
      }
    }
    if (field.type === 'row' || field.type === 'collapsible')
      return { ...field, fields: mapDataFields(field.fields, map, parent) }
    if (!('name' in field)) return field
    const path = `${parent}${field.name}`
    if (field.type === 'group')
      return { ...field, fields: mapDataFields(field.fields, map, `${path}.`) }
    return map(field, path)
  })

/**
 * Adds encryption to the fields at the given data paths (`applicant.name`, `reason`…) of a
 * collection. Every path must exist, so a renamed field cannot silently stop being encrypted.
 * Encrypted fields cannot be filtered on in the admin's list: the database holds only ciphertext.
 */
export const withEncryptedFields = (
  fields: Field[],
  paths: readonly string[],
  cipher: FieldCipher,
): Field[] => {
  const found = new Set<string>()
  const encrypted = mapDataFields(fields, (field, path) => {
    if (!paths.includes(path)) return field
    if (field.type !== 'text' && field.type !== 'textarea' && field.type !== 'json') {
      throw new Error(`Field ${path} cannot be encrypted: only text and JSON fields can.`)
    }
    found.add(path)
    const hooks = encryptionHooks(cipher, path, field.type === 'json')
    return {
      ...field,
      hooks: {
        ...field.hooks,
        beforeChange: [...(field.hooks?.beforeChange ?? []), ...hooks.beforeChange],
        afterRead: [...hooks.afterRead, ...(field.hooks?.afterRead ?? [])],
      },
      admin: { ...field.admin, disableListFilter: true },
    } as Field
  })
  const missing = paths.filter((path) => !found.has(path))
  if (missing.length) throw new Error(`No field at ${missing.join(', ')} to encrypt.`)
  return encrypted
}
