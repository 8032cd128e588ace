import { DEMO_ANSWER_SETS } from '../../../src/main/demo/demoAnswerSets'
import { AnswersSchema } from '../../../src/shared/intake/answers'
import type { Answers } from '../../../src/shared/intake/answers'
import { QUESTIONNAIRE } from '../../../src/shared/intake/questionnaire'
import type { Question } from '../../../src/shared/intake/questionnaire'
import type { PatientFields } from '../../../src/shared/patients/patient'
import type { Vignette } from '../../../src/shared/clinical/vignettes'
import { vignetteAgeAndSex } from '../../support/publicVignettes'

export const VISIT_DATE = '2026-11-20'

/** A demo answer set by name (fails loudly when renamed). */
export function demoAnswers(name: string): Answers {
  const set = DEMO_ANSWER_SETS.find((candidate) => candidate.name === name)
  if (!set) throw new Error(`no demo answer set ${name}`)
  return set.answers
}

/** An answer a careful front desk could give to a question nobody asked yet. */
function ordinaryAnswer(question: Question): unknown {
  const firstOption = question.options?.find((option) => option !== question.exclusive)
  switch (question.kind) {
    case 'yesno':
      return false
    case 'single':
      return question.options?.[0]
    case 'multi':
    case 'bodymap':
      return firstOption === undefined ? [] : [firstOption]
    case 'scale0to10':
      return 4
    case 'number':
      return 3
    case 'integer':
      return 30
    case 'text':
      return 'Demo: nothing further'
    case 'longtext':
      return 'DEMO ONLY. Walks the dog daily; pain eases after ten minutes of walking.'
  }
}

/**
 * The sciatica demo case with every remaining question of the form answered as well: the longest
 * ordinary intake, with every section and every question in it.
 */
export function fullyAnsweredIntake(): Answers {
  const answers: Record<string, unknown> = { ...demoAnswers('disc herniation with sciatica') }
  for (const step of QUESTIONNAIRE) {
    for (const question of step.questions) {
      answers[question.key] ??= ordinaryAnswer(question)
    }
  }
  // Checked like any submitted answers, so the test cannot pass on answers the form refuses.
  return AnswersSchema.parse(answers)
}

/** A fake patient of the vignette's age (at the visit) and sex. */
export function vignettePatient(vignette: Vignette): Partial<PatientFields> {
  const { ageYears, sex } = vignetteAgeAndSex(vignette)
  return {
    givenName: 'Testy',
    familyName: `Vignette-${vignette.id}`,
    dateOfBirth: `${Number(VISIT_DATE.slice(0, 4)) - ageYears}-01-01`,
    sex,
    recordNumber: `DEMO-${vignette.id}`,
  }
}
