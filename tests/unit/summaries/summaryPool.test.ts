import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { createUserRepository } from '../../../src/main/auth/userRepository'
import { openCore } from '../../../src/main/core'
import { databaseFile } from '../../../src/main/dataDir'
import type { Core } from '../../../src/main/core'
import { DEMO_ANSWER_SETS } from '../../../src/main/demo/demoAnswerSets'
import { createIntakeRepository } from '../../../src/main/intakes/intakeRepository'
import { silentLogger } from '../../../src/main/log'
import { createPatientRepository } from '../../../src/main/patients/patientRepository'
import { createReviewRepository } from '../../../src/main/reviews/reviewRepository'
import { createSettingsRepository } from '../../../src/main/settings/settingsRepository'
import { BACKGROUND_NICE } from '../../../src/main/summaries/pool/backgroundPriority'
import { summaryWorkerFile } from '../../../src/main/summaries/pool/workerFile'
import { createSummaryService } from '../../../src/main/summaries/summaryService'
import type { ClinicApi } from '../../../src/shared/contract/client'
import { fakePatient } from '../support/patientFixtures'
import { signedInClient } from '../support/signedInClient'
import { useTempDir } from '../support/tempDataDir'
import { expectOk } from '../support/testCore'
import { FIXED_NOW, pdfText, renderSummary, submittedIntake } from './summarySupport'

const tempDir = useTempDir()
const opened: Core[] = []
afterEach(() => {
  while (opened.length) opened.pop()?.close()
})

/** A core as the app opens it: summaries rendered by the worker pool. */
function pooledCore(): { core: Core; desk: ClinicApi; admin: ClinicApi } {
  const core = openCore({
    dataDir: join(tempDir(), 'data'),
    log: silentLogger,
    now: () => FIXED_NOW,
  })
  opened.push(core)
  return {
    core,
    desk: signedInClient(core, 'front_desk', { userId: 1 }),
    admin: signedInClient(core, 'admin', { userId: 3 }),
  }
}

/** The same summary rendered on the event loop, from the core's own connection. */
function inlineService(core: Core) {
  const users = createUserRepository(core.db)
  return createSummaryService(
    {
      intakes: createIntakeRepository(core.db),
      patients: createPatientRepository(core.db),
      reviews: createReviewRepository(core.db),
      settings: createSettingsRepository(core.db),
      personName: (id) => users.find(id)?.displayName ?? null,
    },
    () => FIXED_NOW,
  )
}

const RICH_ANSWERS = DEMO_ANSWER_SETS[0]?.answers ?? { painNow: 6 }

