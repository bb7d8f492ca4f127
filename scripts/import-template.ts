import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import {
  importTemplateCsv,
  importTemplateXlsx,
} from '../plugins/support-services/src/operations/caseloadImport/template'

/** Writes the import template and its filled example to docs/import/, from the column definitions. */
const dir = path.join(import.meta.dirname, '..', 'docs', 'import')
await writeFile(path.join(dir, 'mall.xlsx'), await importTemplateXlsx())
await writeFile(path.join(dir, 'mall.csv'), importTemplateCsv())
await writeFile(path.join(dir, 'exempel.xlsx'), await importTemplateXlsx({ example: true }))
await writeFile(path.join(dir, 'exempel.csv'), importTemplateCsv({ example: true }))
