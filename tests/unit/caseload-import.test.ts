import {
  cellDate,
  ImportChecker,
  type ImportContext,
  importCounts,
  importExampleRows,
  ImportFileError,
  type ImportRow,
  type ImportRowResult,
} from '@stodportalen/support-services/domain'
import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

import { readImportRows } from '../../plugins/support-services/src/operations/caseloadImport/readFile'
import {
  importTemplateCsv,
  importTemplateXlsx,
} from '../../plugins/support-services/src/operations/caseloadImport/template'

const context: ImportContext = {
  today: '2026-12-05',
  services: [
    {
      id: 1,
      slug: 'ips',
      name: 'Individuell placering med stöd (IPS)',
      unit: 'Arbetsmarknadsförvaltningen',
    },
    { id: 2, slug: 'se', name: 'Supported Employment (SE)' },
  ],
  staffEmails: new Set(['intag.ips@stodportalen.example']),
}

const read = async (content: Buffer | string, fileName: string) => {
  const rows: ImportRow[] = []
  for await (const row of readImportRows(Buffer.from(content), fileName)) rows.push(row)
  return rows
}
const checkAll = (rows: ImportRow[], imported = new Set<string>()) => {
  const checker = new ImportChecker(context, (service, caseId) =>
    imported.has(`${service}|${caseId}`),
  )
  return rows.map((row) => checker.check(row))
}
const errorsOf = (results: ImportRowResult[]) =>
  results.flatMap((r) => (r.state === 'errors' ? r.errors : []))

/** The example's first row (a full closed case) with some cells changed. */
const exampleRow = (changes: Record<string, string | undefined>): ImportRow => ({
  row: 2,
  cells: { ...importExampleRows[0], ...changes },
})
const errorsFor = (changes: Record<string, string | undefined>) =>
  errorsOf(checkAll([exampleRow(changes)])).map(({ column, message }) => ({ column, message }))

describe('reading the template and the example', () => {
  test('the example CSV (semicolons, BOM) reads into rows that are all ready', async () => {
    const csv = importTemplateCsv({ example: true })
    expect(csv.startsWith('\uFEFFÄrende-id;Enhet;Tjänst;Inkom')).toBe(true)
    const results = checkAll(await read(csv, 'exempel.csv'))
    expect(errorsOf(results)).toEqual([])
    expect(importCounts(results)).toEqual({
      ready: importExampleRows.length,
      errors: 0,
      alreadyImported: 0,
    })
    expect(results[0].row).toBe(2)
  })

  test('the files in docs/import are the ones the column definitions make (npm run import:template)', async () => {
    const docs = path.join(import.meta.dirname, '../../docs/import')
    expect(await readFile(path.join(docs, 'mall.csv'), 'utf8')).toBe(importTemplateCsv())
    expect(await readFile(path.join(docs, 'exempel.csv'), 'utf8')).toBe(
      importTemplateCsv({ example: true }),
    )
    const shipped = await read(await readFile(path.join(docs, 'exempel.xlsx')), 'exempel.xlsx')
    expect(shipped.map((r) => r.cells.caseId)).toEqual(importExampleRows.map((r) => r.caseId))
  })

  test('a comma-separated file without BOM reads the same, quoted commas kept', async () => {
    const csv = importTemplateCsv({ example: true })
      .slice(1)
      .split('\r\n')
      .map((line) =>
        line
          .split(';')
          .map((cell) => (cell.includes(',') ? `"${cell}"` : cell))
          .join(','),
      )
      .join('\n')
    const rows = await read(csv, 'lista.csv')
    const redirected = rows.find((r) => r.cells.caseId === 'UPP-2026-005')!
    expect(redirected.cells.redirectTarget).toBe('Daglig verksamhet, Uppsala kommun')
    expect(errorsOf(checkAll(rows))).toEqual([])
  })

  test('the example XLSX has real Excel date cells, read as calendar dates', async () => {
    const xlsx = await importTemplateXlsx({ example: true })
    const rows = await read(xlsx, 'exempel.xlsx')
    expect(rows[0].cells.receivedOn).toBeInstanceOf(Date)
    const results = checkAll(rows)
    expect(errorsOf(results)).toEqual([])
    const first = results[0]
    expect(first.state === 'ready' && first.referral.receivedOn).toBe('2025-09-01')
  })

  test('an Excel date without a date format (a serial day number) and ISO text with a time', () => {
    expect(cellDate(45_658)).toEqual({ ok: true, value: '2025-01-01' })
    expect(cellDate('2025-01-31 00:00')).toEqual({ ok: true, value: '2025-01-31' })
    expect(cellDate('31/01/2025').ok).toBe(false)
    expect(cellDate('2025-02-29').ok).toBe(false)
  })

  test('an XLSX typed by hand: dates as cells, a serial number and a year as a number', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Lista')
    sheet.addRow(['Ärende-id', 'Tjänst', 'Inkom', 'Födelsedatum eller födelseår', 'Granskad'])
    sheet.addRow(['A-1', 'ips', new Date('2026-03-02T00:00:00Z'), 1990, 46_084])
    const rows = await read(Buffer.from(await workbook.xlsx.writeBuffer()), 'lista.xlsx')
    const [result] = checkAll(rows)
    expect(result.state).toBe('ready')
    if (result.state !== 'ready') return
    expect(result.referral.receivedOn).toBe('2026-03-02')
    expect(result.referral.age).toBe(36)
    expect(result.referral.steps).toEqual([
      { to: 'screened', on: '2026-03-03', column: 'screenedOn' },
    ])
  })
})

