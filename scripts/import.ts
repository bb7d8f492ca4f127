/**
 * `npm run import -- <file> [--dry-run] [--good-rows-only] [--actor <admin e-mail>]`: the caseload
 * import of the admin's import page (/admin/import) for large files, against DATABASE_URL or the local
 * embedded PostgreSQL. Prints the same row errors (row, column, message) and counts. Exit code 0 when
 * the file was checked (dry run) or imported, 1 when it has row errors (nothing is stored unless
 * `--good-rows-only`, the admin's "import the good rows only"), 2 for a wrong call or a file that
 * cannot be read.
 *
 * `npm run import -- --list` lists the earlier imports; `npm run import -- --remove <id>` removes one
 * whole import within the days the install allows (plugin option `caseloadImport.removableDays`).
 */
import type { Payload, TypedUser } from 'payload'

import path from 'node:path'
import { parseArgs } from 'node:util'

import { repoRoot } from './system/cms'
import { dataFolders } from './system/index'
import { startEmbeddedPostgres } from './system/postgres'
import { localSecrets } from './system/secrets'

const usage = `Användning:
  npm run import -- <fil.xlsx|fil.csv> --dry-run
  npm run import -- <fil.xlsx|fil.csv> --actor <administratörens e-post> [--good-rows-only]
  npm run import -- --list
  npm run import -- --remove <importens id> --actor <administratörens e-post>`

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        'good-rows-only': { type: 'boolean', default: false },
        actor: { type: 'string' },
        list: { type: 'boolean', default: false },
        remove: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`)
    process.exit(2)
  }
})()
const file = positionals[0]
const needsActor = !values['dry-run'] && !values.list
if (
  values.help ||
  positionals.length > 1 ||
  (!file && !values.list && !values.remove) ||
  (needsActor && !values.actor)
) {
  console.error(usage)
  process.exit(values.help ? 0 : 2)
}

const dataRoot = path.resolve(process.env.DATA_DIR ?? path.join(repoRoot, '.data'))
const database = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: async () => {} }
  : await startEmbeddedPostgres({
      dataDir: path.join(dataRoot, 'postgres'),
      port: Number(process.env.POSTGRES_PORT ?? 54329),
    })
if (!process.env.DATABASE_URL) {
  // The Payload config reads these when it is imported: the same database and secrets as `npm start`.
  Object.assign(process.env, (await localSecrets(dataRoot)).secrets, dataFolders(dataRoot))
  process.env.DATABASE_URL = database.url
}
// A one-off process: the CMS runs the jobs queue (retention), never this.
process.env.JOBS_AUTORUN = 'false'

const { getPayload } = await import('payload')
const { default: config } = await import('../cms/src/payload.config')
const ops = await import('@stodportalen/support-services')
const payload = await getPayload({ config })

/** The admin who imports: events and the import record name them, as in the admin. */
async function actorOf(payload: Payload, email: string): Promise<TypedUser> {
  const { docs } = await payload.find({
    collection: payload.config.admin.user as 'users',
    where: { email: { equals: email.toLowerCase() } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const user = docs[0] && ({ ...docs[0], collection: payload.config.admin.user } as TypedUser)
  const allowed = user && payload.collections['caseload-imports'].config.access.read
  if (!user || !allowed || allowed({ req: { user, payload } as never }) !== true)
    throw new ops.ImportRefused(`${email} är inte en administratör som får importera ärenden.`)
  return user
}

function printReport(report: Awaited<ReturnType<typeof ops.importCaseload>>) {
  for (const e of report.errors) console.log(`Rad ${e.row}\t${e.column}\t${e.message}`)
  const { counts } = report
  if (counts.errors > report.errors.length)
    console.log(`(de första ${report.errors.length} felen visas)`)
  console.log(
    `Klara att importera: ${counts.ready}. Med fel: ${counts.errors}. Redan importerade: ${counts.alreadyImported}.`,
  )
}

async function main(): Promise<number> {
  if (values.list) {
    for (const b of await ops.listCaseloadImports(payload, { limit: 100 }))
      console.log(
        `${b.id}\t${b.createdAt}\t${b.fileName}\t${b.imported} ärenden\t${b.importedBy ?? '–'}\t${
          b.removedAt
            ? `borttagen ${b.removedAt} av ${b.removedBy ?? '–'}`
            : b.removableUntil
              ? `kan tas bort till ${b.removableUntil}`
              : 'kan inte längre tas bort'
        }`,
      )
    return 0
  }
  if (values.remove) {
    const user = await actorOf(payload, values.actor!)
    const { removed, fileName } = await ops.removeCaseloadImport(payload, {
      id: values.remove,
      user,
    })
    console.log(`Importen av ${fileName} är borttagen: ${removed} ärenden med sin historik.`)
    return 0
  }
  const importFile = { name: path.basename(file!), path: path.resolve(file!) }
  const started = performance.now()
  if (values['dry-run']) {
    const { report } = await ops.checkCaseload(payload, importFile)
    printReport(report)
    console.log(`Provkörning: ingenting är sparat (${seconds(started)} s).`)
    return report.counts.errors > 0 ? 1 : 0
  }
  const report = await ops.importCaseload(payload, {
    file: importFile,
    user: await actorOf(payload, values.actor!),
    acceptGoodRows: values['good-rows-only'],
  })
  printReport(report)
  console.log(
    `Importerade: ${report.imported} ärenden (import ${report.batchId ?? '–'}, ${seconds(started)} s).`,
  )
  return 0
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1)

let code: number
try {
  code = await main()
} catch (error) {
  // The refusals carry their Swedish message.
  if (error instanceof ops.ImportRefused) {
    if (error.report) printReport(error.report)
    console.error(error.message)
    code = 1
  } else if ((error as Error).name === 'ImportFileError') {
    console.error((error as Error).message)
    code = 2
  } else {
    // The database's own message, never the failed statement with its values (personal data).
    const { cause, message } = error as Error
    console.error(`Importen avbröts, ingenting är sparat: ${(cause as Error)?.message ?? message}`)
    code = 2
  }
}
await database.stop()
// Payload keeps a database client checked out, so the process would never end on its own.
process.exit(code)
