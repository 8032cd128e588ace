// THE one declaration of the intake's questions (issue 15, item 1). Every other view of the
// questions is derived from this list: the answer schema (answers.ts), the form's steps
// (questionnaire.ts), the PDF's sections (through the steps) and the FHIR Questionnaire
// (src/main/fhir/questionSet.ts). Add a question here and it appears in all four; its wording
// goes in src/shared/i18n/en/intake.ts and its PDF short label in shortQuestionLabels.ts (both
// are typed by AnswerKey, so a missing one fails the type check).
//
// Order matters twice and is declared once each: the list is in SPEC section 2 order (the order
// of the stored keys, which the engine uses for its lists and its behaviour fingerprint), and
// STEP_DECLARATIONS gives the form's step order. Within a step the form asks in list order,
// unless the step declares its own order (one step does, to keep the form as it was).
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

/** Upper bound for durationWeeks: 100 years. Anything above is a typing error, not a history. */
export const MAX_DURATION_WEEKS = 5200
export const MAX_SHORT_TEXT = 2000
export const MAX_NOTES_TEXT = 10000

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

export type OptionValues = readonly [string, ...string[]]

interface DeclaredBase {
  readonly key: string
  readonly step: StepId
  /** Short English name for validation messages ("Pain now must be ..."); not the form's words. */
  readonly label: string
}

/** One question as declared: what is asked, in which step, and what counts as a valid answer. */
export type QuestionDeclaration = DeclaredBase &
  (
    | {
        readonly kind: 'multi' | 'bodymap'
        /** Allowed values in display order. */
        readonly options: OptionValues
        /** The "none" style value that cannot be combined with another choice. */
        readonly exclusive?: string
      }
    | { readonly kind: 'single'; readonly options: OptionValues }
    | { readonly kind: 'yesno' | 'scale0to10' }
    | {
        readonly kind: 'number' | 'integer'
        /** Inclusive bounds, and the unit the validation message names ("weeks"). */
        readonly min: number
        readonly max: number
        readonly unit: string
      }
    | { readonly kind: 'text' | 'longtext'; readonly maxLength: number }
  )

export interface StepDeclaration {
  readonly id: StepId
  /** URL- and file-name-safe form of the id (routes, screenshot names). */
  readonly slug: string
  /** The form's order of this step's questions when it is not the list order. */
  readonly order?: readonly string[]
}

export const STEP_DECLARATIONS: readonly StepDeclaration[] = [
  { id: 'painMap', slug: 'pain-map' },
  { id: 'painPattern', slug: 'pain-pattern' },
  { id: 'onsetCourse', slug: 'onset-course' },
  {
    id: 'betterWorse',
    slug: 'better-worse',
    // What makes it worse or better reads first on the form; SPEC lists exercise and rest first.
    order: [
      'worseWith',
      'betterWith',
      'effectOfExercise',
      'effectOfRest',
      'nsaidResponse',
      'alternatingButtockPain',
      'walkingLimitedByLegSymptoms',
    ],
  },
  { id: 'nerveSymptoms', slug: 'nerve-symptoms' },
  { id: 'hipSymptoms', slug: 'hip-symptoms' },
  { id: 'generalHealth', slug: 'general-health' },
  { id: 'jointsSkinFamily', slug: 'joints-skin-family' },
  { id: 'spineShape', slug: 'spine-shape' },
  { id: 'functionCare', slug: 'function-care' },
  { id: 'review', slug: 'review' },
]

