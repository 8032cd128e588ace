// Issue 13, item 7: the FHIR import listed each problem in the server's English, and a refused
// export or import showed `error.message`. The import's problems are now coded (with the values
// they name) and worded from the locale files, like every other refusal.
import { describe, expect, it, vi } from 'vitest'
import FhirExportAction from '../../../src/renderer/src/features/fhir/FhirExportAction.vue'
import FhirImportAction from '../../../src/renderer/src/features/fhir/FhirImportAction.vue'
import { en } from '../../../src/renderer/src/i18n/en/index'
import type { FieldIssue } from '../../../src/shared/contract/errors'
import { mountWithApp, settle } from '../support/mountWithApp'

/**
 * The issues the server's import sends for a response with one problem of each kind, as
 * tests/unit/wording/fhirImportCodes.test.ts checks it does; the message is its English.
 */
function serverIssues(): FieldIssue[] {
  return [
    {
      path: ['item', 'painScore'],
      message: 'Unknown question “painScore”: this intake form has no item with that linkId.',
      code: 'fhir_unknown_item',
    },
    {
      path: ['item', 'fever'],
      message: '“Have you had a fever or chills?” (fever) must be answered yes or no.',
      code: 'fhir_not_yes_no',
    },
    {
      path: ['item', 'painNow'],
      message: '“Pain now” (painNow) takes one answer, not 2.',
      code: 'fhir_one_answer',
      params: { count: 2 },
    },
    {
      path: ['item', 'onset'],
      message: '“Onset” (onset) must be one of its choices (allowed: sudden, gradual).',
      code: 'fhir_not_a_choice',
      params: { allowed: 'sudden, gradual' },
    },
  ]
}

async function importWith(error: unknown) {
  const importResponse = vi.fn(async () => ({ ok: false as const, error }))
  const { wrapper } = await mountWithApp(FhirImportAction, {
    api: { fhir: { importResponse } },
    props: { patientId: 7 },
  })
  const input = wrapper.get('#fhir-import-file')
  // jsdom's File cannot be read with text(); the component needs nothing else of it.
  const file = { name: 'response.json', text: async () => '{}' }
  Object.defineProperty(input.element, 'files', { value: [file] })
  await input.trigger('change')
  await settle()
  return wrapper
}

describe('FHIR import and export in the locale’s words', () => {
  it('words every problem of an import by its code, naming the question and the values', async () => {
    const issues = serverIssues()
    const wrapper = await importWith({ kind: 'validation', message: 'server', issues })

    const shown = wrapper.findAll('li').map((item) => item.text())
    expect(shown).toEqual([
      'Unknown question “painScore”: this intake form has no item with that linkId.',
      `“${en.intake.questions.fever.label}” must be answered yes or no (valueBoolean).`,
      `“${en.intake.questions.painNow.label}” takes one answer, not 2.`,
      `“${en.intake.questions.onset.label}” has an answer that is not one of its choices (allowed: sudden, gradual).`,
    ])
    // The server's English names each question as “text” (key); the screen names it by its label.
    expect(shown.join('\n')).not.toMatch(/\((fever|painNow|onset)\)/)
  })

  it('words a refused import by its code, not the server’s message', async () => {
    const wrapper = await importWith({
      kind: 'not_found',
      message: 'server English',
      code: 'patient_missing',
    })
    expect(wrapper.get('[role="alert"]').text()).toBe(
      `Nothing was imported. ${en.errorCode.patient_missing}`,
    )
  })

  it('words a refused export by its code, not the server’s message', async () => {
    const exportBundle = vi.fn(async () => ({
      ok: false as const,
      error: { kind: 'conflict', message: 'server English', code: 'export_of_draft' },
    }))
    const { wrapper } = await mountWithApp(FhirExportAction, {
      api: { fhir: { exportBundle } },
      props: { intakeId: 3 },
    })
    await wrapper.get('button').trigger('click')
    await settle()
    expect(wrapper.get('[role="alert"]').text()).toBe(
      `The FHIR file could not be made. ${en.errorCode.export_of_draft}`,
    )
  })
})
