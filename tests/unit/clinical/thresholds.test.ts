// Every age, duration and pain threshold at its boundary, plus the ASAS gate and the strain gate.
import { describe, expect, it } from 'vitest'
import type { CauseId } from '../../../src/shared/clinical/ids'
import { CAUSE_DEFINITIONS, causeDefinition } from '../../../src/shared/clinical/knowledgeBase'
import { scoreCause } from '../../../src/shared/clinical/scoring'
import type { Answers } from '../../../src/shared/intake/answers'
import { causeOf, flagsFor, phrases } from './support'

function matches(id: CauseId, phrase: string, ageYears: number, answers: Answers = {}): boolean {
  return phrases(causeOf({ ageYears }, answers, id)).includes(phrase)
}

describe('age thresholds', () => {
  it.each([
    // ACR 1991 "over 50": engine 1.0.0 wrongly counted 50.
    ['osteoarthritis', 'Age over 50', 50, false],
    ['osteoarthritis', 'Age over 50', 51, true],
    ['labral_tear', 'Age under 50', 49, true],
    ['labral_tear', 'Age under 50', 50, false],
    ['spinal_stenosis', 'Age 60 or over', 59, false],
    ['spinal_stenosis', 'Age 60 or over', 60, true],
    ['injury', 'Age 70 or over', 69, false],
    ['injury', 'Age 70 or over', 70, true],
    ['disc_herniation', 'Age 25 to 55', 24, false],
    ['disc_herniation', 'Age 25 to 55', 25, true],
    ['disc_herniation', 'Age 25 to 55', 55, true],
    ['disc_herniation', 'Age 25 to 55', 56, false],
    ['bursitis', 'Age 40 to 70', 39, false],
    ['bursitis', 'Age 40 to 70', 40, true],
    ['bursitis', 'Age 40 to 70', 70, true],
    ['bursitis', 'Age 40 to 70', 71, false],
  ] as const)('%s "%s" at age %i: %s', (id, phrase, age, expected) => {
    expect(matches(id, phrase, age)).toBe(expected)
  })

  it('scoliosis counts age 65 and over only with pain worse standing or walking', () => {
    const phrase = 'Age 65 or over and worse standing or walking'
    expect(matches('scoliosis', phrase, 64, { worseWith: ['standing'] })).toBe(false)
    expect(matches('scoliosis', phrase, 65, { worseWith: ['standing'] })).toBe(true)
    expect(matches('scoliosis', phrase, 65, { worseWith: ['sitting'] })).toBe(false)
  })

  it('malignancy flags constant night pain from age 50', () => {
    const answers: Answers = { nightPain: 'constant_any_position' }
    expect(flagsFor({ ageYears: 49 }, answers)).not.toContain('malignancy')
    expect(flagsFor({ ageYears: 50 }, answers)).toContain('malignancy')
  })

  it('malignancy flags unexplained weight loss from age 50', () => {
    const answers: Answers = { unexplainedWeightLoss: true }
    expect(flagsFor({ ageYears: 49 }, answers)).not.toContain('malignancy')
    expect(flagsFor({ ageYears: 50 }, answers)).toContain('malignancy')
  })

  it('fracture flags a fall from standing or lifting from age 70', () => {
    for (const event of ['fall_same_level', 'lifting'] as const) {
      expect(flagsFor({ ageYears: 69 }, { onsetEvent: [event] })).not.toContain('fracture')
      expect(flagsFor({ ageYears: 70 }, { onsetEvent: [event] })).toContain('fracture')
    }
  })

  it('ASAS counts first back pain before 40, not at 40', () => {
    const phrase = 'Back pain first began before age 40'
    expect(matches('ankylosing_spondylitis', phrase, 45, { ageAtFirstBackPain: 39 })).toBe(true)
    expect(matches('ankylosing_spondylitis', phrase, 45, { ageAtFirstBackPain: 40 })).toBe(false)
  })
})

describe('duration thresholds', () => {
  it.each([
    ['osteoarthritis', '12 weeks or more', 11.9, false],
    ['osteoarthritis', '12 weeks or more', 12, true],
    ['muscle_strain', 'Under 6 weeks', 5.9, true],
    ['muscle_strain', 'Under 6 weeks', 6, false],
    ['rheumatoid_arthritis', '6 weeks or more', 5.9, false],
    ['rheumatoid_arthritis', '6 weeks or more', 6, true],
  ] as const)('%s "%s" at %f weeks: %s', (id, phrase, durationWeeks, expected) => {
    expect(matches(id, phrase, 40, { durationWeeks })).toBe(expected)
  })

  it('persistent_or_severe is raised from 6 weeks', () => {
    expect(flagsFor({}, { durationWeeks: 5.9 })).not.toContain('persistent_or_severe')
    expect(flagsFor({}, { durationWeeks: 6 })).toContain('persistent_or_severe')
  })
})

