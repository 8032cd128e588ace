// The cauda equina screening rule: each of the four questions is answered yes or no, or recorded
// as "patient could not answer", before an intake is submitted. Shared so the form (which lists
// what is missing) and the one door (which refuses the submit) apply the same rule.
import type { z } from 'zod'
import { intakeTexts } from '../i18n/en/intake'
import { CAUDA_EQUINA_QUESTIONS } from './answerOptions'
import type { CaudaEquinaQuestion } from './answerOptions'
import type { Answers } from './answers'

/** The field issue code of a screening question left open; the renderer words it. */
export const SCREENING_REQUIRED_CODE = 'screening_required'

/** The form's third choice on a screening question, beside yes and no. */
export const COULD_NOT_ANSWER = 'could_not_answer'
export type ScreeningAnswer = boolean | typeof COULD_NOT_ANSWER

/** True for the four cauda equina screening questions. */
export function isScreeningQuestion(key: string): key is CaudaEquinaQuestion {
  return (CAUDA_EQUINA_QUESTIONS as readonly string[]).includes(key)
}

/** True when the patient was asked and could not answer (recorded, still unanswered). */
export function couldNotAnswer(answers: Answers, key: CaudaEquinaQuestion): boolean {
  return answers.screeningCouldNotAnswer?.includes(key) === true
}

/** The screening questions neither answered yes or no nor marked "could not answer". */
export function unscreenedQuestions(answers: Answers): CaudaEquinaQuestion[] {
  return CAUDA_EQUINA_QUESTIONS.filter(
    (key) => typeof answers[key] !== 'boolean' && !couldNotAnswer(answers, key),
  )
}

/** Adds one issue per open screening question, at `answers.<key>`, to a zod refinement. */
export function refineScreening(answers: Answers, ctx: z.RefinementCtx): void {
  for (const key of unscreenedQuestions(answers)) {
    ctx.addIssue({
      code: 'custom',
      path: [key],
      params: { code: SCREENING_REQUIRED_CODE },
      message: `Ask this before submitting: "${intakeTexts.questions[key].label}" Answer yes or no, or mark that the patient could not answer.`,
    })
  }
}