describe('the file as a whole', () => {
  const fileError = async (content: Buffer | string, name: string) => {
    try {
      await read(content, name)
    } catch (error) {
      expect(error).toBeInstanceOf(ImportFileError)
      return (error as Error).message
    }
    throw new Error('the file was accepted')
  }

  test('not XLSX or CSV, empty, header only', async () => {
    expect(await fileError('%PDF-1.7', 'lista.pdf')).toMatch(
      /varken en Excel-fil.*eller en CSV-fil/,
    )
    expect(await fileError('', 'lista.csv')).toBe('Filen är tom.')
    expect(await fileError(importTemplateCsv(), 'mall.csv')).toBe(
      'Filen har en rubrikrad men inga ärenden.',
    )
  })

  test('unknown and missing columns are named together', async () => {
    const message = await fileError('Ärende-id;Tjänst;Datum\nA-1;IPS;2026-01-01\n', 'lista.csv')
    expect(message).toBe(
      'Filens rubrikrad stämmer inte med mallen: okända kolumner: ”Datum”; kolumner som saknas: ”Inkom”. Ladda ner mallen och använd dess rubriker.',
    )
  })
})

describe('row errors: row, column and a Swedish sentence', () => {
  test('a required cell left empty', () => {
    expect(errorsFor({ caseId: undefined, receivedOn: '' })).toEqual([
      { column: 'Ärende-id', message: 'Ärende-id måste fyllas i.' },
      { column: 'Inkom', message: 'Inkom måste fyllas i.' },
    ])
  })

  test('a date that is no date, and one in the future', () => {
    expect(errorsFor({ screenedOn: '3/9/2025', closedOn: '2027-01-01' })).toEqual([
      { column: 'Granskad', message: 'Granskad ska vara ett datum (ÅÅÅÅ-MM-DD).' },
      { column: 'Avslutsdatum', message: 'Avslutsdatum (2027-01-01) ligger i framtiden.' },
    ])
  })

  test('dates out of order', () => {
    expect(errorsFor({ firstContactOn: '2025-09-04' })).toEqual([
      {
        column: 'Första samtal',
        message: 'Första samtal (2025-09-04) ligger före Köad (2025-09-05).',
      },
    ])
  })

  test('a jump the workflow table forbids is refused, never filled in', () => {
    expect(errorsFor({ firstContactOn: undefined })).toEqual([
      {
        column: 'Inskriven',
        message:
          'En anmälan kan inte gå från ”Väntar” till ”Inskriven”. Från ”Väntar” kan den gå till: Första samtal, Vilande, Lotsad, Avböjd, Återtagen, Sammanslagen.',
      },
    ])
    // Declining an enrolled case is not in the table either.
    expect(
      errorsFor({ closingStatus: 'Avböjd', outcome: undefined, closingReason: 'Flyttat' })[0],
    ).toMatchObject({
      column: 'Avslutsstatus',
    })
  })

  test('what a closing needs: an outcome, a target, a reason, and a date', () => {
    expect(errorsFor({ outcome: undefined })).toEqual([
      { column: 'Utfall', message: expect.stringMatching(/^Välj ett utfall när ärendet avslutas/) },
    ])
    const waiting = {
      firstContactOn: undefined,
      enrolledOn: undefined,
      activatedOn: undefined,
      outcome: undefined,
    }
    expect(errorsFor({ ...waiting, closingStatus: 'Lotsad' })).toEqual([
      { column: 'Lotsad till', message: 'Välj vilken aktör personen lotsas till.' },
    ])
    expect(errorsFor({ ...waiting, closingStatus: 'Avböjd' })).toEqual([
      {
        column: 'Anledning',
        message: 'Skriv en anledning till att anmälan går från ”Väntar” till ”Avböjd”.',
      },
    ])
    expect(errorsFor({ closedOn: undefined })).toEqual([
      {
        column: 'Avslutsdatum',
        message: 'Ange avslutsdatum för ett ärende med avslutsstatus Avslutad.',
      },
    ])
    expect(errorsFor({ closingStatus: undefined, outcome: undefined })).toEqual([
      {
        column: 'Avslutsstatus',
        message:
          'Ange avslutsstatus (Avslutad, Lotsad, Avböjd eller Återtagen) för ett ärende med avslutsdatum.',
      },
    ])
    expect(errorsFor({ closingStatus: 'Återtagen' })).toEqual([
      { column: 'Utfall', message: 'Utfall anges bara för ärenden med avslutsstatus Avslutad.' },
    ])
  })

  test('choices, service, unit, coach, birth, contact details', () => {
    expect(
      errorsFor({
        gender: 'K',
        service: 'Daglig verksamhet',
        coachEmail: 'okand@example.com',
        birth: '1850',
        phone: 'ring mig',
        email: 'inte-en-adress',
      }),
    ).toEqual([
      {
        column: 'Tjänst',
        message:
          'Tjänsten ”Daglig verksamhet” finns inte. Skriv en av: Individuell placering med stöd (IPS), Supported Employment (SE).',
      },
      {
        column: 'Födelsedatum eller födelseår',
        message: 'Personen skulle ha varit 175 år när anmälan kom in. Kontrollera året.',
      },
      {
        column: 'Kön',
        message:
          'Kön: ”K” är inte ett av alternativen: Kvinna, Man, Annan könsidentitet, Ej angivet.',
      },
      {
        column: 'Coach (e-post)',
        message: 'Det finns inget personalkonto med e-postadressen okand@example.com.',
      },
      { column: 'Telefon', message: 'Telefon ”ring mig” är inte ett telefonnummer.' },
      { column: 'E-post', message: 'E-post ”inte-en-adress” är inte en e-postadress.' },
    ])
  })

  test('the unit: empty, or the unit that gives the service', () => {
    expect(errorsFor({ unit: 'arbetsmarknadsförvaltningen' })).toEqual([])
    expect(errorsFor({ unit: 'Enhet Syd' })).toEqual([
      {
        column: 'Enhet',
        message:
          'Tjänsten ges inte av ”Enhet Syd” utan av ”Arbetsmarknadsförvaltningen”. Lämna kolumnen tom eller skriv ”Arbetsmarknadsförvaltningen”.',
      },
    ])
  })

  test('a re-assessment date only for a case in progress', () => {
    expect(errorsFor({ nextReassessmentOn: '2027-01-01' })).toEqual([
      {
        column: 'Nästa omprövning',
        message: 'Nästa omprövning gäller bara inskrivna och aktiva ärenden.',
      },
    ])
  })

  test('a case id twice in the file, and one imported before', () => {
    const rows = [
      exampleRow({}),
      { ...exampleRow({}), row: 3 },
      { ...exampleRow({ caseId: 'UPP-X' }), row: 4 },
    ]
    const results = checkAll(rows, new Set(['1|UPP-X']))
    expect(results.map((r) => r.state)).toEqual(['ready', 'errors', 'alreadyImported'])
    expect(errorsOf(results)).toEqual([
      {
        row: 3,
        column: 'Ärende-id',
        message: 'Ärende-id ”UPP-2025-001” finns redan på rad 2 för samma tjänst.',
      },
    ])
    expect(importCounts(results)).toEqual({ ready: 1, errors: 1, alreadyImported: 1 })
  })

  test('a ready row carries its history in workflow order', () => {
    const [result] = checkAll([exampleRow({})])
    expect(result.state === 'ready' && result.referral).toMatchObject({
      caseId: 'UPP-2025-001',
      serviceId: 1,
      status: 'closed',
      age: 35,
      dateOfBirth: '1990-04-12',
      municipality: '0380',
      steps: [
        { to: 'screened', on: '2025-09-03' },
        { to: 'waiting', on: '2025-09-05' },
        { to: 'firstContact', on: '2025-09-20' },
        { to: 'enrolled', on: '2025-10-01' },
        { to: 'active', on: '2025-10-15' },
        { to: 'closed', on: '2026-06-30', outcome: 'workWithoutSubsidy' },
      ],
    })
  })
})
