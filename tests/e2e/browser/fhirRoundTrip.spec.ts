// The FHIR round trip with a form engine nobody here wrote (issue 15): NLM's LHC-Forms renders
// our Questionnaire, shows an exported QuestionnaireResponse with every answer we gave, and its
// own filled-in response, imported through the patient's page, assesses like our own form.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { buildQuestionnaire } from '../../../src/main/fhir/questionnaireResource'
import type { Questionnaire } from '../../../src/main/fhir/questionnaireResource'
import { intakeQuestionSet } from '../../../src/main/fhir/questionSet'
import type { QuestionSpec } from '../../../src/main/fhir/questionSet'
import type { Answers } from '../../../src/shared/intake/answers'
import { expect, test } from '../support/fixtures'
import type { BrowserShell } from '../support/browserShell'
import { openApp } from '../support/openApp'
import { controlId, openLhcForms } from '../support/lhcForms'
import { rpc } from '../support/staffAccounts'
import { dateOfBirthForAge } from '../support/vignettes'
import { publicVignette, vignetteAgeAndSex } from '../../support/publicVignettes'
import { withScreeningRecorded } from '../../support/screening'

/** What the in-page code touches: LHC-Forms' API and element lookup, typed just enough. */
interface LhcPage {
  LForms: {
    Util: {
      addFormToPage(form: unknown, container: string, options?: unknown): Promise<void>
      convertFHIRQuestionnaireToLForms(questionnaire: unknown, version: string): unknown
      mergeFHIRDataIntoLForms(type: string, data: unknown, form: unknown, version: string): unknown
      getFormFHIRData(type: string, version: string, container: unknown): unknown
    }
  }
  document: {
    getElementById(
      id: string,
    ): { className: string; textContent: string | null; value?: string } | null
  }
}

const questions: QuestionSpec[] = intakeQuestionSet().flatMap((step) => [...step.questions])
const questionnaire: Questionnaire = buildQuestionnaire()
type Kind = QuestionSpec['kind']

interface Shown {
  key: string
  kind: Kind
  system: string
  values: (string | number | boolean)[]
}

/** Our answers as the controls LHC-Forms should show them. */
function expectedControls(answers: Answers): Shown[] {
  return questions.flatMap((question) => {
    const value = answers[question.key]
    if (value === undefined || value === '') return []
    return [
      {
        key: question.key,
        kind: question.kind,
        system: `urn:clinic-intake:codesystem:answer-value:${question.key}`,
        values: Array.isArray(value) ? value : [value],
      },
    ]
  })
}

async function submitThroughApi(
  shell: BrowserShell,
  patientId: number,
  answers: Answers,
): Promise<{ id: number; assessment: unknown }> {
  const { intake } = await rpc<{ intake: { id: number; version: number } }>(
    shell,
    'intakes.start',
    {
      patientId,
    },
  )
  const submitted = await rpc<{ intake: { id: number; assessment: unknown } }>(
    shell,
    'intakes.submit',
    { id: intake.id, version: intake.version, answers: withScreeningRecorded(answers) },
  )
  return submitted.intake
}

async function vignettePatient(shell: BrowserShell, vignetteId: string, familyName: string) {
  const { ageYears, sex } = vignetteAgeAndSex(publicVignette(vignetteId))
  return rpc<{ id: number }>(shell, 'patients.create', {
    givenName: 'Renée',
    familyName,
    dateOfBirth: dateOfBirthForAge(ageYears),
    sex,
  })
}

/** Answers with every multiple-choice list in one order: a set of choices has none of its own. */
function sortedLists(answers: Answers): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(answers).map(([key, value]) => [
      key,
      Array.isArray(value) ? [...(value as string[])].sort() : value,
    ]),
  )
}

/** Fills LHC-Forms' own controls the way a person would: clicks and typing. */
async function fillInLhcForms(lhc: Page, answers: Answers): Promise<void> {
  for (const shown of expectedControls(answers)) {
    const id = controlId(shown.key)
    for (const value of shown.values) {
      if (shown.kind === 'yesno') {
        await lhc.locator(`[id="${id}|${String(value)}"]`).click()
      } else if (typeof value === 'string' && ['single', 'multi', 'bodymap'].includes(shown.kind)) {
        await lhc.locator(`[id="${id}|${shown.system}|${value}"]`).click()
      } else {
        await lhc.locator(`[id="${id}"]`).fill(String(value))
        await lhc.locator(`[id="${id}"]`).press('Tab')
      }
    }
  }
}

