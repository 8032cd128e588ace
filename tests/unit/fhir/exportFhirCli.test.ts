import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ExportError } from '../../../src/main/cli/exportPdf'
import { exportFhirBundles } from '../../../src/main/cli/exportFhir'
import { fhirExportSelection } from '../../../src/main/cli/exportFhirCommand'
import { buildQuestionnaire } from '../../../src/main/fhir/questionnaireResource'
import { useTempDir } from '../support/tempDataDir'
import { expectOk } from '../support/testCore'
import {
  submittedIntake,
  twoSubmittedSameDayAndADraft,
  useSummaryCore,
} from '../summaries/summarySupport'
import { fhirSchemaErrors } from './fhirSchema'

const openCore = useSummaryCore()
const tempDir = useTempDir()

describe('export-fhir', () => {
  it('writes one Bundle per submitted intake and the Questionnaire beside them, 0600, audited', async () => {
    const { core, as } = openCore()
    const api = as('front_desk')
    const { first, again } = await twoSubmittedSameDayAndADraft(api)
    const out = join(tempDir(), 'out')
    const progress: string[] = []

    const result = await exportFhirBundles(core, out, { kind: 'all' }, (done, total) =>
      progress.push(`${done}/${total}`),
    )

    const questionnaire = buildQuestionnaire()
    expect(result).toMatchObject({ exported: 2, skippedDrafts: 1 })
    expect(progress).toEqual(['1/2', '2/2'])
    expect(readdirSync(out).sort()).toEqual([
      `intake-fhir-2026-11-20-DEMO-1-intake-${again.id}.json`,
      'intake-fhir-2026-11-20-DEMO-1.json',
      `questionnaire-low-back-hip-${questionnaire.version}.json`,
    ])
    for (const name of readdirSync(out)) {
      expect(statSync(join(out, name)).mode & 0o777, name).toBe(0o600)
      const resource = JSON.parse(readFileSync(join(out, name), 'utf8')) as unknown
      expect(fhirSchemaErrors(resource), name).toEqual([])
    }
    const bundle = JSON.parse(
      readFileSync(join(out, 'intake-fhir-2026-11-20-DEMO-1.json'), 'utf8'),
    ) as {
      entry: { resource: { resourceType: string; questionnaire?: string } }[]
    }
    // Each Bundle's response names the Questionnaire file written beside it, version and all.
    const response = bundle.entry.find((e) => e.resource.resourceType === 'QuestionnaireResponse')
    expect(response?.resource.questionnaire).toBe(`${questionnaire.url}|${questionnaire.version}`)
    const audited = core.db
      .prepare(
        "SELECT shell, action, entity_id AS id FROM audit_log WHERE channel = 'fhir.exportToFolder' ORDER BY id",
      )
      .all()
    expect(audited).toEqual([
      { shell: 'cli', action: 'export', id: first.intakeId },
      { shell: 'cli', action: 'export', id: again.id },
    ])
  })

  it('refuses a draft or an unknown intake with a message to act on', async () => {
    const { core, as } = openCore()
    const api = as('front_desk')
    const { patientId } = await submittedIntake(api, {})
    const { intake: draft } = expectOk(await api.intakes.start({ patientId }))
    const out = join(tempDir(), 'out')
    await expect(exportFhirBundles(core, out, { kind: 'one', intakeId: draft.id })).rejects.toThrow(
      new ExportError(
        `Intake ${draft.id} is still a draft; only submitted intakes can be exported.`,
      ),
    )
    await expect(exportFhirBundles(core, out, { kind: 'one', intakeId: 99 })).rejects.toThrow(
      'There is no intake number 99.',
    )
  })

  it('reads its options strictly', () => {
    expect(fhirExportSelection({ intake: '3' })).toMatch(
      /--out DIR: the folder to write the FHIR files into/,
    )
    expect(fhirExportSelection({ out: 'x', all: true, intake: '3' })).toMatch(/not both/)
    expect(fhirExportSelection({ out: 'x', intake: '3' })).toEqual({
      outDir: 'x',
      selection: { kind: 'one', intakeId: 3 },
    })
  })
})
