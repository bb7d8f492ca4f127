import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const plugin = path.resolve(import.meta.dirname, '../../plugins/support-services')
const site = path.resolve(import.meta.dirname, '../../site/src')
const exportsMap: Record<string, string> = JSON.parse(
  readFileSync(path.join(plugin, 'package.json'), 'utf8'),
).exports

/** The subpaths the site may use: pure TypeScript, no Payload, React, Next or database. */
const pureSubpaths = ['./domain', './adapters', './sealed-box', './preview-token']
/** What pure modules may import besides each other: node:crypto for the sealed box and the preview tokens, which run on the site's server only. */
const allowed = [/^zod(\/|$)/, /^csv-stringify\/sync$/, /^node:crypto$/]

const specifiers = (source: string) =>
  [...source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'/g)].map((m) => m[1])

/** Every module a file reaches through relative imports, with the bare imports of each. */
function reach(entry: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(entry)) return seen
  const imports = specifiers(readFileSync(entry, 'utf8'))
  seen.set(
    entry,
    imports.filter((s) => !s.startsWith('.')),
  )
  for (const relative of imports.filter((s) => s.startsWith('.'))) {
    const base = path.resolve(path.dirname(entry), relative)
    const file = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => {
      try {
        return readFileSync(candidate) && true
      } catch {
        return false
      }
    })
    if (!file) throw new Error(`${entry}: cannot resolve ${relative}`)
    reach(file, seen)
  }
  return seen
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)],
  )

describe("the plugin's pure subpaths", () => {
  it.each(pureSubpaths)(
    '%s is declared and imports nothing of Payload, React, Next or the database',
    (subpath) => {
      expect(exportsMap[subpath], `package.json exports ${subpath}`).toBeDefined()
      for (const [file, bare] of reach(path.join(plugin, exportsMap[subpath]))) {
        const impure = bare.filter((s) => !allowed.some((pattern) => pattern.test(s)))
        expect(impure, path.relative(plugin, file)).toEqual([])
      }
    },
  )

  it('are all the site takes from the plugin (besides HTTP)', () => {
    const used = filesUnder(site)
      .filter((file) => /\.(ts|tsx|astro)$/.test(file))
      .flatMap((file) =>
        specifiers(readFileSync(file, 'utf8'))
          .filter((s) => s.startsWith('@stodportalen/support-services'))
          .map((s) => [path.relative(site, file), s]),
      )
    expect(used.length).toBeGreaterThan(0)
    for (const [file, specifier] of used)
      expect(
        pureSubpaths.map((p) => `@stodportalen/support-services${p.slice(1)}`),
        file,
      ).toContain(specifier)
  })
})
