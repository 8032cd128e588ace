import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/shared/clinical/assess'
import { ENGINE_VERSION } from '../../../src/shared/clinical/assessment'
import { CAUSE_IDS } from '../../../src/shared/clinical/ids'
import type { Answers } from '../../../src/shared/intake/answers'
import { loadPublicVignettes } from '../../support/publicVignettes'

describe('cause ordering', () => {
  it('lists all thirteen causes in SPEC order when nothing distinguishes them', () => {
    expect(assess({}, {}).causes.map((result) => result.id)).toEqual([...CAUSE_IDS])
  })

  it('orders within a tier by share of the maximum, not by raw points', () => {
    // P02: sciatica 8/8 and disc herniation 10/11 are both likely; the fuller share goes first.
    const p02 = loadPublicVignettes().vignettes.find((vignette) => vignette.id === 'P02')
    if (p02 === undefined) throw new Error('P02 missing')
    const causes = assess(p02.patient, p02.answers).causes
    expect(
      causes.slice(0, 2).map((result) => [result.id, result.points, result.maxPoints]),
    ).toEqual([
      ['sciatica', 8, 8],
      ['disc_herniation', 10, 11],
    ])
  })

  it('puts a higher share first within a tier', () => {
    // Both unlikely: labral tear 1/9 (age under 50) ranks above disc herniation 1/11 (age 25-55).
    const ids = assess({ ageYears: 30 }, {}).causes.map((result) => result.id)
    expect(ids.indexOf('labral_tear')).toBeLessThan(ids.indexOf('disc_herniation'))
  })

  it('puts a likely cause above a possible one whatever the shares', () => {
    const ids = assess({ ageYears: 30 }, { fever: true, injectionDrugUse: true }).causes.map(
      (result) => result.id,
    )
    expect(ids[0]).toBe('infection')
  })
})

describe('red-flag ordering', () => {
  it('orders flags by urgency, then SPEC order, with the emergency first', () => {
    const everything: Answers = {
      durationWeeks: 10,
      historyOfCancer: true,
      onsetEvent: ['vehicle_collision'],
      fever: true,
      diabetes: true,
      weaknessWorsening: true,
      bowelChange: true,
    }
    const assessment = assess({ ageYears: 60 }, everything)
    expect(assessment.redFlags.map((flag) => [flag.id, flag.urgency])).toEqual([
      ['cauda_equina', 'emergency'],
      ['progressive_neurological_deficit', 'urgent'],
      ['infection', 'urgent'],
      ['fracture', 'urgent'],
      ['malignancy', 'urgent'],
      ['persistent_or_severe', 'soon'],
    ])
    expect(assessment.highestUrgency).toBe('emergency')
  })

  it('gives the highest urgency of the raised flags', () => {
    expect(assess({}, { durationWeeks: 8 }).highestUrgency).toBe('soon')
    expect(assess({}, { durationWeeks: 8, historyOfCancer: true }).highestUrgency).toBe('urgent')
  })

  it('carries every answer that raised a flag', () => {
    const flag = assess({ ageYears: 75 }, { onsetEvent: ['fall_same_level'], osteoporosis: true })
      .redFlags[0]
    expect(flag).toEqual({
      id: 'fracture',
      urgency: 'urgent',
      evidence: [
        { phrase: 'Fall from standing or lifting at age 70 or over', keys: ['onsetEvent'] },
        {
          phrase: 'Fall from standing or lifting with osteoporosis',
          keys: ['onsetEvent', 'osteoporosis'],
        },
      ],
    })
  })
})

describe('engine version', () => {
  it('is recorded in every assessment', () => {
    expect(assess({}, {}).engineVersion).toBe(ENGINE_VERSION)
    expect(ENGINE_VERSION).toMatch(/^\d+\.\d+\.\d+$/)
  })
})
