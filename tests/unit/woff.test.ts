import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

import { woffToSfnt } from '../../plugins/support-services/src/print/woff'

const resolve = createRequire(import.meta.url).resolve

/** The sfnt's table records: tag, offset and length. */
const tablesOf = (sfnt: Buffer) =>
  Array.from({ length: sfnt.readUInt16BE(4) }, (_, i) => ({
    tag: sfnt.toString('latin1', 12 + i * 16, 16 + i * 16),
    offset: sfnt.readUInt32BE(20 + i * 16),
    length: sfnt.readUInt32BE(24 + i * 16),
  }))

describe('a WOFF font as plain OpenType', () => {
  it.each([
    '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
    '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff',
  ])('%s: every table inflated to its original length, 4-byte aligned', async (file) => {
    const woff = await readFile(resolve(file))
    const sfnt = woffToSfnt(woff)
    expect(sfnt.readUInt32BE(0), 'the flavor').toBe(woff.readUInt32BE(4))
    expect(sfnt.length, 'the sfnt size the WOFF header gives').toBe(woff.readUInt32BE(16))
    const tables = tablesOf(sfnt)
    expect(tables.map((t) => t.tag)).toEqual(
      expect.arrayContaining(['cmap', 'glyf', 'head', 'loca']),
    )
    tables.forEach((table, i) => {
      expect(table.offset % 4, table.tag).toBe(0)
      expect(table.length, table.tag).toBe(woff.readUInt32BE(44 + i * 20 + 12))
    })
    // The head table's magic number: its bytes came out of the inflation intact.
    const head = tables.find((t) => t.tag === 'head')!
    expect(sfnt.readUInt32BE(head.offset + 12).toString(16)).toBe('5f0f3cf5')
  })

  it('refuses what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(Buffer.from('wOF2 and more'))).toThrow('Not a WOFF 1.0 font')
  })
})
