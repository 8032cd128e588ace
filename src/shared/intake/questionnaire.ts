// The intake questionnaire's STRUCTURE as data: which steps the form walks through, in which
// order, and which answer keys each step asks, with the kind of control and the allowed values.
// No text lives here: labels are in src/shared/i18n/en/intake.ts, so the form, the review screen
// and the PDF summary share one structure and one wording. Every answer key of SPEC section 2
// appears exactly once (tests/unit/intake/questionnaire.test.ts checks it against ANSWER_KEYS).
import type { AnswerKey } from './answers'
import {
  BETTER_WITH,
  EFFECT,
  LEG_VS_BACK,
  MORNING_STIFFNESS,
  NIGHT_PAIN,
  NSAID_RESPONSE,
  ONSET,
  ONSET_EVENTS,
  OTHER_JOINTS_SWOLLEN,
  PAIN_QUALITIES,
  PAIN_SITES,
  PRIOR_IMAGING,
  PRIOR_TREATMENTS,
  SIDEDNESS,
  WORSE_WITH,
} from './answerOptions'

/** How a question is answered, which decides the control the form shows. */
export type QuestionKind =
  | 'multi' // several of `options` (checkboxes)
  | 'single' // one of `options` (radio buttons)
  | 'yesno' // true / false
  | 'scale0to10' // whole number 0-10
  | 'number' // number, fractions allowed
  | 'integer' // whole number
  | 'text' // one line of free text
  | 'longtext' // several lines of free text
  | 'bodymap' // pain sites on the body diagram (a multi with a picture)

export interface Question {
  readonly key: AnswerKey
  readonly kind: QuestionKind
  /** Allowed values for multi, single and bodymap, in display order. */
  readonly options?: readonly string[]
  /** A multi's "none" style value that cannot be combined with another choice. */
  readonly exclusive?: string
}

export const STEP_IDS = [
  'painMap',
  'painPattern',
  'onsetCourse',
  'betterWorse',
  'nerveSymptoms',
  'hipSymptoms',
  'generalHealth',
  'jointsSkinFamily',
  'spineShape',
  'functionCare',
  'review',
] as const
export type StepId = (typeof STEP_IDS)[number]

export interface Step {
  readonly id: StepId
  /** URL- and file-name-safe form of the id (routes, screenshot names). */
  readonly slug: string
  readonly questions: readonly Question[]
}

const yesno = (key: AnswerKey): Question => ({ key, kind: 'yesno' })
const scale = (key: AnswerKey): Question => ({ key, kind: 'scale0to10' })

export const QUESTIONNAIRE: readonly Step[] = [
  {
    id: 'painMap',
    slug: 'pain-map',
    questions: [{ key: 'painSites', kind: 'bodymap', options: PAIN_SITES }],
  },
  {
    id: 'painPattern',
    slug: 'pain-pattern',
    questions: [
      { key: 'legPainVsBackPain', kind: 'single', options: LEG_VS_BACK },
      { key: 'painQuality', kind: 'multi', options: PAIN_QUALITIES },
      scale('painNow'),
      scale('painWorstWeek'),
      scale('painAverageWeek'),
      { key: 'morningStiffness', kind: 'single', options: MORNING_STIFFNESS },
      { key: 'nightPain', kind: 'single', options: NIGHT_PAIN },
    ],
  },
  {
    id: 'onsetCourse',
    slug: 'onset-course',
    questions: [
      { key: 'onset', kind: 'single', options: ONSET },
      { key: 'onsetEvent', kind: 'multi', options: ONSET_EVENTS, exclusive: 'none_known' },
      { key: 'durationWeeks', kind: 'number' },
      { key: 'ageAtFirstBackPain', kind: 'integer' },
      yesno('previousEpisodes'),
    ],
  },
  {
    id: 'betterWorse',
    slug: 'better-worse',
    questions: [
      { key: 'worseWith', kind: 'multi', options: WORSE_WITH },
      { key: 'betterWith', kind: 'multi', options: BETTER_WITH },
      { key: 'effectOfExercise', kind: 'single', options: EFFECT },
      { key: 'effectOfRest', kind: 'single', options: EFFECT },
      { key: 'nsaidResponse', kind: 'single', options: NSAID_RESPONSE },
      yesno('alternatingButtockPain'),
      yesno('walkingLimitedByLegSymptoms'),
    ],
  },
  {
    id: 'nerveSymptoms',
    slug: 'nerve-symptoms',
    questions: [
      { key: 'numbnessOrTingling', kind: 'single', options: SIDEDNESS },
      { key: 'legWeakness', kind: 'single', options: SIDEDNESS },
      yesno('weaknessWorsening'),
      yesno('saddleNumbness'),
      yesno('bladderChange'),
      yesno('bowelChange'),
      yesno('sexualFunctionChange'),
    ],
  },
  {
    id: 'hipSymptoms',
    slug: 'hip-symptoms',
    questions: [
      yesno('hipClickingLockingCatching'),
      yesno('hipGivingWay'),
      yesno('unableToBearWeight'),
    ],
  },
  {
    id: 'generalHealth',
    slug: 'general-health',
    questions: [
      yesno('fever'),
      yesno('unexplainedWeightLoss'),
      yesno('nightSweats'),
      yesno('historyOfCancer'),
      yesno('recentInfection'),
      yesno('injectionDrugUse'),
      yesno('immunosuppressed'),
      yesno('diabetes'),
      yesno('longTermSteroids'),
      yesno('osteoporosis'),
      yesno('recentSpineOrHipProcedure'),
      yesno('hipReplacement'),
    ],
  },
  {
    id: 'jointsSkinFamily',
    slug: 'joints-skin-family',
    questions: [
      { key: 'otherJointsSwollen', kind: 'single', options: OTHER_JOINTS_SWOLLEN },
      yesno('diagnosedRheumatoidArthritis'),
      yesno('psoriasis'),
      yesno('inflammatoryBowelDisease'),
      yesno('uveitis'),
      yesno('heelOrTendonPain'),
      yesno('familyHistorySpondyloarthritis'),
    ],
  },
  {
    id: 'spineShape',
    slug: 'spine-shape',
    questions: [
      yesno('diagnosedScoliosis'),
      yesno('unevenShouldersOrHips'),
      yesno('familyHistoryScoliosis'),
    ],
  },
  {
    id: 'functionCare',
    slug: 'function-care',
    questions: [
      scale('interferenceEnjoyment'),
      scale('interferenceActivity'),
      { key: 'priorTreatments', kind: 'multi', options: PRIOR_TREATMENTS, exclusive: 'none' },
      { key: 'priorImaging', kind: 'multi', options: PRIOR_IMAGING, exclusive: 'none' },
      { key: 'medications', kind: 'text' },
      { key: 'allergies', kind: 'text' },
      { key: 'notes', kind: 'longtext' },
    ],
  },
  { id: 'review', slug: 'review', questions: [] },
]

/** The step that asks a key (every key is asked exactly once). */
export function stepOfKey(key: AnswerKey): Step {
  const step = QUESTIONNAIRE.find((candidate) => candidate.questions.some((q) => q.key === key))
  if (step === undefined) throw new Error(`No step asks ${key}`)
  return step
}

/** The question for a key, with its kind and options. */
export function questionOfKey(key: AnswerKey): Question {
  const question = stepOfKey(key).questions.find((q) => q.key === key)
  if (question === undefined) throw new Error(`No question for ${key}`)
  return question
}

/** All questions in questionnaire order (the order the review screen and the PDF list them). */
export const QUESTIONS_IN_ORDER: readonly Question[] = QUESTIONNAIRE.flatMap(
  (step) => step.questions,
)