describe('summaries rendered by the worker pool', () => {
  it('are the same PDF as one rendered inline: same pages, same text, same file name', async () => {
    const { core, desk } = pooledCore()
    const { intakeId } = await submittedIntake(desk, RICH_ANSWERS, {
      givenName: 'Renée',
      familyName: 'Demo-Brontë',
      recordNumber: 'DEMO-000042',
    })
    const pooled = expectOk(await desk.summaries.render({ intakeId }))
    const inline = await inlineService(core).render(intakeId)

    expect(pooled.fileName).toBe(inline.fileName)
    const fromPool = await pdfText(Buffer.from(pooled.pdfBase64, 'base64'))
    const fromInline = await pdfText(inline.pdf)
    expect(fromPool.pages.length).toBe(fromInline.pages.length)
    expect(fromPool.pages).toEqual(fromInline.pages)
    expect(fromPool.all).toContain('Demo-Brontë')
  })

  it('read what was committed a moment ago (the worker has its own connection)', async () => {
    const { desk, admin } = pooledCore()
    const { intakeId } = await submittedIntake(desk, { painNow: 4 })
    await renderSummary(desk, intakeId)
    expectOk(
      await admin.settings.update({
        clinicName: 'Harbor Demo Spine Clinic',
        clinicAddress: '12 Example Street',
        paperSize: 'A4',
        version: 1,
      }),
    )
    const { all } = await pdfText(await renderSummary(desk, intakeId))
    expect(all).toContain('Harbor Demo Spine Clinic')
  })

  it('answer a missing intake and a draft as the door always has', async () => {
    const { desk } = pooledCore()
    const missing = await desk.summaries.render({ intakeId: 999 })
    expect(missing).toMatchObject({ ok: false, error: { kind: 'not_found' } })
    const patient = expectOk(await desk.patients.create(fakePatient()))
    const { intake } = expectOk(
      await desk.intakes.start({ patientId: patient.id, visitDate: '2026-11-20' }),
    )
    const draft = await desk.summaries.render({ intakeId: intake.id })
    expect(draft).toMatchObject({ ok: false, error: { kind: 'conflict' } })
    if (draft.ok) return
    expect(draft.error.message).toMatch(/still a draft/)
  })

  // Issue 13, item 7: the pool rebuilt a refusal from its message alone, so the screen showed the
  // kind's generic words instead of what exactly went wrong.
  it('carry a refusal’s code and params through, as an inline render sends them', async () => {
    const { desk } = pooledCore()
    expect(await desk.summaries.render({ intakeId: 999 })).toMatchObject({
      ok: false,
      error: { kind: 'not_found', code: 'intake_missing' },
    })
    const patient = expectOk(await desk.patients.create(fakePatient()))
    const { intake } = expectOk(
      await desk.intakes.start({ patientId: patient.id, visitDate: '2026-11-20' }),
    )
    expect(await desk.summaries.render({ intakeId: intake.id })).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'summary_of_draft' },
    })
  })

  it('leave the database to close cleanly, the write-ahead log folded back in', async () => {
    const { core, desk } = pooledCore()
    const { intakeId } = await submittedIntake(desk, { painNow: 4 })
    await renderSummary(desk, intakeId)
    const file = databaseFile(dirname(core.db.name))
    opened.pop()?.close()
    expect(existsSync(`${file}-wal`)).toBe(false)
  })

  it('keep the event loop answering while 20 PDFs render', async () => {
    const { desk } = pooledCore()
    const { intakeId } = await submittedIntake(desk, RICH_ANSWERS)
    const TICK_MS = 5
    let ticks = 0
    let longestGap = 0
    let last = performance.now()
    const timer = setInterval(() => {
      const at = performance.now()
      longestGap = Math.max(longestGap, at - last)
      last = at
      ticks += 1
    }, TICK_MS)
    const loopBefore = performance.eventLoopUtilization()
    try {
      const started = performance.now()
      const renders = await Promise.all(
        Array.from({ length: 20 }, () => desk.summaries.render({ intakeId })),
      )
      const elapsed = performance.now() - started
      longestGap = Math.max(longestGap, performance.now() - last)
      const busy = performance.eventLoopUtilization(loopBefore).utilization
      for (const render of renders) expect(render.ok).toBe(true)
      // Rendered on the event loop, the 20 PDFs keep it busy throughout (utilisation 1) and the
      // timer does not fire once in seconds. Through the pool the loop is mostly idle and the
      // timer keeps firing; the bounds leave room for a machine busy with other work.
      expect(busy).toBeLessThan(0.5)
      expect(ticks).toBeGreaterThan(elapsed / TICK_MS / 4)
      expect(longestGap).toBeLessThan(500)
    } finally {
      clearInterval(timer)
    }
  })
})

/** Each thread of this process with its nice value (Linux: field 19 of its stat line). */
function threadNiceValues(): { tid: number; nice: number }[] {
  return readdirSync('/proc/self/task').flatMap((tid) => {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      return [{ tid: Number(tid), nice: Number(fields[16]) }]
    } catch {
      return []
    }
  })
}

describe.runIf(process.platform === 'linux')('summary workers on Linux', () => {
  it('lay out PDFs at background priority, leaving the event loop its own', async () => {
    const { desk } = pooledCore()
    const mainNice = threadNiceValues().find((thread) => thread.tid === process.pid)?.nice
    const { intakeId } = await submittedIntake(desk, { painNow: 4 })
    await renderSummary(desk, intakeId)
    const threads = threadNiceValues()
    expect(threads.some((thread) => thread.nice === BACKGROUND_NICE)).toBe(true)
    expect(threads.find((thread) => thread.tid === process.pid)?.nice).toBe(mainNice)
  })
})

describe('the summary worker file', () => {
  it('is found beside a bundle, beside its shared chunk, or as TypeScript source', () => {
    const out = join(tempDir(), 'out', 'main')
    mkdirSync(join(out, 'chunks'), { recursive: true })
    writeFileSync(join(out, 'summaryWorker.js'), '')
    const fromEntry = summaryWorkerFile(pathToFileURL(join(out, 'serve.js')).href)
    expect(fromEntry).toEqual({ filename: join(out, 'summaryWorker.js'), execArgv: [] })
    const fromChunk = summaryWorkerFile(pathToFileURL(join(out, 'chunks', 'core-1a2b.js')).href)
    expect(fromChunk.filename).toBe(join(out, 'summaryWorker.js'))

    const fromSource = summaryWorkerFile()
    expect(fromSource.filename).toMatch(
      /src[/\\]main[/\\]summaries[/\\]pool[/\\]summaryWorker\.ts$/,
    )
    expect(fromSource.execArgv[0]).toBe('--import')
  })
})
