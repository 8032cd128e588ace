import { describe, expect, it } from 'vitest'
import { buildSummaryDocument } from '../../../src/main/summaries/summaryDocument'
import type { SummaryInput } from '../../../src/main/summaries/summaryInput'
import type { Content, ContentNode } from '../../../src/main/summaries/pdf/pdfTypes'
import { assess } from '../../../src/shared/clinical/assess'
import { patientContextAtVisit } from '../../../src/shared/intake/patientContextAtVisit'
import type { Answers } from '../../../src/shared/intake/answers'
import type { Patient } from '../../../src/shared/patients/patient'
import { demoAnswers, fullyAnsweredIntake } from './twoPageSupport'

const patient: Patient = {
  id: 1,
  givenName: 'Testy',
  familyName: 'Example',
  dateOfBirth: '1979-03-04',
  sex: 'male',
  recordNumber: 'DEMO-000001',
  phone: null,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  version: 1,
}

/** A summary input built in memory: the document builder is pure, so no core is needed. */
function summaryInput(answers: Answers, reviewed: boolean): SummaryInput {
  const assessment = assess(patientContextAtVisit(patient, '2026-11-20'), answers)
  const signed = {
    decisions: [{ subject: 'Sciatica', decision: 'Confirmed', comment: 'Fits L5.' }],
    note: 'Examined.',
  }
  return {
    intake: {
      id: 1,
      patientId: 1,
      status: 'submitted',
      visitDate: '2026-11-20',
      step: 'review',
      values: {},
      answers,
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
    answers,
    assessment,
    review: reviewed
      ? { signedBy: 'Dr Demo', signedAt: '2026-11-20T11:00:00.000Z', signed, amendments: [] }
      : null,
    settings: { clinicName: 'Harbor Demo Spine Clinic', clinicAddress: '', paperSize: 'A4' },
    generatedAt: new Date('2026-11-20T12:00:00.000Z'),
    timeZone: 'UTC',
    bodyMapSvg: null,
  } as SummaryInput
}

function isNode(content: Content): content is ContentNode {
  return typeof content === 'object' && !Array.isArray(content)
}

/** Every node of the content tree with the unbreakable stack it sits in, if any. */
function* walk(
  content: Content,
  keptWith: ContentNode | null = null,
): Generator<[ContentNode, ContentNode | null]> {
  if (Array.isArray(content)) {
    for (const item of content) yield* walk(item, keptWith)
    return
  }
  if (!isNode(content)) return
  yield [content, keptWith]
  const inside = 'stack' in content && content.unbreakable ? content : keptWith
  if ('stack' in content) yield* walk(content.stack, inside)
  if ('columns' in content) yield* walk(content.columns, inside)
  if ('ul' in content) yield* walk(content.ul, inside)
  if ('table' in content) for (const row of content.table.body) yield* walk(row, inside)
}

const CASES: [string, SummaryInput][] = [
  [
    'an unreviewed cauda equina intake',
    summaryInput(demoAnswers('possible cauda equina syndrome'), false),
  ],
  ['a reviewed, fully answered intake', summaryInput(fullyAnsweredIntake(), true)],
]

describe.each(CASES)('the layout rules of %s', (_name, input) => {
  const content = buildSummaryDocument(input).content

  it('never splits a table row across two pages', () => {
    const tables = [...walk(content)].map(([node]) => node).filter((node) => 'table' in node)
    expect(tables.length).toBeGreaterThan(3)
    for (const table of tables) {
      if (!('table' in table) || table.table.body.length < 2) continue
      expect(table.table.dontBreakRows).toBe(true)
    }
  })

  it('keeps every heading on the same page as what follows it', () => {
    const headings = [...walk(content)].filter(([node]) => {
      const style = node.style
      return style === 'sectionHeading' || style === 'subHeading'
    })
    expect(headings.length).toBeGreaterThan(5)
    for (const [heading, keptWith] of headings) {
      // Inside an unbreakable stack that holds more than the heading itself.
      expect(keptWith, `heading "${JSON.stringify(heading).slice(0, 80)}"`).not.toBeNull()
      if (keptWith && 'stack' in keptWith) expect(keptWith.stack.length).toBeGreaterThan(1)
    }
  })
})
