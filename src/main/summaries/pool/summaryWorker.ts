/**
 * A summary worker thread (run by piscina, see summaryPool.ts): it opens the database
 * read-only with the installation's key, gathers one intake's summary and lays out its PDF, so
 * the 100 ms or more that pdfmake takes never holds up the app's event loop.
 *
 * Built as its own entry (out/main/summaryWorker.js, see electron.vite.config.ts); run from
 * source under tsx in the CLI and in tests.
 */
import { workerData } from 'node:worker_threads'
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { createUserRepository } from '../../auth/userRepository'
import { openKeyedDatabase } from '../../db/keyedDatabase'
import { ConflictError, NotFoundError } from '../../door/errors'
import { createIntakeRepository } from '../../intakes/intakeRepository'
import { createPatientRepository } from '../../patients/patientRepository'
import { createReviewRepository } from '../../reviews/reviewRepository'
import { createSettingsRepository } from '../../settings/settingsRepository'
import { createSummaryService } from '../summaryService'
import { runThisThreadInBackground } from './backgroundPriority'
import { summaryTaskSchema, summaryWorkerSetupSchema } from './summaryTask'
import type { SummaryOutcome, SummaryTask, SummaryWorkerSetup } from './summaryTask'

const setup = summaryWorkerSetupSchema.parse(workerData)
runThisThreadInBackground()

function openReadOnly(options: SummaryWorkerSetup): Database {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  if (options.key === null) {
    return new BetterSqlite3(options.file, { readonly: true, fileMustExist: true, ...binding })
  }
  return openKeyedDatabase(options.file, {
    key: Buffer.from(options.key),
    readonly: true,
    ...binding,
  })
}

/**
 * Renders one intake's summary on a connection opened for it and closed after. A connection
 * kept between tasks would hold the database file: the app's close could then not fold the
 * write-ahead log back in, and a restore swaps the file under it. Opening with the raw key
 * takes about a millisecond, beside 100 ms or more of layout.
 */
async function renderOnce(task: SummaryTask) {
  const db = openReadOnly(setup)
  try {
    // Busy only while the app checkpoints; a read waits for that instead of failing.
    db.pragma('busy_timeout = 5000')
    const users = createUserRepository(db)
    const service = createSummaryService(
      {
        intakes: createIntakeRepository(db),
        patients: createPatientRepository(db),
        reviews: createReviewRepository(db),
        settings: createSettingsRepository(db),
        personName: (id) => users.find(id)?.displayName ?? null,
      },
      () => new Date(task.generatedAt),
    )
    // One read transaction: the intake, its review and the settings come from the same moment.
    const summary = db.transaction(() =>
      service.input(task.intakeId, { fullAnswers: task.fullAnswers }),
    )()
    // The layout needs no database: the file is let go before it starts.
    db.close()
    return await service.renderInput(summary)
  } finally {
    if (db.open) db.close()
  }
}

export default async function renderSummaryTask(raw: unknown): Promise<SummaryOutcome> {
  const task = summaryTaskSchema.parse(raw)
  try {
    const { fileName, pdf } = await renderOnce(task)
    return { ok: true, fileName, pdf: new Uint8Array(pdf) }
  } catch (error) {
    if (error instanceof NotFoundError)
      return { ok: false, kind: 'not_found', message: error.message, ...error.coded }
    if (error instanceof ConflictError)
      return { ok: false, kind: 'conflict', message: error.message, ...error.coded }
    throw error
  }
}
