// The rule changes of engine 1.1.0 (SPEC section 4, "Engine version 1.1.0"), each at its boundary.
// Every test here fails on engine 1.0.0.
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/shared/clinical/assess'
import { redFlagDefinition } from '../../../src/shared/clinical/assessment'
import type { Answers } from '../../../src/shared/intake/answers'
import { causeOf, flagsFor, phrases } from './support'

describe('hip osteoarthritis: age over 50 (ACR 1991)', () => {
  // With no answers, age is the only thing that can score: read the points, not the phrase.
  const osteoarthritisAt = (ageYears: number) => causeOf({ ageYears }, {}, 'osteoarthritis')

  it('does not count age 50', () => {
    expect(osteoarthritisAt(50).points).toBe(0)
  })

  it('counts age 51 with 2 points, as "Age over 50"', () => {
    expect(osteoarthritisAt(51).points).toBe(2)
    expect(phrases(osteoarthritisAt(51))).toEqual(['Age over 50'])
  })
})

describe('infection: night sweats', () => {
  it('adds 1 point, and the maximum becomes 16', () => {
    const without = causeOf({}, { nightSweats: false }, 'infection')
    const withSweats = causeOf({}, { nightSweats: true }, 'infection')
    expect(without.points).toBe(0)
    expect(withSweats.points).toBe(1)
    expect(phrases(withSweats)).toEqual(['Night sweats'])
    expect(withSweats.maxPoints).toBe(16)
  })

  it('lists night sweats as a question worth asking while unanswered', () => {
    expect(causeOf({}, {}, 'infection').unansweredKeys).toContain('nightSweats')
  })
})

describe('malignancy flag: weight loss with night sweats', () => {
  it('is raised at any age', () => {
    for (const ageYears of [18, 34, 49]) {
      expect(flagsFor({ ageYears }, { unexplainedWeightLoss: true, nightSweats: true })).toContain(
        'malignancy',
      )
    }
  })

  it('is not raised by either alone under 50', () => {
    expect(flagsFor({ ageYears: 34 }, { unexplainedWeightLoss: true, nightSweats: false })).toEqual(
      [],
    )
    expect(flagsFor({ ageYears: 34 }, { unexplainedWeightLoss: false, nightSweats: true })).toEqual(
      [],
    )
  })
})

describe('bilateral_sciatica flag', () => {
  const bothLegs: Answers = {
    painSites: ['low_back_central', 'below_knee_left', 'below_knee_right'],
  }
  const raised = (answers: Answers) =>
    flagsFor({ ageYears: 44 }, answers).includes('bilateral_sciatica')

  it('is raised by pain below the knee on both sides, feet included', () => {
    expect(raised(bothLegs)).toBe(true)
    expect(raised({ painSites: ['foot_left', 'below_knee_right'] })).toBe(true)
    expect(raised({ painSites: ['foot_left', 'foot_right'] })).toBe(true)
  })

  it('is not raised by pain below the knee on one side, or by thigh pain on both sides', () => {
    expect(raised({ painSites: ['below_knee_left', 'foot_left'] })).toBe(false)
    expect(raised({ painSites: ['thigh_back_left', 'thigh_back_right'] })).toBe(false)
  })

  it('is urgent, named in plain words, and sends staff to the cauda equina questions', () => {
    const assessment = assess({ ageYears: 44 }, { ...bothLegs, onset: 'sudden', durationWeeks: 1 })
    expect(assessment.redFlags).toEqual([
      {
        id: 'bilateral_sciatica',
        urgency: 'urgent',
        evidence: [
          {
            phrase:
              'Pain below the knee in both legs, not known to be gradual and 12 weeks or more',
            keys: ['painSites', 'onset', 'durationWeeks'],
          },
        ],
      },
    ])
    expect(assessment.highestUrgency).toBe('urgent')
    const definition = redFlagDefinition('bilateral_sciatica')
    expect(definition.name).toBe('Sciatica in both legs')
    for (const word of ['cauda equina', 'bladder', 'bowel', 'sexual', 'between the legs']) {
      expect(definition.advice).toContain(word)
    }
    expect(definition.advice).toContain('safety-net advice')
  })

  describe('the long-standing exception: known gradual onset and known 12 weeks or more', () => {
    it.each([
      ['gradual, 12 weeks', { onset: 'gradual', durationWeeks: 12 }, false],
      ['gradual, 104 weeks', { onset: 'gradual', durationWeeks: 104 }, false],
      ['gradual, 11.9 weeks', { onset: 'gradual', durationWeeks: 11.9 }, true],
      ['sudden, 12 weeks', { onset: 'sudden', durationWeeks: 12 }, true],
      ['sudden, 1 week', { onset: 'sudden', durationWeeks: 1 }, true],
      ['onset unanswered, 52 weeks', { durationWeeks: 52 }, true],
      ['gradual, duration unanswered', { onset: 'gradual' }, true],
      ['onset and duration unanswered', {}, true],
    ] as const)('%s: raised %s', (_, course, expected) => {
      expect(raised({ ...bothLegs, ...course })).toBe(expected)
    })
  })

  it('asks for the pain sites while they are unanswered', () => {
    const assessment = assess({ ageYears: 44 }, { onset: 'sudden' })
    expect(assessment.redFlags.map((flag) => flag.id)).not.toContain('bilateral_sciatica')
    expect(assessment.unansweredRedFlagKeys).toContain('painSites')
  })

  it('is listed after the other urgent flags and before persistent_or_severe', () => {
    const answers: Answers = { ...bothLegs, historyOfCancer: true, painNow: 9 }
    expect(flagsFor({ ageYears: 44 }, answers)).toEqual([
      'malignancy',
      'bilateral_sciatica',
      'persistent_or_severe',
    ])
  })
})
