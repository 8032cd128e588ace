// Issue 13, item 7: each problem of a FHIR import is coded, with the values its wording names, so
// the screen words it from the locale files (tests/component/wording/fhirWording.test.ts shows
// these same issues worded). The English message stays for the CLI.
import { describe, expect, it } from 'vitest'
import { answersFromResponse } from '../../../src/main/fhir/importResponse'
import { ERROR_CODES } from '../../../src/shared/contract/errorCodes'

function issuesOf(json: string) {
  const outcome = answersFromResponse(json)
  if (outcome.ok) throw new Error('expected the import to refuse this response')
  return outcome.issues
}

const response = (fields: object) =>
  JSON.stringify({ resourceType: 'QuestionnaireResponse', ...fields })

describe('a refused FHIR import', () => {
  it('codes every problem by its item, with the values its wording names', () => {
    const issues = issuesOf(
      response({
        item: [
          { linkId: 'painScore', answer: [{ valueInteger: 3 }] },
          { linkId: 'fever', answer: [{ valueString: 'yes' }] },
          { linkId: 'painNow', answer: [{ valueInteger: 3 }, { valueInteger: 4 }] },
          { linkId: 'onset', answer: [{ valueCoding: { code: 'overnight' } }] },
          { linkId: 'fever', answer: [{ valueBoolean: true }] },
        ],
      }),
    )
    expect(issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: ['item', 'painScore'], code: 'fhir_unknown_item', params: undefined },
      { path: ['item', 'fever'], code: 'fhir_not_yes_no', params: undefined },
      { path: ['item', 'painNow'], code: 'fhir_one_answer', params: { count: 2 } },
      {
        path: ['item', 'onset'],
        code: 'fhir_not_a_choice',
        params: { allowed: 'sudden, gradual' },
      },
      { path: ['item', 'fever'], code: 'fhir_duplicate_item', params: undefined },
    ])
  })

  it('codes a file that is not a response to this questionnaire, and a value out of range', () => {
    const cases = [
      issuesOf('{ not json'),
      issuesOf(JSON.stringify({ resourceType: 'Patient' })),
      issuesOf(response({ questionnaire: 'http://example.org/q' })),
      issuesOf(response({ item: [{ linkId: 'painNow', answer: [{ valueInteger: 11 }] }] })),
    ].map((issues) => issues[0])
    expect(cases).toMatchObject([
      { code: 'fhir_not_json' },
      { code: 'fhir_not_a_response' },
      { code: 'fhir_wrong_questionnaire', params: { questionnaire: 'http://example.org/q' } },
      { code: 'fhir_out_of_range', path: ['item', 'painNow'] },
    ])
    const known: readonly string[] = ERROR_CODES
    for (const issue of cases) expect(known).toContain(issue?.code)
  })
})