describe('pain thresholds', () => {
  it.each(['painNow', 'painWorstWeek'] as const)('persistent_or_severe from %s 7', (key) => {
    expect(flagsFor({}, { [key]: 6 })).not.toContain('persistent_or_severe')
    expect(flagsFor({}, { [key]: 7 })).toContain('persistent_or_severe')
  })

  it('average pain alone never raises persistent_or_severe', () => {
    expect(flagsFor({}, { painAverageWeek: 10 })).not.toContain('persistent_or_severe')
  })
})

describe('the ankylosing spondylitis ASAS gate', () => {
  // All five ASAS features; the gate needs 12 weeks or more and a low back or buttock site.
  const asasFive: Answers = {
    ageAtFirstBackPain: 22,
    onset: 'gradual',
    effectOfExercise: 'better',
    effectOfRest: 'no_change',
    nightPain: 'wakes_second_half_eases_on_rising',
  }
  const gated: Answers = { ...asasFive, painSites: ['low_back_central'], durationWeeks: 12 }
  const as = (answers: Answers) => causeOf({ ageYears: 30 }, answers, 'ankylosing_spondylitis')

  it('is likely with the gate and 4 or more ASAS features', () => {
    expect(as(gated).tier).toBe('likely')
    expect(as({ ...gated, nightPain: 'none' }).tier).toBe('likely')
    expect(as({ ...gated, nightPain: 'none' }).points).toBe(4)
  })

  it('is only possible at 11.9 weeks, and says why', () => {
    const result = as({ ...gated, durationWeeks: 11.9 })
    expect(result.tier).toBe('possible')
    expect(result.limits.map((limit) => limit.keys)).toEqual([['durationWeeks', 'painSites']])
  })

  it('is only possible without a low back or buttock site', () => {
    expect(as({ ...gated, painSites: ['groin_left'] }).tier).toBe('possible')
    expect(as({ ...gated, painSites: ['buttock_right'] }).tier).toBe('likely')
  })

  it('is only possible while the gate is unanswered, and lists the gate questions', () => {
    const result = as(asasFive)
    expect(result.tier).toBe('possible')
    expect(result.unansweredKeys).toEqual(
      expect.arrayContaining(['painSites', 'durationWeeks'] as const),
    )
  })

  it('is possible with the gate and 3 ASAS features', () => {
    const three: Answers = { ...gated, nightPain: 'none', effectOfRest: 'better' }
    expect(as(three).points).toBe(3)
    expect(as(three).tier).toBe('possible')
  })

  it('is possible with the gate and ASAS + supporting of 4, unlikely at 3', () => {
    const two: Answers = { ...gated, nightPain: 'none', effectOfRest: 'better', onset: 'sudden' }
    expect(as(two).tier).toBe('unlikely')
    expect(as({ ...two, psoriasis: true }).tier).toBe('unlikely')
    expect(as({ ...two, psoriasis: true, heelOrTendonPain: true }).tier).toBe('possible')
  })

  it('counts at most 3 supporting points and never makes likely from them', () => {
    const supporting: Answers = {
      painSites: ['low_back_central'],
      durationWeeks: 52,
      onset: 'gradual',
      morningStiffness: 'over_60_min',
      alternatingButtockPain: true,
      nsaidResponse: 'good_within_48h',
      familyHistorySpondyloarthritis: true,
      uveitis: true,
      heelOrTendonPain: true,
    }
    const result = as(supporting)
    expect(result.points).toBe(4)
    expect(result.maxPoints).toBe(8)
    expect(result.tier).toBe('possible')
    expect(result.evidence.filter((evidence) => evidence.points === 0)).toHaveLength(3)
  })

  it('is unlikely without the gate and fewer than 4 ASAS features', () => {
    const three: Answers = { ...asasFive, nightPain: 'none', effectOfRest: 'better' }
    expect(as({ ...three, painSites: ['low_back_central'], durationWeeks: 4 }).tier).toBe(
      'unlikely',
    )
  })
})

