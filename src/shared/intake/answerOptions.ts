// The enumerated answer values of the intake (SPEC section 2). This is the single definition:
// the form, the engine, the PDF and the database import these lists, so none of them can drift.
// The values are stored and exchanged as-is; change one only together with a data migration.

export const PAIN_SITES = [
  'low_back_central',
  'low_back_left',
  'low_back_right',
  'buttock_left',
  'buttock_right',
  'hip_lateral_left',
  'hip_lateral_right',
  'groin_left',
  'groin_right',
  'thigh_back_left',
  'thigh_back_right',
  'thigh_outer_left',
  'thigh_outer_right',
  'below_knee_left',
  'below_knee_right',
  'foot_left',
  'foot_right',
] as const
export type PainSite = (typeof PAIN_SITES)[number]

export const LEG_VS_BACK = ['no_leg_pain', 'back_worse', 'about_equal', 'leg_worse'] as const
export type LegVsBack = (typeof LEG_VS_BACK)[number]

export const PAIN_QUALITIES = [
  'aching',
  'sharp',
  'burning',
  'shooting',
  'electric',
  'throbbing',
  'stiff',
] as const
export type PainQuality = (typeof PAIN_QUALITIES)[number]

export const ONSET = ['sudden', 'gradual'] as const
export type Onset = (typeof ONSET)[number]

export const ONSET_EVENTS = [
  'lifting',
  'twisting_bending',
  'sport_exercise',
  'fall_same_level',
  'fall_from_height',
  'vehicle_collision',
  'direct_blow',
  'prolonged_sitting',
  'none_known',
] as const
export type OnsetEvent = (typeof ONSET_EVENTS)[number]

export const MORNING_STIFFNESS = ['none', 'under_30_min', '30_to_60_min', 'over_60_min'] as const
export type MorningStiffness = (typeof MORNING_STIFFNESS)[number]

export const NIGHT_PAIN = [
  'none',
  'wakes_second_half_eases_on_rising',
  'constant_any_position',
  'other',
] as const
export type NightPain = (typeof NIGHT_PAIN)[number]

/** Effect of exercise or of rest on the pain. */
export const EFFECT = ['better', 'worse', 'no_change', 'unknown'] as const
export type Effect = (typeof EFFECT)[number]

export const WORSE_WITH = [
  'sitting',
  'standing',
  'walking',
  'bending_forward',
  'bending_backward',
  'lifting',
  'cough_sneeze_strain',
  'lying_on_side',
  'stairs',
  'rising_from_chair',
  'pivoting_twisting',
] as const
export type WorseWith = (typeof WORSE_WITH)[number]

export const BETTER_WITH = [
  'rest',
  'sitting',
  'bending_forward',
  'lying_down',
  'movement',
  'heat',
  'anti_inflammatories',
] as const
export type BetterWith = (typeof BETTER_WITH)[number]

export const NSAID_RESPONSE = ['good_within_48h', 'partial', 'none', 'not_tried'] as const
export type NsaidResponse = (typeof NSAID_RESPONSE)[number]

/** Which legs a symptom affects (numbness or tingling, weakness). */
export const SIDEDNESS = ['none', 'one_leg', 'both_legs'] as const
export type Sidedness = (typeof SIDEDNESS)[number]

export const OTHER_JOINTS_SWOLLEN = ['none', 'one_to_three_large', 'many_small_hands_feet'] as const
export type OtherJointsSwollen = (typeof OTHER_JOINTS_SWOLLEN)[number]

export const PRIOR_TREATMENTS = [
  'physical_therapy',
  'chiropractic',
  'medication',
  'injection',
  'surgery',
  'none',
] as const
export type PriorTreatment = (typeof PRIOR_TREATMENTS)[number]

export const PRIOR_IMAGING = ['xray', 'mri', 'ct', 'none'] as const
export type PriorImaging = (typeof PRIOR_IMAGING)[number]

/** Patient context, not an intake answer, but an enumerated value the form and PDF show. */
export const SEX = ['female', 'male', 'other', 'unknown'] as const
export type Sex = (typeof SEX)[number]

/**
 * The four cauda equina screening questions (SPEC section 4). Each must be answered yes or no, or
 * marked "patient could not answer", before an intake can be submitted: a skipped one is how an
 * emergency is missed.
 */
export const CAUDA_EQUINA_QUESTIONS = [
  'saddleNumbness',
  'bladderChange',
  'bowelChange',
  'sexualFunctionChange',
] as const
export type CaudaEquinaQuestion = (typeof CAUDA_EQUINA_QUESTIONS)[number]
