import { describe, expect, it } from 'vitest'
import type { DesktopFileActions } from '../../../src/main/summaries/desktopFileActions'
import { submittedIntake, useSummaryCore } from '../summaries/summarySupport'
import { fhirSchemaErrors } from './fhirSchema'

const openCore = useSummaryCore()

describe('Export FHIR in the desktop shell', () => {
  it('saves the Bundle through the save dialog, and only there', async () => {
    const saved: { fileName: string; json: string }[] = []
    const desktopFileActions: DesktopFileActions = {
      savePdf: async () => 'saved',
      printPdf: async () => 'printed',
      saveJson: async (fileName, json) => {
        saved.push({ fileName, json })
        return 'saved'
      },
    }
    const { as } = openCore({ desktopFileActions })
    const api = as('clinician')
    const { intakeId } = await submittedIntake(as('front_desk'), { painNow: 4 })
    expect(await api.fhir.saveBundleToFile({ intakeId })).toEqual({
      ok: true,
      value: { outcome: 'saved' },
    })
    expect(saved).toHaveLength(1)
    expect(saved[0]?.fileName).toBe(`intake-fhir-2026-11-20-intake-${intakeId}.json`)
    expect(fhirSchemaErrors(JSON.parse(saved[0]?.json ?? '{}'))).toEqual([])

    const browser = openCore()
    const { intakeId: other } = await submittedIntake(browser.as('front_desk'), {})
    expect(await browser.as('clinician').fhir.saveBundleToFile({ intakeId: other })).toMatchObject({
      ok: false,
      error: { kind: 'bad_request', message: expect.stringMatching(/only in the desktop app/) },
    })
  })
})
