// Tests that submit answers made before the cauda equina screening rule (issue 13): the four
// questions a vignette leaves open are recorded as "patient could not answer", which the one door
// takes as screened and the engine still reads as unanswered, so every assessment is unchanged.
import type { Answers } from '../../src/shared/intake/answers'
import { unscreenedQuestions } from '../../src/shared/intake/screening'

export function withScreeningRecorded(answers: Answers): Answers {
  const open = unscreenedQuestions(answers)
  if (open.length === 0) return answers
  return {
    ...answers,
    screeningCouldNotAnswer: [...(answers.screeningCouldNotAnswer ?? []), ...open],
  }
}