/** Every intake question, in SPEC section 2 order. */
export const INTAKE_QUESTIONS = [
  { key: 'painSites', step: 'painMap', kind: 'bodymap', label: 'Pain sites', options: PAIN_SITES },
  {
    key: 'legPainVsBackPain',
    step: 'painPattern',
    kind: 'single',
    label: 'Leg pain versus back pain',
    options: LEG_VS_BACK,
  },
  {
    key: 'painQuality',
    step: 'painPattern',
    kind: 'multi',
    label: 'Pain quality',
    options: PAIN_QUALITIES,
  },
  { key: 'painNow', step: 'painPattern', kind: 'scale0to10', label: 'Pain now' },
  { key: 'painWorstWeek', step: 'painPattern', kind: 'scale0to10', label: 'Worst pain this week' },
  {
    key: 'painAverageWeek',
    step: 'painPattern',
    kind: 'scale0to10',
    label: 'Average pain this week',
  },
  { key: 'onset', step: 'onsetCourse', kind: 'single', label: 'Onset', options: ONSET },
  {
    key: 'onsetEvent',
    step: 'onsetCourse',
    kind: 'multi',
    label: 'What the pain started with',
    options: ONSET_EVENTS,
    exclusive: 'none_known',
  },
  {
    key: 'durationWeeks',
    step: 'onsetCourse',
    kind: 'number',
    label: 'Duration',
    unit: 'weeks',
    min: 0,
    max: MAX_DURATION_WEEKS,
  },
  {
    key: 'ageAtFirstBackPain',
    step: 'onsetCourse',
    kind: 'integer',
    label: 'Age at first back pain',
    unit: 'years',
    min: 0,
    max: 120,
  },
  { key: 'previousEpisodes', step: 'onsetCourse', kind: 'yesno', label: 'Previous episodes' },
  {
    key: 'morningStiffness',
    step: 'painPattern',
    kind: 'single',
    label: 'Morning stiffness',
    options: MORNING_STIFFNESS,
  },
  {
    key: 'nightPain',
    step: 'painPattern',
    kind: 'single',
    label: 'Night pain',
    options: NIGHT_PAIN,
  },
  {
    key: 'effectOfExercise',
    step: 'betterWorse',
    kind: 'single',
    label: 'Effect of exercise',
    options: EFFECT,
  },
  {
    key: 'effectOfRest',
    step: 'betterWorse',
    kind: 'single',
    label: 'Effect of rest',
    options: EFFECT,
  },
  {
    key: 'worseWith',
    step: 'betterWorse',
    kind: 'multi',
    label: 'Worse with',
    options: WORSE_WITH,
  },
  {
    key: 'betterWith',
    step: 'betterWorse',
    kind: 'multi',
    label: 'Better with',
    options: BETTER_WITH,
  },
  {
    key: 'nsaidResponse',
    step: 'betterWorse',
    kind: 'single',
    label: 'Response to anti-inflammatory medicine',
    options: NSAID_RESPONSE,
  },
  {
    key: 'alternatingButtockPain',
    step: 'betterWorse',
    kind: 'yesno',
    label: 'Alternating buttock pain',
  },
  {
    key: 'walkingLimitedByLegSymptoms',
    step: 'betterWorse',
    kind: 'yesno',
    label: 'Walking limited by leg symptoms',
  },
  {
    key: 'numbnessOrTingling',
    step: 'nerveSymptoms',
    kind: 'single',
    label: 'Numbness or tingling',
    options: SIDEDNESS,
  },
  {
    key: 'legWeakness',
    step: 'nerveSymptoms',
    kind: 'single',
    label: 'Leg weakness',
    options: SIDEDNESS,
  },
  {
    key: 'weaknessWorsening',
    step: 'nerveSymptoms',
    kind: 'yesno',
    label: 'Weakness getting worse',
  },
  {
    key: 'saddleNumbness',
    step: 'nerveSymptoms',
    kind: 'yesno',
    label: 'Numbness between the legs',
  },
  { key: 'bladderChange', step: 'nerveSymptoms', kind: 'yesno', label: 'Bladder change' },
  { key: 'bowelChange', step: 'nerveSymptoms', kind: 'yesno', label: 'Bowel change' },
  {
    key: 'sexualFunctionChange',
    step: 'nerveSymptoms',
    kind: 'yesno',
    label: 'Change in sexual function',
  },
  {
    key: 'hipClickingLockingCatching',
    step: 'hipSymptoms',
    kind: 'yesno',
    label: 'Hip clicking, locking or catching',
  },
  { key: 'hipGivingWay', step: 'hipSymptoms', kind: 'yesno', label: 'Hip giving way' },
  { key: 'unableToBearWeight', step: 'hipSymptoms', kind: 'yesno', label: 'Unable to bear weight' },
  { key: 'fever', step: 'generalHealth', kind: 'yesno', label: 'Fever' },
  {
    key: 'unexplainedWeightLoss',
    step: 'generalHealth',
    kind: 'yesno',
    label: 'Unexplained weight loss',
  },
  { key: 'nightSweats', step: 'generalHealth', kind: 'yesno', label: 'Night sweats' },
  { key: 'historyOfCancer', step: 'generalHealth', kind: 'yesno', label: 'History of cancer' },
  { key: 'recentInfection', step: 'generalHealth', kind: 'yesno', label: 'Recent infection' },
  { key: 'injectionDrugUse', step: 'generalHealth', kind: 'yesno', label: 'Injection drug use' },
  { key: 'immunosuppressed', step: 'generalHealth', kind: 'yesno', label: 'Immunosuppressed' },
  { key: 'diabetes', step: 'generalHealth', kind: 'yesno', label: 'Diabetes' },
  { key: 'longTermSteroids', step: 'generalHealth', kind: 'yesno', label: 'Long-term steroids' },
  { key: 'osteoporosis', step: 'generalHealth', kind: 'yesno', label: 'Osteoporosis' },
  {
    key: 'recentSpineOrHipProcedure',
    step: 'generalHealth',
    kind: 'yesno',
    label: 'Recent spine or hip procedure',
  },
  { key: 'hipReplacement', step: 'generalHealth', kind: 'yesno', label: 'Hip replacement' },
  {
    key: 'otherJointsSwollen',
    step: 'jointsSkinFamily',
    kind: 'single',
    label: 'Other swollen joints',
    options: OTHER_JOINTS_SWOLLEN,
  },
  {
    key: 'diagnosedRheumatoidArthritis',
    step: 'jointsSkinFamily',
    kind: 'yesno',
    label: 'Diagnosed rheumatoid arthritis',
  },
  { key: 'psoriasis', step: 'jointsSkinFamily', kind: 'yesno', label: 'Psoriasis' },
  {
    key: 'inflammatoryBowelDisease',
    step: 'jointsSkinFamily',
    kind: 'yesno',
    label: 'Inflammatory bowel disease',
  },
  { key: 'uveitis', step: 'jointsSkinFamily', kind: 'yesno', label: 'Uveitis' },
  {
    key: 'heelOrTendonPain',
    step: 'jointsSkinFamily',
    kind: 'yesno',
    label: 'Heel or tendon pain',
  },
  {
    key: 'familyHistorySpondyloarthritis',
    step: 'jointsSkinFamily',
    kind: 'yesno',
    label: 'Family history of spondyloarthritis',
  },
  { key: 'diagnosedScoliosis', step: 'spineShape', kind: 'yesno', label: 'Diagnosed scoliosis' },
  {
    key: 'unevenShouldersOrHips',
    step: 'spineShape',
    kind: 'yesno',
    label: 'Uneven shoulders or hips',
  },
  {
    key: 'familyHistoryScoliosis',
    step: 'spineShape',
    kind: 'yesno',
    label: 'Family history of scoliosis',
  },
  {
    key: 'interferenceEnjoyment',
    step: 'functionCare',
    kind: 'scale0to10',
    label: 'Interference with enjoyment of life',
  },
  {
    key: 'interferenceActivity',
    step: 'functionCare',
    kind: 'scale0to10',
    label: 'Interference with general activity',
  },
  {
    key: 'priorTreatments',
    step: 'functionCare',
    kind: 'multi',
    label: 'Prior treatments',
    options: PRIOR_TREATMENTS,
    exclusive: 'none',
  },
  {
    key: 'priorImaging',
    step: 'functionCare',
    kind: 'multi',
    label: 'Prior imaging',
    options: PRIOR_IMAGING,
    exclusive: 'none',
  },
  {
    key: 'medications',
    step: 'functionCare',
    kind: 'text',
    label: 'Medications',
    maxLength: MAX_SHORT_TEXT,
  },
  {
    key: 'allergies',
    step: 'functionCare',
    kind: 'text',
    label: 'Allergies',
    maxLength: MAX_SHORT_TEXT,
  },
  {
    key: 'notes',
    step: 'functionCare',
    kind: 'longtext',
    label: 'Notes',
    maxLength: MAX_NOTES_TEXT,
  },
] as const satisfies readonly QuestionDeclaration[]

export type DeclaredQuestion = (typeof INTAKE_QUESTIONS)[number]
/** A question's key (the screening record in answers.ts is not a question). */
export type DeclaredKey = DeclaredQuestion['key']
