// Derived features (SPEC section 2, "Derived features") as small named predicates over the patient
// context and the answers. Each returns true, false, or undefined when an unanswered question
// (or an unknown age or sex) means we cannot tell. Unanswered is never read as "no".
import type { PainSite } from '../intake/answerOptions'
import type { Answers } from '../intake/answers'
import type { PatientContext } from '../intake/patientContext'
import { all, any, includesAny, isOneOf, not, type Truth, when } from './logic'

export type Predicate = (patient: PatientContext, answers: Answers) => Truth

/** Boolean (yes/no) question keys. */
export type YesNoKey = {
  [K in keyof Answers]-?: NonNullable<Answers[K]> extends boolean ? K : never
}[keyof Answers]

// --- Combinators (three-valued, see logic.ts) ----------------------------------------------------

export function allOf(...predicates: Predicate[]): Predicate {
  return (patient, answers) => all(...predicates.map((predicate) => predicate(patient, answers)))
}

export function anyOf(...predicates: Predicate[]): Predicate {
  return (patient, answers) => any(...predicates.map((predicate) => predicate(patient, answers)))
}

export function negate(predicate: Predicate): Predicate {
  return (patient, answers) => not(predicate(patient, answers))
}

/** A yes/no answer as it stands: true, false, or undefined when unanswered. */
export function yes(key: YesNoKey): Predicate {
  return (_, a) => a[key]
}

type Side = 'left' | 'right'

const LEG_SITES: readonly PainSite[] = [
  'thigh_back_left',
  'thigh_back_right',
  'thigh_outer_left',
  'thigh_outer_right',
  'below_knee_left',
  'below_knee_right',
  'foot_left',
  'foot_right',
]
const BELOW_KNEE_SITES: readonly PainSite[] = [
  'below_knee_left',
  'below_knee_right',
  'foot_left',
  'foot_right',
]
const LOW_BACK_SITES: readonly PainSite[] = ['low_back_central', 'low_back_left', 'low_back_right']
const BUTTOCK_SITES: readonly PainSite[] = ['buttock_left', 'buttock_right']

function sideOf(site: PainSite): Side | undefined {
  if (site.endsWith('_left')) return 'left'
  if (site.endsWith('_right')) return 'right'
  return undefined
}

/** The sides on which any of `sites` hurts, from an answered pain-site list. */
function sidesAmong(painSites: readonly PainSite[], sites: readonly PainSite[]): Set<Side> {
  const sides = new Set<Side>()
  for (const site of painSites) {
    const side = sites.includes(site) ? sideOf(site) : undefined
    if (side !== undefined) sides.add(side)
  }
  return sides
}

// --- Pain sites -------------------------------------------------------------------------------

export function hasSite(...sites: PainSite[]): Predicate {
  return (_, a) => includesAny(a.painSites, ...sites)
}

export const lowBackSite = hasSite(...LOW_BACK_SITES)
export const buttockSite = hasSite(...BUTTOCK_SITES)
export const lowBackOrButtockSite = hasSite(...LOW_BACK_SITES, ...BUTTOCK_SITES)
export const outerHipSite = hasSite('hip_lateral_left', 'hip_lateral_right')
export const groinSite = hasSite('groin_left', 'groin_right')
export const backOfThighSite = hasSite('thigh_back_left', 'thigh_back_right')
export const outerThighSite = hasSite('thigh_outer_left', 'thigh_outer_right')

/** Any pain at or below the knee (below_knee_* or foot_*). */
export const belowKnee = hasSite(...BELOW_KNEE_SITES)

/** Pain below the knee, all of it on one side. */
export const belowKneeOneSide: Predicate = (_, a) =>
  when(a.painSites, (sites) => sidesAmong(sites, BELOW_KNEE_SITES).size === 1)

/** Pain below the knee (below_knee_* or foot_*) on both sides. */
export const belowKneeBothSides: Predicate = (_, a) =>
  when(a.painSites, (sites) => sidesAmong(sites, BELOW_KNEE_SITES).size === 2)

/** Leg sites (thigh, below knee, foot) on one side only. */
export const oneSidedLegPain: Predicate = (_, a) =>
  when(a.painSites, (sites) => sidesAmong(sites, LEG_SITES).size === 1)

/** Leg sites on both sides, or numbness or tingling in both legs. */
export const bothLegs: Predicate = (_, a) =>
  any(
    when(a.painSites, (sites) => sidesAmong(sites, LEG_SITES).size === 2),
    isOneOf(a.numbnessOrTingling, 'both_legs'),
  )

export const buttockWithoutLowBack: Predicate = (_, a) =>
  when(
    a.painSites,
    (sites) =>
      sites.some((site) => BUTTOCK_SITES.includes(site)) &&
      !sites.some((site) => LOW_BACK_SITES.includes(site)),
  )

/** Outer-thigh pain with nothing below the knee: the lateral referral pattern of the hip. */
export const outerThighNothingBelowKnee: Predicate = (_, a) =>
  when(
    a.painSites,
    (sites) =>
      sites.some((site) => site === 'thigh_outer_left' || site === 'thigh_outer_right') &&
      !sites.some((site) => BELOW_KNEE_SITES.includes(site)),
  )

// --- Onset and course -------------------------------------------------------------------------

export const suddenOnset: Predicate = (_, a) => isOneOf(a.onset, 'sudden')
export const gradualOnset: Predicate = (_, a) => isOneOf(a.onset, 'gradual')

/** Began with a fall from a height, a vehicle collision or a direct blow. */
export const significantTrauma: Predicate = (_, a) =>
  includesAny(a.onsetEvent, 'fall_from_height', 'vehicle_collision', 'direct_blow')

export const fallFromStanding: Predicate = (_, a) => includesAny(a.onsetEvent, 'fall_same_level')

/** Any fall, from standing or from a height. */
export const afterAFall: Predicate = (_, a) =>
  includesAny(a.onsetEvent, 'fall_same_level', 'fall_from_height')

export function durationAtLeast(weeks: number): Predicate {
  return (_, a) => when(a.durationWeeks, (duration) => duration >= weeks)
}

export function durationUnder(weeks: number): Predicate {
  return (_, a) => when(a.durationWeeks, (duration) => duration < weeks)
}

// --- Modifiers ----------------------------------------------------------------------------------

/** betterWith has rest, or rest makes it better. Either answer alone can make this true. */
export const betterWithRest: Predicate = (_, a) =>
  any(includesAny(a.betterWith, 'rest'), isOneOf(a.effectOfRest, 'better'))

export const constantNightPain: Predicate = (_, a) => isOneOf(a.nightPain, 'constant_any_position')

// --- Neurology ------------------------------------------------------------------------------------

export const numbnessReported: Predicate = (_, a) =>
  isOneOf(a.numbnessOrTingling, 'one_leg', 'both_legs')

export const weaknessReported: Predicate = (_, a) => isOneOf(a.legWeakness, 'one_leg', 'both_legs')

// --- Patient context ------------------------------------------------------------------------------

export function ageAtLeast(years: number): Predicate {
  return (patient) => when(patient.ageYears, (age) => age >= years)
}

export function ageUnder(years: number): Predicate {
  return (patient) => when(patient.ageYears, (age) => age < years)
}

/** Inclusive at both ends. */
export function ageBetween(from: number, to: number): Predicate {
  return (patient) => when(patient.ageYears, (age) => age >= from && age <= to)
}

/** 'unknown' sex is as good as unanswered: we cannot tell. */
export const female: Predicate = (patient) =>
  patient.sex === undefined || patient.sex === 'unknown' ? undefined : patient.sex === 'female'
