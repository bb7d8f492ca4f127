import {
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
  ValidationError,
  type Where,
} from 'payload'

import { passwordProblem } from '../auth/passwordPolicy'

type PasswordArgs = {
  data?: { email?: string; password?: unknown; token?: string }
  id?: number | string
}

/** Whose password is set: the e-mail in the request, or the account's (by id, or by reset token). */
const emailOf = async (
  req: PayloadRequest,
  slug: CollectionSlug,
  args: PasswordArgs,
  operation: string,
): Promise<string | undefined> => {
  if (args.data?.email) return args.data.email
  const where: Where | null =
    operation === 'resetPassword' && args.data?.token
      ? { resetPasswordToken: { equals: args.data.token } }
      : args.id !== undefined
        ? { id: { equals: args.id } }
        : null
  if (!where) return undefined
  const user = await req.payload.db.findOne<{ id: number | string; email?: string }>({
    collection: slug,
    where,
    req,
  })
  return user?.email
}

/**
 * Checks a new password against the rules on every path that sets one: create, update (the account
 * page, an admin) and reset-password. Reset-password runs no field validation and passes the stored user
 * to `beforeValidate`, without the new password: `beforeOperation` is the one hook that sees it on all three.
 */
export const checkPassword: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (!['create', 'update', 'resetPassword'].includes(operation)) return args
  const password = (args as PasswordArgs).data?.password
  if (typeof password !== 'string' || password === '') return args
  const problem = passwordProblem(
    password,
    await emailOf(req, collection.slug, args as PasswordArgs, operation),
  )
  if (problem)
    throw new ValidationError(
      { collection: collection.slug, errors: [{ message: problem, path: 'password' }] },
      req.t,
    )
  return args
}