test('LHC-Forms renders our Questionnaire, shows our answers, and its own response imports as ours', async ({
  page,
  shell,
}) => {
  test.setTimeout(180_000)
  await openApp(page, shell, 'front_desk')
  const lhc = await openLhcForms(page)

  // 1. Our Questionnaire in LHC-Forms: every question, in our words.
  await lhc.evaluate(async (form) => {
    const g = globalThis as unknown as LhcPage
    await g.LForms.Util.addFormToPage(form, 'formContainer', { fhirVersion: 'R4' })
  }, questionnaire)
  for (const question of questions) {
    await expect(lhc.locator(`[id="label-${controlId(question.key)}"]`)).toHaveText(question.text)
  }

  // 2. An intake exported from the review screen ("Export FHIR"), loaded into LHC-Forms.
  const exportedAnswers: Answers = {
    ...publicVignette('P02').answers,
    medications: 'Ibuprofen 400 mg',
    notes: 'Brontë, Renée: worse after the flight',
  }
  const first = await vignettePatient(shell, 'P02', 'Brontë-Demo')
  const exported = await submitThroughApi(shell, first.id, exportedAnswers)
  await page.goto(`${shell.origin}/#/review/${exported.id}`)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export FHIR' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^intake-fhir-.*\.json$/)
  const bundle = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    entry: { resource: { resourceType: string } }[]
  }
  const response = bundle.entry.find((e) => e.resource.resourceType === 'QuestionnaireResponse')
  expect(response).toBeDefined()

  const wrong = await lhc.evaluate(
    async ({ form, qr, expected }) => {
      const g = globalThis as unknown as LhcPage
      const util = g.LForms.Util
      const lforms = util.convertFHIRQuestionnaireToLForms(form, 'R4')
      const merged = util.mergeFHIRDataIntoLForms('QuestionnaireResponse', qr, lforms, 'R4')
      await util.addFormToPage(merged, 'formContainer')
      const problems: string[] = []
      for (const shown of expected) {
        const id = `${shown.key}/1/1`
        for (const value of shown.values) {
          if (shown.kind === 'yesno') {
            const label = g.document.getElementById(`${id}|${String(value)}`)
            if (!label?.className.includes('checked'))
              problems.push(`${shown.key}: ${String(value)}`)
          } else if (['single', 'multi', 'bodymap'].includes(shown.kind)) {
            const label = g.document.getElementById(`${id}|${shown.system}|${String(value)}`)
            if (!label?.className.includes('checked'))
              problems.push(`${shown.key}: ${String(value)}`)
          } else {
            const input = g.document.getElementById(id)
            if (input?.value !== String(value)) {
              problems.push(`${shown.key}: shows ${String(input?.value)}, not ${String(value)}`)
            }
          }
        }
      }
      return problems
    },
    { form: questionnaire, qr: response?.resource, expected: expectedControls(exportedAnswers) },
  )
  expect(wrong).toEqual([])

  // 3. A vignette filled in LHC-Forms itself; its response imported on the patient's page.
  const vignette = publicVignette('P02')
  await lhc.evaluate(async (form) => {
    const g = globalThis as unknown as LhcPage
    await g.LForms.Util.addFormToPage(form, 'formContainer', { fhirVersion: 'R4' })
  }, questionnaire)
  await fillInLhcForms(lhc, vignette.answers)
  const filled = await lhc.evaluate(() => {
    const g = globalThis as unknown as LhcPage
    return g.LForms.Util.getFormFHIRData(
      'QuestionnaireResponse',
      'R4',
      g.document.getElementById('formContainer'),
    )
  })

  const importedFor = await vignettePatient(shell, 'P02', 'Nuñez-Demo')
  await page.goto(`${shell.origin}/#/patients/${importedFor.id}/edit`)
  await expect(page.getByRole('heading', { name: 'Import from FHIR' })).toBeVisible()
  await page.getByLabel('QuestionnaireResponse file (.json)').setInputFiles({
    name: 'lhc-forms-response.json',
    mimeType: 'application/fhir+json',
    buffer: Buffer.from(JSON.stringify(filled)),
  })
  await expect(page).toHaveURL(/\/intakes\/\d+\/review/)
  const draftId = Number(/\/intakes\/(\d+)\/review/.exec(page.url())?.[1])
  const draft = await rpc<{ intake: { id: number; version: number; values: Answers } }>(
    shell,
    'intakes.get',
    { id: draftId },
  )
  // Exactly the vignette's answers, as LHC-Forms recorded them (it lists the choices of a
  // multiple-choice question in the form's order, not in the order they were ticked).
  expect(sortedLists(draft.intake.values)).toEqual(sortedLists(vignette.answers))
  const submitted = await rpc<{ intake: { assessment: unknown } }>(shell, 'intakes.submit', {
    id: draft.intake.id,
    version: draft.intake.version,
    answers: withScreeningRecorded(draft.intake.values),
  })
  // The same vignette entered through our own door, for a patient of the same age and sex.
  const ours = await submitThroughApi(shell, importedFor.id, vignette.answers)
  expect(submitted.intake.assessment).toEqual(ours.assessment)
})
