// The intake answer model (SPEC section 2) as one zod schema, shared by the form, the IPC door,
// the database and the assessment engine. Every key is optional: an absent key means "not
// answered", which is never the same as "no" (false / 'none'). Messages name the field in plain
// words because front-desk staff read them; the issue path names the key for code.
import { z } from 'zod'
import {
  BETTER_WITH,
  CAUDA_EQUINA_QUESTIONS,
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

/** Upper bound for durationWeeks: 100 years. Anything above is a typing error, not a history. */
export const MAX_DURATION_WEEKS = 5200
export const MAX_SHORT_TEXT = 2000
export const MAX_NOTES_TEXT = 10000

type Options = readonly [string, ...string[]]

function scale(label: string) {
  const error = `${label} must be a whole number from 0 to 10`
  return z.int({ error }).min(0, { error }).max(10, { error }).optional()
}

function yesNo(label: string) {
  return z.boolean({ error: `${label} must be yes or no (true or false)` }).optional()
}

function choice<const T extends Options>(label: string, options: T) {
  return z.enum(options, { error: `${label} must be one of: ${options.join(', ')}` }).optional()
}

/**
 * A multiple-choice list: known values only, each at most once. `exclusive` is the "none" style
 * value that contradicts any other choice (e.g. prior treatments "none" plus "surgery").
 */
function list<const T extends Options>(label: string, options: T, exclusive?: T[number]) {
  const item = z.enum(options, {
    error: (issue) =>
      `${label}: ${JSON.stringify(issue.input)} is not an allowed value (allowed: ${options.join(', ')})`,
  })
  return z
    .array(item, { error: `${label} must be a list` })
    .superRefine((values, ctx) => {
      values.forEach((value, index) => {
        if (values.indexOf(value) !== index) {
          ctx.addIssue({
            code: 'custom',
            message: `${label} lists "${value}" more than once`,
            path: [index],
          })
        }
      })
      if (exclusive !== undefined && values.length > 1 && values.includes(exclusive)) {
        ctx.addIssue({
          code: 'custom',
          message: `${label}: "${exclusive}" cannot be combined with other choices`,
          path: [values.indexOf(exclusive)],
        })
      }
    })
    .optional()
}

function text(label: string, maxLength: number) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(maxLength, { error: `${label} must be at most ${maxLength} characters` })
    .optional()
}

const durationError = `Duration must be a number of weeks from 0 to ${MAX_DURATION_WEEKS}`
const firstPainAgeError = 'Age at first back pain must be a whole number of years from 0 to 120'

