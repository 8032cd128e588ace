// Benchmark of the PDF summary: the default two-page summary built and rendered (fonts already
// loaded) beside pdfmake's own floor, a one-line document, in the same run; the same summary with
// "Include every question" for comparison; and a batch export of 100 default summaries through the
// CLI's path (database reads, rendering, files, audit entries).
//
// Alone: `npx tsx bench/pdf.ts` (a temporary database of 100 intakes, not the 1.9 GB one).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { exportPdfs } from '../src/main/cli/exportPdf'
import { openCore } from '../src/main/core'
import type { Core } from '../src/main/core'
import { DEMO_ANSWER_SETS } from '../src/main/demo/demoAnswerSets'
import { createIntakeRepository } from '../src/main/intakes/intakeRepository'
import { patientContextAtVisit } from '../src/shared/intake/patientContextAtVisit'
import { silentLogger } from '../src/main/log'
import { createPatientRepository } from '../src/main/patients/patientRepository'
import { configurePdfmake, renderPdf } from '../src/main/summaries/pdf/pdfEngine'
import { renderSummaryPdf } from '../src/main/summaries/renderSummary'
import type { SummaryInput } from '../src/main/summaries/summaryInput'
import { bodyMapSvgSource } from '../src/main/summaries/summaryService'
import { assess } from '../src/shared/clinical/assess'
import type { Patient } from '../src/shared/patients/patient'
import { roundMs, timeEach } from './support/stats'

const RUNS = 40
const BATCH = 100

const patient: Patient = {
  id: 1,
  givenName: 'Łukasz',
  familyName: 'Demo-Żółć',
  dateOfBirth: '1979-03-04',
  sex: 'male',
  recordNumber: 'DEMO-000001',
  phone: null,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  version: 1,
}

/**
 * A summary as the app would print it, built in memory so only the PDF work is timed. By default
 * the two-page summary the buttons and export-pdf make unless asked for every question.
 */
function summaryInput(fullAnswers = false): SummaryInput {
  const set = DEMO_ANSWER_SETS[1] ?? DEMO_ANSWER_SETS[0]
  if (!set) throw new Error('no demo answers')
  const assessment = assess(patientContextAtVisit(patient, '2026-11-20'), set.answers)
  return {
    intake: {
      id: 1,
      patientId: 1,
      status: 'submitted',
      visitDate: '2026-11-20',
      step: 'review',
      values: {},
      answers: set.answers,
      assessment,
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:30:00.000Z',
      submittedAt: '2026-11-20T09:30:00.000Z',
      submittedBy: null,
      submittedByName: null,
      enteredInError: null,
      version: 2,
    },
    patient,
    answers: set.answers,
    assessment,
    review: null,
    settings: {
      clinicName: 'Harbor Demo Spine Clinic',
      clinicAddress: '12 Example Street\nSampletown AB1 2CD',
      paperSize: 'A4',
    },
    generatedAt: new Date('2026-11-20T10:00:00.000Z'),
    timeZone: 'UTC',
    bodyMapSvg: bodyMapSvgSource(),
    fullAnswers,
  }
}

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length
}

/** A database with `count` patients, each with one submitted intake. */
export function seededCore(
  dataDir: string,
  count: number,
  options: { readonly renderSummariesInline?: boolean } = {},
) {
  const core = openCore({ dataDir, log: silentLogger, ...options })
  seedSubmittedIntakes(core, count)
  return core
}

/**
 * Adds `count` obviously fake patients to an open core, each with one submitted intake, in one
 * transaction; returns the intakes' ids. The clinic-server benchmark seeds its server this way.
 */
export function seedSubmittedIntakes(core: Pick<Core, 'db'>, count: number): number[] {
  const patients = createPatientRepository(core.db)
  const intakes = createIntakeRepository(core.db)
  const now = new Date().toISOString()
  const ids: number[] = []
  core.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const created = patients.create(
        {
          givenName: 'Bench',
          familyName: `Demo-${i}`,
          dateOfBirth: '1970-01-01',
          sex: 'female',
          recordNumber: `DEMO-B${i}`,
          phone: null,
        },
        now,
      )
      const set = DEMO_ANSWER_SETS[i % DEMO_ANSWER_SETS.length] ?? DEMO_ANSWER_SETS[0]
      if (!set) throw new Error('no demo answers')
      const intake = intakes.start(created.id, '2026-11-20', now, null)
      intakes.submit(intake.id, intake.version, {
        answers: set.answers,
        assessment: assess(patientContextAtVisit(created, '2026-11-20'), set.answers),
        submittedAt: now,
        submittedBy: null,
      })
      ids.push(intake.id)
    }
  })()
  return ids
}

export async function benchPdf(): Promise<{ label: string; value: number; unit: string }[]> {
  configurePdfmake()
  const pages = pageCount(await renderSummaryPdf(summaryInput()))
  // The figure is the two-page summary's: a layout change that spills onto a third page must be
  // seen here, not timed as if nothing had changed.
  if (pages > 2) throw new Error(`the default summary has ${pages} pages, not at most 2`)
  const fullPages = pageCount(await renderSummaryPdf(summaryInput(true)))
  const summary = await timeEach(RUNS, () => renderSummaryPdf(summaryInput()), 5)
  const floor = await timeEach(
    RUNS,
    () => renderPdf({ pageSize: 'A4', pageMargins: [40, 40, 40, 40], content: ['One line.'] }),
    5,
  )
  const full = await timeEach(RUNS, () => renderSummaryPdf(summaryInput(true)), 5)

  const dir = mkdtempSync(join(tmpdir(), 'clinic-intake-bench-pdf-'))
  let batchMs: number
  try {
    const core = seededCore(join(dir, 'data'), BATCH)
    try {
      const start = performance.now()
      const result = await exportPdfs(core, join(dir, 'out'), { kind: 'all' })
      batchMs = performance.now() - start
      if (result.exported !== BATCH) throw new Error(`exported ${result.exported}, not ${BATCH}`)
    } finally {
      core.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }

  return [
    {
      // bench/run.ts finds this row by its start, "one summary".
      label: `one summary, the default two-page one: ${pages} pages (median, fonts loaded)`,
      value: roundMs(summary.median),
      unit: 'ms',
    },
    {
      label: 'pdfmake one-line document (median, same run)',
      value: roundMs(floor.median),
      unit: 'ms',
    },
    {
      label: `with "Include every question": ${fullPages} pages (median, same run)`,
      value: roundMs(full.median),
      unit: 'ms',
    },
    {
      label: `export ${BATCH} summaries (CLI path, files and audit)`,
      value: roundMs(batchMs),
      unit: 'ms',
    },
  ]
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const row of await benchPdf()) console.log(`${row.label}: ${row.value} ${row.unit}`)
}
