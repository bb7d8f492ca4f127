import { demoUsers, outreachActivities } from '@stodportalen/seed'
import { beforeAll, describe, expect, test } from 'vitest'

import { cmsUrl, login } from '../support/cms'
import { pdfPageCount, pdfPageSize, pdfQrCode } from '../support/pdf'

/** A seeded activity's campaign code: a sheet's code must exist. */
const code = outreachActivities[0].code

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
    ['size=A5', 'size'],
    ['size=A3', 'size'],
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

  test('a code that names no activity or event is a 404 saying so in Swedish, never a sheet', async () => {
    for (const path of ['ips/sheet?code=HHHHHH', 'ips/sheet.pdf?variant=poster&code=hhh hhh']) {
      const response = await sheet(path, staff.editor)
      expect(response.status, path).toBe(404)
      const { errors } = await response.json()
      expect(errors, path).toEqual([
        {
          field: 'code',
          code: 'unknownCampaign',
          message: expect.stringMatching(/^Kampanjkoden HHHHHH finns inte\./),
        },
      ])
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
    const typed = code.toLowerCase()
    const html = await (await sheet(`ips/sheet?locale=ar&code=${typed}`, staff.editor)).text()
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toMatch(new RegExp(`<svg role="img" aria-label="رمز QR إلى [^"]+/k/${code}"`))
  })

  // The PDF is made with pdfkit and read back with pdf.js: seconds on a busy machine.
  test(
    'the PDF is one A4 page whose QR code is the campaign link',
    { timeout: 60_000 },
    async () => {
      for (const query of [`locale=sv&code=${code}`, `locale=ar&variant=poster&code=${code}`]) {
        const response = await sheet(`ips/sheet.pdf?${query}`, staff.admin)
        expect(response.status, query).toBe(200)
        expect(response.headers.get('content-type')).toBe('application/pdf')
        const pdf = new Uint8Array(await response.arrayBuffer())
        expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-')
        expect(await pdfPageCount(pdf), query).toBe(1)
        expect(await pdfPageSize(pdf), query).toEqual({ width: 595, height: 842 })
        const qr = await pdfQrCode(pdf)
        expect(qr.text, query).toMatch(new RegExp(`^https?://[^/]+/k/${code}$`))
      }
    },
  )

  test(
    'the A3 poster is one A3 page whose QR code is the campaign link',
    { timeout: 60_000 },
    async () => {
      const response = await sheet(
        `ips/sheet.pdf?variant=poster&size=A3&code=${code}`,
        staff.editor,
      )
      expect(response.status).toBe(200)
      expect(response.headers.get('content-disposition')).toContain(
        'affisch-a3-ips-residents-sv.pdf',
      )
      const pdf = new Uint8Array(await response.arrayBuffer())
      expect(await pdfPageCount(pdf)).toBe(1)
      expect(await pdfPageSize(pdf)).toEqual({ width: 842, height: 1191 })
      expect((await pdfQrCode(pdf, 1, 1.5)).text).toMatch(new RegExp(`^https?://[^/]+/k/${code}$`))
      const html = await (await sheet('ips/sheet?variant=poster&size=A3', staff.editor)).text()
      expect(html).toContain('@page { size: A3;')
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
