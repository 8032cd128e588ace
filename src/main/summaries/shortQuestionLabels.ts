import type { AnswerKey } from '../../shared/intake/answers'

/**
 * Each question as a clinician would write it in a note ("fever", "night sweats"), for the
 * summary's condensed answer lines. The form's full wording (read aloud to the patient) stays in
 * src/shared/i18n/en/intake.ts and is what the screen shows; a new question without a short label
 * here fails the type check.
 */
export const SHORT_QUESTION_LABELS: Readonly<Record<AnswerKey, string>> = {
  painSites: 'Pain areas',
  legPainVsBackPain: 'Leg pain or back pain worse',
  painQuality: 'Kind of pain',
  painNow: 'Pain now',
  painWorstWeek: 'Worst pain in the past week',
  painAverageWeek: 'Average pain in the past week',
  morningStiffness: 'Morning stiffness',
  nightPain: 'Pain at night',
  onset: 'Onset',
  onsetEvent: 'What set it off',
  durationWeeks: 'Duration of this episode',
  ageAtFirstBackPain: 'Age at first back pain',
  previousEpisodes: 'Earlier episodes',
  worseWith: 'Worse with',
  betterWith: 'Better with',
  effectOfExercise: 'Effect of exercise',
  effectOfRest: 'Effect of rest',
  nsaidResponse: 'Anti-inflammatories',
  alternatingButtockPain: 'Buttock pain switching sides',
  walkingLimitedByLegSymptoms: 'Walking limited by leg symptoms',
  numbnessOrTingling: 'Numbness or pins and needles',
  legWeakness: 'Leg weakness',
  weaknessWorsening: 'Weakness getting worse',
  saddleNumbness: 'Saddle numbness',
  bladderChange: 'New bladder change',
  bowelChange: 'New bowel change',
  sexualFunctionChange: 'New change in sexual function',
  hipClickingLockingCatching: 'Hip clicking, locking or catching',
  hipGivingWay: 'Hip giving way',
  unableToBearWeight: 'Unable to bear weight',
  fever: 'Fever or chills',
  unexplainedWeightLoss: 'Unexplained weight loss',
  nightSweats: 'Night sweats',
  historyOfCancer: 'History of cancer',
  recentInfection: 'Infection in the last 3 months',
  injectionDrugUse: 'Injection drug use',
  immunosuppressed: 'Weakened immune system',
  diabetes: 'Diabetes',
  longTermSteroids: 'Steroid tablets for 3 months or more',
  osteoporosis: 'Osteoporosis',
  recentSpineOrHipProcedure: 'Spine or hip operation or injection in the last 3 months',
  hipReplacement: 'Hip replacement',
  otherJointsSwollen: 'Other swollen joints',
  diagnosedRheumatoidArthritis: 'Rheumatoid arthritis',
  psoriasis: 'Psoriasis',
  inflammatoryBowelDisease: 'Crohn’s disease or ulcerative colitis',
  uveitis: 'Uveitis or iritis',
  heelOrTendonPain: 'Heel or tendon pain',
  familyHistorySpondyloarthritis: 'Family history of spondyloarthritis and related conditions',
  diagnosedScoliosis: 'Scoliosis',
  unevenShouldersOrHips: 'Uneven shoulders or hips, or a visible curve',
  familyHistoryScoliosis: 'Family history of scoliosis',
  interferenceEnjoyment: 'Interference with enjoyment of life',
  interferenceActivity: 'Interference with daily activities',
  priorTreatments: 'Treatment so far',
  priorImaging: 'Scans or X-rays',
  medications: 'Medicines',
  allergies: 'Allergies',
  notes: 'Anything else for the clinician',
}

/** The short label of a question, for the summary's condensed lines. */
export function shortQuestionLabel(key: AnswerKey): string {
  return SHORT_QUESTION_LABELS[key]
}
