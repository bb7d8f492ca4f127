import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** However active staff are, a sign-in is not renewed after a working day. */
export const maxSessionHours = 10

/**
 * Refuses to renew a session older than `maxSessionHours`. The admin renews the token while staff
 * work, so without this a session could last for ever; now it ends at most one idle period (the
 * token's lifetime) after that, and staff sign in again.
 */
export const limitSessionAge: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'refresh' || !req.user) return args
  const sid = (req.user as { _sid?: string })._sid
  const user = await req.payload.db.findOne<{
    id: number | string
    sessions?: { id: string; createdAt: string | Date }[]
  }>({
    collection: collection.slug,
    where: { id: { equals: req.user.id } },
    req,
  })
  const session = user?.sessions?.find((s) => s.id === sid)
  if (session && Date.now() - new Date(session.createdAt).getTime() > maxSessionHours * 3_600_000) {
    const message = `Inloggningen förnyas inte efter ${maxSessionHours} timmar. Logga in igen.`
    throw new APIError(message, 401, [{ message }], true)
  }
  return args
}
