import { inflateSync } from 'node:zlib'

/**
 * A WOFF 1.0 font as the plain OpenType (sfnt) font it wraps, its tables inflated once. fontkit reads
 * WOFF itself, but inflates a table every time it reads from it (the whole `glyf` table for each
 * glyph it draws or subsets) in JavaScript: seconds for an Arabic sheet. Read from the sfnt, nothing is
 * inflated again. Checksums are the WOFF's own (those of the original tables).
 */
export const woffToSfnt = (woff: Buffer): Buffer => {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF 1.0 font')
  const flavor = woff.readUInt32BE(4)
  const count = woff.readUInt16BE(12)
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = 44 + i * 20
    const offset = woff.readUInt32BE(entry + 4)
    const compressed = woff.readUInt32BE(entry + 8)
    const length = woff.readUInt32BE(entry + 12)
    const raw = woff.subarray(offset, offset + compressed)
    return {
      tag: woff.subarray(entry, entry + 4),
      checksum: woff.readUInt32BE(entry + 16),
      data: compressed < length ? inflateSync(raw) : raw,
    }
  })
  const pad = (n: number) => (n + 3) & ~3
  const power = 2 ** Math.floor(Math.log2(count))
  const header = Buffer.alloc(12 + 16 * count)
  header.writeUInt32BE(flavor, 0)
  header.writeUInt16BE(count, 4)
  header.writeUInt16BE(power * 16, 6)
  header.writeUInt16BE(Math.log2(power), 8)
  header.writeUInt16BE(count * 16 - power * 16, 10)
  let offset = header.length
  const bodies = tables.map((table, i) => {
    const record = 12 + i * 16
    table.tag.copy(header, record)
    header.writeUInt32BE(table.checksum, record + 4)
    header.writeUInt32BE(offset, record + 8)
    header.writeUInt32BE(table.data.length, record + 12)
    offset += pad(table.data.length)
    return Buffer.concat([table.data, Buffer.alloc(pad(table.data.length) - table.data.length)])
  })
  return Buffer.concat([header, ...bodies])
}
