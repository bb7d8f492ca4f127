import { type Config, defaultLoggerOptions } from 'payload'

import { redactError, withoutQueryValues } from './redact'

/**
 * A message, or the message of a logged object: its `msg`, or the message pino would take from its
 * error when it has no `msg` (that one never passes through a serializer).
 */
const redactArgument = (arg: unknown) => {
  if (typeof arg === 'string') return withoutQueryValues(arg)
  if (arg instanceof Error) return { err: arg, msg: withoutQueryValues(arg.message) }
  if (!arg || typeof arg !== 'object') return arg
  const { msg, err } = arg as { msg?: unknown; err?: unknown }
  if (typeof msg === 'string') return { ...arg, msg: withoutQueryValues(msg) }
  return err instanceof Error ? { ...arg, msg: withoutQueryValues(err.message) } : arg
}

/**
 * Payload's own logger (same levels, same readable output) with every error passed through
 * redactError, and any message text that quotes a failed query's values cut, so that a database
 * outage mid-submission cannot write a resident's answers to the log.
 */
export const logger: Config['logger'] = {
  options: {
    serializers: { err: (error: unknown) => redactError(error) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map(redactArgument) as Parameters<typeof method>)
      },
    },
  },
  destination: defaultLoggerOptions,
}
