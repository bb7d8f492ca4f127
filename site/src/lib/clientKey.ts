import { createHmac } from 'node:crypto'
import { isIPv4, isIPv6 } from 'node:net'

/**
 * Who a submission comes from, for the CMS's rate limits, without telling the CMS (or its logs) the
 * address: a keyed hash (HMAC-SHA-256 with LOOKUP_HASH_KEY) of the address, which cannot be turned back
 * into it without the key. One household or phone often has many IPv6 addresses in one /64 network, so
 * IPv6 counts by that network.
 *
 * Behind a reverse proxy, `Astro.clientAddress` is the left-most `X-Forwarded-For` once the host is in
 * `security.allowedDomains`: the proxy must then overwrite that header, not append to what the client sent.
 */

/** The eight 16-bit groups of an IPv6 address, `::` expanded; an embedded IPv4 tail becomes two groups. */
function ipv6Groups(address: string): number[] {
  const [head, tail = ''] = address.split('::')
  const parse = (part: string) =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [parseInt(group, 16)]
          const [a, b, c, d] = group.split('.').map(Number)
          return [(a << 8) | b, (c << 8) | d]
        })
  const start = parse(head)
  const end = address.includes('::') ? parse(tail) : []
  return [...start, ...new Array(8 - start.length - end.length).fill(0), ...end]
}

/** The part of an address that the limits count: IPv4 as it is, IPv6 by its /64 network. */
export function limitedAddress(address: string): string {
  const bare = address
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '')
  if (isIPv4(bare)) return bare
  if (!isIPv6(bare)) return bare.toLowerCase()
  const groups = ipv6Groups(bare.toLowerCase())
  const mappedIpv4 = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff
  if (mappedIpv4)
    return [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join('.')
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`
}

/** The key the site sends as `x-client-key`. */
export function clientKey(address: string): string {
  const key = process.env.LOOKUP_HASH_KEY
  if (!key)
    throw new Error(
      'LOOKUP_HASH_KEY is not set. Start the system with `npm start`, or see README "Configuration".',
    )
  return createHmac('sha256', key)
    .update(`submit-client:${limitedAddress(address)}`)
    .digest('base64url')
}
