import { demoUsers } from '@stodportalen/seed'
import { beforeAll, describe, expect, test } from 'vitest'

import { cmsUrl, login } from '../support/cms'
import { pdfPageCount, pdfQrCode } from '../support/pdf'

const sheet = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${cmsUrl()}/api/services/${path}`, { headers })

let staff: Record<'admin' | 'editor' | 'intake', Record<string, string>>

beforeAll(async () => {
  const as = (role: string) => {
    const user = demoUsers.find((u) => u.role === role)!
    return login(user.email, user.password)
  }
  staff = { admin: await as('admin'), editor: await as('editor'), intake: await as('intake') }
})

describe('who prints a sheet', () => {
  test('anonymous callers get neither the page nor the PDF', async () => {
    for (const path of ['ips/sheet', 'ips/sheet.pdf', 'ips/sheet?locale=ar&variant=poster']) {
      const response = await sheet(path)
      expect(response.status, path).toBe(403)
      expect((await response.json()).errors[0]).toMatchObject({ field: 'sheet', code: 'forbidden' })
    }
  })

  test('every staff role does', async () => {
    for (const [role, headers] of Object.entries(staff)) {
      const response = await sheet('ips/sheet?audience=clinics&locale=en', headers)
      expect(response.status, role).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(response.headers.get('cache-control')).toBe('no-store')
    }
  })
})

describe('bad parameters', () => {
  test.each([
    ['audience=everyone', 'audience'],
    ['locale=fr', 'locale'],
    ['variant=flyer', 'variant'],
    ['code=0O1IL5', 'code'],
    ['code=ABC', 'code'],
    ['audience=%00', 'audience'],
  ])('%s: 400 naming the field %s', async (query, field) => {
    for (const path of [`ips/sheet?${query}`, `ips/sheet.pdf?${query}`]) {
      const response = await sheet(path, staff.editor)
      expect(response.status, path).toBe(400)
      const { errors } = await response.json()
      expect(errors, path).toEqual([expect.objectContaining({ field, code: 'invalid' })])
      expect(errors[0].message, path).toMatch(new RegExp(`^${field}: `))
    }
  })

  test('an unknown service is a 404 naming the service', async () => {
    for (const path of ['no-such-service/sheet', 'x%00y/sheet.pdf']) {
      const response = await sheet(path, staff.intake)
      expect(response.status, path).toBe(404)
      expect((await response.json()).errors[0]).toMatchObject({ field: 'service' })
    }
  })
})

describe('the sheet', () => {
  test('the HTML page is in the language asked for, Arabic right to left, with the campaign link', async () => {
    const html = await (await sheet('ips/sheet?locale=ar&code=k7xm3p', staff.editor)).text()
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toMatch(/<svg role="img" aria-label="رمز QR إلى [^"]+\/k\/K7XM3P"/)
  })

  // The PDF is made with pdfkit and read back with pdf.js: seconds on a busy machine.
  test(
    'the PDF is one A4 page whose QR code is the campaign link',
    { timeout: 60_000 },
    async () => {
      for (const query of ['locale=sv&code=K7XM3P', 'locale=ar&variant=poster&code=K7XM3P']) {
        const response = await sheet(`ips/sheet.pdf?${query}`, staff.admin)
        expect(response.status, query).toBe(200)
        expect(response.headers.get('content-type')).toBe('application/pdf')
        const pdf = new Uint8Array(await response.arrayBuffer())
        expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-')
        expect(await pdfPageCount(pdf), query).toBe(1)
        const qr = await pdfQrCode(pdf)
        expect(qr.text, query).toMatch(/^https?:\/\/[^/]+\/k\/K7XM3P$/)
      }
    },
  )

  test(
    'without a code the QR code leads to the service page in the language',
    { timeout: 60_000 },
    async () => {
      const response = await sheet('ips/sheet.pdf?locale=en&audience=relatives', staff.editor)
      const qr = await pdfQrCode(new Uint8Array(await response.arrayBuffer()))
      expect(qr.text).toMatch(/^https?:\/\/[^/]+\/en\/stod\/ips$/)
    },
  )
})
