type Id = number | string

/** A relationship's value is an id, or the related document when it was read with depth: its id either way. */
export const idOf = (value: unknown): Id | null | undefined =>
  typeof value === 'object' && value !== null
    ? (value as { id: Id }).id
    : (value as Id | null | undefined)

/** The ids of a has-many relationship's value. */
export const idsOf = (value: unknown): Array<Id | null | undefined> =>
  Array.isArray(value) ? value.map(idOf) : []
