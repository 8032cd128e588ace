import { join } from 'node:path'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterEach } from 'vitest'
import { openCore } from '../../../src/main/core'
import type { Core } from '../../../src/main/core'
import { silentLogger } from '../../../src/main/log'
import type { DesktopFileActions } from '../../../src/main/summaries/desktopFileActions'
import type { ClinicApi } from '../../../src/shared/contract/client'
import type { Role } from '../../../src/shared/contract/roles'
import type { Answers } from '../../../src/shared/intake/answers'
import type { PatientFields } from '../../../src/shared/patients/patient'
import { signedInClient } from '../support/signedInClient'
import { useTempDir } from '../support/tempDataDir'
import { startAndSubmitIntake, submitIntakeForNewPatient } from '../support/submitIntake'
import { expectOk } from '../support/testCore'

export const FIXED_NOW = new Date('2026-11-26T10:00:00Z')

export interface SummaryTestCore {
  readonly core: Core
  /** The typed client signed in as a member of staff with `role` (one account per role). */
  as(role: Role): ClinicApi
}

/** A core on a temporary folder; summaries need several roles (admin settings, clinician review). */
export function useSummaryCore(): (options?: {
  desktopFileActions?: DesktopFileActions
}) => SummaryTestCore {
  const tempDir = useTempDir()
  const opened: Core[] = []
  afterEach(() => {
    while (opened.length) opened.pop()?.close()
  })
  return (options = {}) => {
    const core = openCore({
      dataDir: join(tempDir(), 'data'),
      log: silentLogger,
      now: () => FIXED_NOW,
      ...(options.desktopFileActions ? { desktopFileActions: options.desktopFileActions } : {}),
    })
    opened.push(core)
    const userIds: Record<Role, number> = { front_desk: 1, clinician: 2, admin: 3 }
    return {
      core,
      as: (role) => signedInClient(core, role, { userId: userIds[role] }),
    }
  }
}

/** A patient with a submitted intake; returns the ids. */
export async function submittedIntake(
  api: ClinicApi,
  answers: Answers,
  patient: Partial<PatientFields> = {},
): Promise<{ intakeId: number; patientId: number }> {
  return submitIntakeForNewPatient(api, answers, { patient, visitDate: '2026-11-20' })
}

/**
 * Patient DEMO-1 seen twice on 2026-11-20 (both intakes submitted, so the second file needs its
 * intake number) plus a third intake left as a draft: what a folder export must pass over.
 */
export async function twoSubmittedSameDayAndADraft(
  api: ClinicApi,
): Promise<{ first: { intakeId: number; patientId: number }; again: { id: number } }> {
  const first = await submittedIntake(api, { painNow: 3 }, { recordNumber: 'DEMO-1' })
  const againId = await startAndSubmitIntake(api, first.patientId, '2026-11-20', {})
  expectOk(await api.intakes.start({ patientId: first.patientId }))
  return { first, again: { id: againId } }
}

export async function renderSummary(api: ClinicApi, intakeId: number): Promise<Buffer> {
  const { pdfBase64 } = expectOk(await api.summaries.render({ intakeId }))
  return Buffer.from(pdfBase64, 'base64')
}

/** Text as a reader would search it: Unicode composed the same way, runs of spaces as one. */
export function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

export interface PdfText {
  readonly pages: string[]
  readonly all: string
}

/** The text of every page, extracted with pdf.js (through unpdf). */
export async function pdfText(pdf: Buffer): Promise<PdfText> {
  // pdf.js takes ownership of the bytes it is given, so it gets a copy.
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: false })
  const pages = text.map(normalise)
  return { pages, all: pages.join(' ') }
}

/** Width and height of page 1 in points. */
export async function firstPageSize(pdf: Buffer): Promise<{ width: number; height: number }> {
  const document = await getDocumentProxy(new Uint8Array(pdf))
  const page = await document.getPage(1)
  const [x0, y0, x1, y1] = page.view as [number, number, number, number]
  return { width: Math.round(x1 - x0), height: Math.round(y1 - y0) }
}
