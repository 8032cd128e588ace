// Scratch (PDF2): render vignettes to /tmp/pdf2. Deleted before hand-off.
import { writeFileSync } from 'node:fs'
import { DEMO_ANSWER_SETS } from '../src/main/demo/demoAnswerSets'
import { renderSummaryPdf } from '../src/main/summaries/renderSummary'
import { bodyMapSvgSource } from '../src/main/summaries/summaryService'
import { assess } from '../src/shared/clinical/assess'
import { patientContextAtVisit } from '../src/shared/intake/patientContextAtVisit'
import type { Answers } from '../src/shared/intake/answers'
import type { Patient } from '../src/shared/patients/patient'
import { readFileSync } from 'node:fs'

const patient: Patient = {
  id: 1, givenName: 'Testy', familyName: 'Example-Demo', dateOfBirth: '1979-03-04', sex: 'male',
  recordNumber: 'DEMO-000001', phone: null, createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z', version: 1,
}
async function one(name: string, answers: Answers, clinic = '') {
  const assessment = assess(patientContextAtVisit(patient, '2026-11-20'), answers)
  const pdf = await renderSummaryPdf({
    intake: { id: 1, patientId: 1, status: 'submitted', visitDate: '2026-11-20', step: 'review', values: {}, answers, assessment,
      createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:30:00.000Z', submittedAt: '2026-11-20T09:30:00.000Z',
      submittedBy: null, submittedByName: null, enteredInError: null, version: 2 },
    patient, answers, assessment, review: null,
    settings: { clinicName: clinic, clinicAddress: '', paperSize: 'A4' },
    generatedAt: new Date('2026-11-20T10:00:00.000Z'), timeZone: 'UTC', bodyMapSvg: bodyMapSvgSource(),
  } as never)
  writeFileSync(`/tmp/pdf2/${name}.pdf`, pdf)
}
const vig = JSON.parse(readFileSync('../shared/clinical/vignettes.json', 'utf8'))
for (const v of vig.vignettes) await one(v.id, v.answers)
for (const [i, s] of DEMO_ANSWER_SETS.entries()) await one(`demo${i}`, s.answers, 'Harbor Demo Spine Clinic')
