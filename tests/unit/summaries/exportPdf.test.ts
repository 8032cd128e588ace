import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ExportError, exportPdfs } from '../../../src/main/cli/exportPdf'
import { exportSelection } from '../../../src/main/cli/exportPdfCommand'
import { useTempDir } from '../support/tempDataDir'
import { expectOk } from '../support/testCore'
import {
  pdfText,
  submittedIntake,
  twoSubmittedSameDayAndADraft,
  useSummaryCore,
} from './summarySupport'

const openCore = useSummaryCore()
const tempDir = useTempDir()

describe('export-pdf', () => {
  it('writes every submitted intake, passes over drafts, reports progress and audits each', async () => {
    const { core, as } = openCore()
    const api = as('front_desk')
    const { first, again } = await twoSubmittedSameDayAndADraft(api)
    const out = join(tempDir(), 'out')
    const progress: string[] = []

    const result = await exportPdfs(core, out, { kind: 'all' }, (done, total) =>
      progress.push(`${done}/${total}`),
    )

    expect(result).toMatchObject({ exported: 2, skippedDrafts: 1 })
    expect(progress).toEqual(['1/2', '2/2'])
    expect(readdirSync(out).sort()).toEqual([
      `intake-summary-2026-11-20-DEMO-1-intake-${again.id}.pdf`,
      'intake-summary-2026-11-20-DEMO-1.pdf',
    ])
    const text = await pdfText(readFileSync(join(out, 'intake-summary-2026-11-20-DEMO-1.pdf')))
    expect(text.all).toContain('Record no.: DEMO-1')
    const audited = core.db
      .prepare("SELECT shell, entity_id AS id FROM audit_log WHERE action = 'export' ORDER BY id")
      .all()
    expect(audited).toEqual([
      { shell: 'cli', id: first.intakeId },
      { shell: 'cli', id: again.id },
    ])
  })

  it('refuses a draft or an unknown intake with a message to act on', async () => {
    const { core, as } = openCore()
    const api = as('front_desk')
    const { patientId } = await submittedIntake(api, {})
    const { intake: draft } = expectOk(await api.intakes.start({ patientId }))
    const out = join(tempDir(), 'out')
    await expect(exportPdfs(core, out, { kind: 'one', intakeId: draft.id })).rejects.toThrow(
      new ExportError(
        `Intake ${draft.id} is still a draft; only submitted intakes have a summary.`,
      ),
    )
    await expect(exportPdfs(core, out, { kind: 'one', intakeId: 99 })).rejects.toThrow(
      'There is no intake number 99.',
    )
  })

  it('reads its options strictly', () => {
    expect(exportSelection({ intake: '3' })).toMatch(/--out DIR/)
    expect(exportSelection({ out: 'x' })).toMatch(/--intake ID .* or --all/)
    expect(exportSelection({ out: 'x', all: true, intake: '3' })).toMatch(/not both/)
    expect(exportSelection({ out: 'x', intake: '1.5' })).toMatch(/intake number/)
    expect(exportSelection({ out: 'x', intake: '3' })).toEqual({
      outDir: 'x',
      selection: { kind: 'one', intakeId: 3 },
      options: { fullAnswers: false },
    })
  })
})