// Key order is SPEC order; ANSWER_KEYS below and every "unanswered questions" list follow it.
// One key per question; AnswersSchema below adds what is recorded about the questions.
export const QuestionAnswersSchema = z.strictObject(
  {
    painSites: list('Pain sites', PAIN_SITES),
    legPainVsBackPain: choice('Leg pain versus back pain', LEG_VS_BACK),
    painQuality: list('Pain quality', PAIN_QUALITIES),
    painNow: scale('Pain now'),
    painWorstWeek: scale('Worst pain this week'),
    painAverageWeek: scale('Average pain this week'),
    onset: choice('Onset', ONSET),
    onsetEvent: list('What the pain started with', ONSET_EVENTS, 'none_known'),
    durationWeeks: z
      .number({ error: durationError })
      .min(0, { error: durationError })
      .max(MAX_DURATION_WEEKS, { error: durationError })
      .optional(),
    ageAtFirstBackPain: z
      .int({ error: firstPainAgeError })
      .min(0, { error: firstPainAgeError })
      .max(120, { error: firstPainAgeError })
      .optional(),
    previousEpisodes: yesNo('Previous episodes'),
    morningStiffness: choice('Morning stiffness', MORNING_STIFFNESS),
    nightPain: choice('Night pain', NIGHT_PAIN),
    effectOfExercise: choice('Effect of exercise', EFFECT),
    effectOfRest: choice('Effect of rest', EFFECT),
    worseWith: list('Worse with', WORSE_WITH),
    betterWith: list('Better with', BETTER_WITH),
    nsaidResponse: choice('Response to anti-inflammatory medicine', NSAID_RESPONSE),
    alternatingButtockPain: yesNo('Alternating buttock pain'),
    walkingLimitedByLegSymptoms: yesNo('Walking limited by leg symptoms'),
    numbnessOrTingling: choice('Numbness or tingling', SIDEDNESS),
    legWeakness: choice('Leg weakness', SIDEDNESS),
    weaknessWorsening: yesNo('Weakness getting worse'),
    saddleNumbness: yesNo('Numbness between the legs'),
    bladderChange: yesNo('Bladder change'),
    bowelChange: yesNo('Bowel change'),
    sexualFunctionChange: yesNo('Change in sexual function'),
    hipClickingLockingCatching: yesNo('Hip clicking, locking or catching'),
    hipGivingWay: yesNo('Hip giving way'),
    unableToBearWeight: yesNo('Unable to bear weight'),
    fever: yesNo('Fever'),
    unexplainedWeightLoss: yesNo('Unexplained weight loss'),
    nightSweats: yesNo('Night sweats'),
    historyOfCancer: yesNo('History of cancer'),
    recentInfection: yesNo('Recent infection'),
    injectionDrugUse: yesNo('Injection drug use'),
    immunosuppressed: yesNo('Immunosuppressed'),
    diabetes: yesNo('Diabetes'),
    longTermSteroids: yesNo('Long-term steroids'),
    osteoporosis: yesNo('Osteoporosis'),
    recentSpineOrHipProcedure: yesNo('Recent spine or hip procedure'),
    hipReplacement: yesNo('Hip replacement'),
    otherJointsSwollen: choice('Other swollen joints', OTHER_JOINTS_SWOLLEN),
    diagnosedRheumatoidArthritis: yesNo('Diagnosed rheumatoid arthritis'),
    psoriasis: yesNo('Psoriasis'),
    inflammatoryBowelDisease: yesNo('Inflammatory bowel disease'),
    uveitis: yesNo('Uveitis'),
    heelOrTendonPain: yesNo('Heel or tendon pain'),
    familyHistorySpondyloarthritis: yesNo('Family history of spondyloarthritis'),
    diagnosedScoliosis: yesNo('Diagnosed scoliosis'),
    unevenShouldersOrHips: yesNo('Uneven shoulders or hips'),
    familyHistoryScoliosis: yesNo('Family history of scoliosis'),
    interferenceEnjoyment: scale('Interference with enjoyment of life'),
    interferenceActivity: scale('Interference with general activity'),
    priorTreatments: list('Prior treatments', PRIOR_TREATMENTS, 'none'),
    priorImaging: list('Prior imaging', PRIOR_IMAGING, 'none'),
    medications: text('Medications', MAX_SHORT_TEXT),
    allergies: text('Allergies', MAX_SHORT_TEXT),
    notes: text('Notes', MAX_NOTES_TEXT),
  },
  {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const noun = issue.keys.length === 1 ? 'Unknown question' : 'Unknown questions'
        return `${noun}: ${issue.keys.join(', ')}`
      }
      if (issue.code === 'invalid_type') return 'Answers must be an object of question keys'
      return undefined
    },
  },
)

const couldNotAnswerError =
  'Could not answer is only recorded for the four bladder, bowel, saddle and sexual function questions'

/**
 * The answers as stored and assessed. Besides one key per question, `screeningCouldNotAnswer`
 * names the cauda equina screening questions the patient could not answer (too unwell, no words
 * for it): recorded, so the screening counts as done, but still unanswered for the engine, which
 * never reads it. Optional, so every draft and intake stored before it still parses.
 */
export const AnswersSchema = QuestionAnswersSchema.extend({
  screeningCouldNotAnswer: z
    .array(z.enum(CAUDA_EQUINA_QUESTIONS, { error: couldNotAnswerError }), {
      error: couldNotAnswerError,
    })
    .max(CAUDA_EQUINA_QUESTIONS.length, { error: couldNotAnswerError })
    .optional(),
})

export type Answers = z.infer<typeof AnswersSchema>
/** A question's key (the screening record above is not a question). */
export type AnswerKey = keyof z.infer<typeof QuestionAnswersSchema>

/** Zod enum of the answer keys, for schemas that refer to questions (evidence, vignettes). */
export const AnswerKeySchema = QuestionAnswersSchema.keyof()

/** All answer keys in SPEC order. */
export const ANSWER_KEYS: readonly AnswerKey[] = AnswerKeySchema.options
