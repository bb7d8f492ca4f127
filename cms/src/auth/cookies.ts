/**
 * Session cookies are `Secure` unless the admin is served over plain HTTP on this machine (development,
 * `npm start`): a production address without HTTPS then fails to log in rather than sending the
 * session in clear.
 */
export const secureCookies = (adminUrl: string | undefined): boolean => {
  if (!adminUrl) return true
  const url = new URL(adminUrl)
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  return !(url.protocol === 'http:' && loopback)
}