describe('the muscle strain gate', () => {
  // 7 of 7 strain points without the no-nerve-symptoms feature would need all of them answered.
  const strain: Answers = {
    painSites: ['low_back_central'],
    onset: 'sudden',
    onsetEvent: ['lifting'],
    durationWeeks: 1,
    worseWith: ['bending_forward'],
    betterWith: ['rest'],
    numbnessOrTingling: 'none',
    legWeakness: 'none',
  }
  const strainOf = (answers: Answers) => causeOf({ ageYears: 30 }, answers, 'muscle_strain')

  it('is likely without nerve symptoms', () => {
    expect(strainOf(strain)).toMatchObject({ tier: 'likely', points: 7, limits: [] })
  })

  const nerveSymptoms: [string, Answers][] = [
    ['pain below the knee', { painSites: ['low_back_central', 'below_knee_left'] }],
    ['pain in the foot', { painSites: ['low_back_central', 'foot_right'] }],
    ['numbness in one leg', { numbnessOrTingling: 'one_leg' }],
    ['numbness in both legs', { numbnessOrTingling: 'both_legs' }],
    ['weakness in one leg', { legWeakness: 'one_leg' }],
    ['weakness in both legs', { legWeakness: 'both_legs' }],
  ]
  it.each(nerveSymptoms)('is never likely with %s', (_, change) => {
    const result = strainOf({ ...strain, ...change })
    expect(result.points).toBeGreaterThanOrEqual(5)
    expect(result.tier).toBe('possible')
    expect(result.limits).toHaveLength(1)
  })

  it('is not held down by unanswered nerve questions (unanswered is not "reported")', () => {
    const { numbnessOrTingling: _n, legWeakness: _w, ...withoutNerveAnswers } = strain
    const result = strainOf(withoutNerveAnswers)
    expect(result.points).toBe(6)
    expect(result.tier).toBe('likely')
  })
})

describe('tier thresholds', () => {
  it('muscle strain: 2 unlikely, 3 possible, 4 possible, 5 likely', () => {
    const strainOf = (answers: Answers) => causeOf({}, answers, 'muscle_strain')
    const three: Answers = { onset: 'sudden', onsetEvent: ['lifting'] }
    expect(strainOf({ durationWeeks: 1, betterWith: ['rest'] })).toMatchObject({
      points: 2,
      tier: 'unlikely',
    })
    expect(strainOf(three)).toMatchObject({ points: 3, tier: 'possible' })
    expect(strainOf({ ...three, durationWeeks: 1 })).toMatchObject({ points: 4, tier: 'possible' })
    expect(strainOf({ ...three, durationWeeks: 1, betterWith: ['rest'] })).toMatchObject({
      points: 5,
      tier: 'likely',
    })
  })

  it('disc herniation: 5 possible, 6 likely', () => {
    const five: Answers = { painSites: ['below_knee_left'], legPainVsBackPain: 'leg_worse' }
    const discOf = (answers: Answers) => causeOf({ ageYears: 30 }, answers, 'disc_herniation')
    expect(discOf(five)).toMatchObject({ points: 5, tier: 'possible' })
    expect(discOf({ ...five, onsetEvent: ['lifting'] })).toMatchObject({
      points: 6,
      tier: 'likely',
    })
  })

  // The mechanism at every cause's own numbers: exactly at a threshold reaches it, one below not.
  const thresholdCauses = CAUSE_DEFINITIONS.flatMap((definition) =>
    definition.tiering.kind === 'thresholds' ? [[definition.id, definition.tiering] as const] : [],
  )
  it.each(thresholdCauses)('%s tiers at its thresholds', (id, { likely, possible }) => {
    const withPoints = (points: number) =>
      scoreCause(
        {
          ...causeDefinition(id),
          caps: [],
          features: [{ phrase: 'test', keys: [], points, test: () => true }],
        },
        {},
        {},
      ).tier
    expect(withPoints(likely)).toBe('likely')
    expect(withPoints(likely - 1)).toBe('possible')
    expect(withPoints(possible)).toBe('possible')
    expect(withPoints(possible - 1)).toBe('unlikely')
  })
})

describe('capped groups and unanswered questions', () => {
  it('stops listing supporting questions once 3 supporting points are counted', () => {
    const full: Answers = {
      morningStiffness: 'over_60_min',
      alternatingButtockPain: true,
      nsaidResponse: 'good_within_48h',
    }
    const result = causeOf({}, full, 'ankylosing_spondylitis')
    expect(result.points).toBe(3)
    expect(result.unansweredKeys).not.toContain('heelOrTendonPain')
    expect(result.unansweredKeys).toContain('effectOfExercise')
    const twoOnly = causeOf({}, { ...full, nsaidResponse: 'none' }, 'ankylosing_spondylitis')
    expect(twoOnly.unansweredKeys).toContain('heelOrTendonPain')
  })
})
