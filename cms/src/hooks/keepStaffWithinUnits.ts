import { type CollectionBeforeChangeHook, type TypedUser, ValidationError } from 'payload'

import { hasRole, unitsOf } from '../access/roles'

type FieldError = { message: string; path: string }

const ids = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map((v) => String(typeof v === 'object' && v !== null ? (v as { id: unknown }).id : v))
    : []

/** What a unit admin may not do to an account: make a central admin, or touch other units' membership. */
const unitAdminLimits = (
  actor: TypedUser,
  role: unknown,
  units: string[],
  unitsBefore: string[],
  creating: boolean,
): FieldError[] => {
  const errors: FieldError[] = []
  if (role === 'admin')
    errors.push({ path: 'role', message: 'Bara en central administratör kan ge den rollen.' })
  const mine = new Set(unitsOf(actor))
  const othersOf = (list: string[]) =>
    list
      .filter((u) => !mine.has(u))
      .sort()
      .join()
  if (othersOf(units) !== othersOf(unitsBefore))
    errors.push({ path: 'units', message: 'Du kan bara lägga till och ta bort dina egna enheter.' })
  else if (creating && !units.some((u) => mine.has(u)))
    errors.push({ path: 'units', message: 'Välj minst en av dina enheter.' })
  return errors
}

/**
 * Staff belong to units: a unit admin manages only their units' accounts, and the services an account
 * works with lie in its units (so intake staff see their own unit's referrals only).
 */
export const keepStaffWithinUnits: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const role = data.role ?? originalDoc?.role
  const units = ids(data.units ?? originalDoc?.units)
  const errors =
    req.user && !hasRole(req.user, 'admin')
      ? unitAdminLimits(req.user, role, units, ids(originalDoc?.units), operation === 'create')
      : []
  const services = ids(data.services ?? originalDoc?.services)
  if (services.length > 0 && role !== 'admin') {
    const { docs } = await req.payload.find({
      collection: 'services',
      where: { id: { in: services } },
      depth: 0,
      pagination: false,
      locale: 'sv',
      select: { name: true, unit: true },
      req,
    })
    const elsewhere = docs.filter((s) => !units.includes(ids([s.unit])[0]))
    if (elsewhere.length > 0)
      errors.push({
        path: 'services',
        message: `${elsewhere.map((s) => s.name).join(', ')} hör till en enhet som användaren inte tillhör.`,
      })
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'users', errors, req })
  return data
}
