import { describe, expect, it } from 'vitest'
import type { DesktopFileActions } from '../../../src/main/summaries/desktopFileActions'
import { summaryFileName } from '../../../src/main/summaries/summaryFileName'
import { expectOk } from '../support/testCore'
import { renderSummary, submittedIntake, useSummaryCore } from './summarySupport'

const openCore = useSummaryCore()

function fakeDesktop(save: 'saved' | 'cancelled' = 'saved') {
  const calls: { kind: 'save' | 'print'; fileName: string | null; pdf: Buffer }[] = []
  const actions: DesktopFileActions = {
    savePdf: async (fileName, pdf) => {
      calls.push({ kind: 'save', fileName, pdf })
      return save
    },
    printPdf: async (pdf) => {
      calls.push({ kind: 'print', fileName: null, pdf })
      return 'printed'
    },
    saveJson: async () => save,
  }
  return { actions, calls }
}

describe('summaries.render', () => {
  it('gives the people who care for patients the PDF, with a file name without the name', async () => {
    const { as } = openCore()
    const { intakeId } = await submittedIntake(
      as('front_desk'),
      { painNow: 4 },
      {
        givenName: 'Zoë',
        familyName: 'Ærøskøbing',
        recordNumber: 'DEMO/7',
      },
    )
    for (const role of ['front_desk', 'clinician'] as const) {
      const rendered = expectOk(await as(role).summaries.render({ intakeId }))
      expect(rendered.fileName).toBe('intake-summary-2026-11-20-DEMO-7.pdf')
      expect(Buffer.from(rendered.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    }
    // Administrators manage the system and do not see patient records.
    expect(await as('admin').summaries.render({ intakeId })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    })
  })

  it('refuses a draft: a summary shows submitted answers only', async () => {
    const { as } = openCore()
    const api = as('front_desk')
    const patient = expectOk(
      await api.patients.create({
        givenName: 'Testy',
        familyName: 'Draft',
        dateOfBirth: '1980-01-01',
        sex: 'other',
      }),
    )
    const { intake } = expectOk(await api.intakes.start({ patientId: patient.id }))
    const result = await api.summaries.render({ intakeId: intake.id })
    expect(result).toMatchObject({ ok: false, error: { kind: 'conflict' } })
    expect(await api.summaries.render({ intakeId: 9999 })).toMatchObject({
      ok: false,
      error: { kind: 'not_found' },
    })
  })

  it('records each export and print in the audit trail', async () => {
    const { as, core } = openCore()
    const api = as('front_desk')
    const { intakeId } = await submittedIntake(api, { painNow: 4 })
    await renderSummary(api, intakeId)
    expectOk(await api.summaries.renderForPrint({ intakeId }))
    const rows = core.db
      .prepare(
        "SELECT action, channel, entity_id AS intakeId, outcome FROM audit_log WHERE channel LIKE 'summaries.%' ORDER BY id",
      )
      .all()
    expect(rows).toEqual([
      { action: 'export', channel: 'summaries.render', intakeId, outcome: 'ok' },
      { action: 'print', channel: 'summaries.renderForPrint', intakeId, outcome: 'ok' },
    ])
  })
})

describe('the desktop save and print dialogs', () => {
  it('are refused with a clear message in the browser shell', async () => {
    const { as } = openCore()
    const api = as('front_desk')
    const { intakeId } = await submittedIntake(api, { painNow: 4 })
    for (const result of [
      await api.summaries.saveToFile({ intakeId }),
      await api.summaries.print({ intakeId }),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { kind: 'bad_request' } })
      if (!result.ok) expect(result.error.message).toContain('only in the desktop app')
    }
  })

  it('get the rendered PDF and its file name, and report a cancel as such', async () => {
    const desktop = fakeDesktop('cancelled')
    const { as } = openCore({ desktopFileActions: desktop.actions })
    const api = as('clinician')
    const { intakeId } = await submittedIntake(api, { painNow: 4 }, { recordNumber: 'DEMO-1' })
    expect(expectOk(await api.summaries.saveToFile({ intakeId }))).toEqual({ outcome: 'cancelled' })
    expect(expectOk(await api.summaries.print({ intakeId }))).toEqual({ outcome: 'printed' })
    expect(desktop.calls.map((call) => [call.kind, call.fileName])).toEqual([
      ['save', 'intake-summary-2026-11-20-DEMO-1.pdf'],
      ['print', null],
    ])
    for (const call of desktop.calls) expect(call.pdf.subarray(0, 5).toString()).toBe('%PDF-')
  })
})

describe('summary file names', () => {
  it('use the record number made safe, or the intake number when there is none', () => {
    expect(summaryFileName({ id: 7, visitDate: '2026-01-02' }, { recordNumber: null })).toBe(
      'intake-summary-2026-01-02-intake-7.pdf',
    )
    expect(summaryFileName({ id: 7, visitDate: '2026-01-02' }, { recordNumber: '../A/b.c' })).toBe(
      'intake-summary-2026-01-02-A-b.c.pdf',
    )
  })
})
