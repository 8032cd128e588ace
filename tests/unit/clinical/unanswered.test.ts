// Unanswered is never read as "no": an absent key is different from false / 'none'.
import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/shared/clinical/assess'
import { CAUSE_DEFINITIONS } from '../../../src/shared/clinical/knowledgeBase'
import type { AnswerKey } from '../../../src/shared/intake/answers'
import { cause, causeOf, phrases } from './support'

describe('an empty answer set', () => {
  const assessment = assess({}, {})

  it('raises no red flag', () => {
    expect(assessment.redFlags).toEqual([])
    expect(assessment.highestUrgency).toBe('none')
  })

  it('rates every cause unlikely with no points and no evidence', () => {
    expect(assessment.causes).toHaveLength(13)
    for (const result of assessment.causes) {
      expect(result).toMatchObject({ tier: 'unlikely', points: 0, evidence: [], limits: [] })
    }
  })

  it('lists every question of every cause as unanswered', () => {
    for (const definition of CAUSE_DEFINITIONS) {
      const keys = new Set<AnswerKey>(definition.features.flatMap((feature) => feature.keys))
      if (definition.tiering.kind === 'rule') {
        for (const key of definition.tiering.gate.keys) keys.add(key)
      }
      expect(new Set(cause(assessment, definition.id).unansweredKeys)).toEqual(keys)
    }
  })

  it('lists the cauda equina questions first among red-flag questions', () => {
    expect(assessment.unansweredRedFlagKeys.slice(0, 4)).toEqual([
      'saddleNumbness',
      'bladderChange',
      'bowelChange',
      'sexualFunctionChange',
    ])
  })
})

describe('false versus absent', () => {
  it('saddleNumbness: true raises cauda equina with its evidence', () => {
    const assessment = assess({}, { saddleNumbness: true })
    expect(assessment.redFlags).toEqual([
      {
        id: 'cauda_equina',
        urgency: 'emergency',
        evidence: [
          { phrase: 'New numbness between the legs (saddle area)', keys: ['saddleNumbness'] },
        ],
      },
    ])
    expect(assessment.highestUrgency).toBe('emergency')
  })

  it('saddleNumbness: false raises nothing and is answered', () => {
    const assessment = assess({}, { saddleNumbness: false })
    expect(assessment.redFlags).toEqual([])
    expect(assessment.unansweredRedFlagKeys).not.toContain('saddleNumbness')
  })

  it('saddleNumbness absent raises nothing but stays an open question', () => {
    const assessment = assess({}, {})
    expect(assessment.unansweredRedFlagKeys).toContain('saddleNumbness')
  })

  it('numbness "none" counts toward strain; numbness absent neither counts nor is "none"', () => {
    const base = { painSites: ['low_back_central' as const], legWeakness: 'none' as const }
    const phrase = 'No pain below the knee, no numbness and no weakness'
    const answered = causeOf({}, { ...base, numbnessOrTingling: 'none' }, 'muscle_strain')
    const absent = causeOf({}, base, 'muscle_strain')
    expect(phrases(answered)).toContain(phrase)
    expect(phrases(absent)).not.toContain(phrase)
    expect(absent.unansweredKeys).toContain('numbnessOrTingling')
    expect(answered.unansweredKeys).not.toContain('numbnessOrTingling')
  })

  it('an answered list without a value is a "no"; an absent list is open', () => {
    const answered = causeOf({}, { worseWith: ['standing'] }, 'disc_herniation')
    const absent = causeOf({}, {}, 'disc_herniation')
    expect(answered.unansweredKeys).not.toContain('worseWith')
    expect(absent.unansweredKeys).toContain('worseWith')
  })

  it('either answer can make "better with rest" true; the other stays open when it is not', () => {
    const phrase = 'Better with rest'
    expect(phrases(causeOf({}, { betterWith: ['rest'] }, 'osteoarthritis'))).toContain(phrase)
    expect(phrases(causeOf({}, { effectOfRest: 'better' }, 'osteoarthritis'))).toContain(phrase)
    const heatOnly = causeOf({}, { betterWith: ['heat'] }, 'osteoarthritis')
    expect(phrases(heatOnly)).not.toContain(phrase)
    expect(heatOnly.unansweredKeys).toContain('effectOfRest')
    expect(heatOnly.unansweredKeys).not.toContain('betterWith')
  })

  it('an unknown age neither counts nor rules out age features', () => {
    const unknownAge = causeOf({}, {}, 'osteoarthritis')
    const young = causeOf({ ageYears: 30 }, {}, 'osteoarthritis')
    expect(unknownAge.points).toBe(0)
    expect(young.points).toBe(0)
    expect(causeOf({ ageYears: 51 }, {}, 'osteoarthritis').points).toBe(2)
  })

  it("sex 'unknown' does not count as female or as not female", () => {
    expect(causeOf({ sex: 'unknown' }, {}, 'bursitis').points).toBe(0)
    expect(causeOf({ sex: 'female' }, {}, 'bursitis').points).toBe(1)
  })

  it('fever with unanswered risk factors leaves the infection flag open, not negative', () => {
    const assessment = assess({}, { fever: true })
    expect(assessment.redFlags).toEqual([])
    expect(assessment.unansweredRedFlagKeys).toEqual(
      expect.arrayContaining(['injectionDrugUse', 'immunosuppressed', 'nightPain'] as const),
    )
    const answeredNo = assess(
      { ageYears: 30 },
      {
        fever: true,
        injectionDrugUse: false,
        immunosuppressed: false,
        recentInfection: false,
        recentSpineOrHipProcedure: false,
        hipReplacement: false,
        diabetes: false,
        nightPain: 'none',
      },
    )
    expect(answeredNo.unansweredRedFlagKeys).not.toContain('injectionDrugUse')
  })
})
