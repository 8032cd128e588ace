// The knowledge base is data; these tests keep the data honest: every id defined once, every
// feature declaring exactly the answers it reads, and "cannot tell" only when something is
// actually unanswered.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Predicate } from '../../../src/shared/clinical/features'
import { CAUSE_IDS, RED_FLAG_IDS } from '../../../src/shared/clinical/ids'
import {
  CAUSE_DEFINITIONS,
  causeDefinition,
  maxPointsOf,
  RED_FLAG_DEFINITIONS,
  redFlagDefinition,
} from '../../../src/shared/clinical/knowledgeBase'
import type { AnswerKey, Answers } from '../../../src/shared/intake/answers'
import { answersArbitrary, patientArbitrary } from './arbitraries'

interface Rule {
  name: string
  keys: readonly AnswerKey[]
  test: Predicate
}

// Every predicate in the knowledge base: features, caps, gates and red-flag triggers.
const RULES: Rule[] = [
  ...CAUSE_DEFINITIONS.flatMap((definition) => [
    ...definition.features.map((feature) => ({
      name: `${definition.id}: ${feature.phrase}`,
      ...feature,
    })),
    ...(definition.caps ?? []).map((cap) => ({ name: `${definition.id} cap`, ...cap })),
    ...(definition.tiering.kind === 'rule'
      ? [{ name: `${definition.id} gate`, ...definition.tiering.gate }]
      : []),
  ]),
  ...RED_FLAG_DEFINITIONS.flatMap((definition) =>
    definition.triggers.map((trigger) => ({
      name: `${definition.id}: ${trigger.phrase}`,
      ...trigger,
    })),
  ),
]

function pick(answers: Answers, keys: readonly AnswerKey[]): Answers {
  return Object.fromEntries(
    Object.entries(answers).filter(([key]) => keys.includes(key as AnswerKey)),
  )
}

function omit(answers: Answers, keys: readonly AnswerKey[]): Answers {
  return Object.fromEntries(
    Object.entries(answers).filter(([key]) => !keys.includes(key as AnswerKey)),
  )
}

describe('knowledge base', () => {
  it('defines every cause and red flag exactly once, in SPEC order', () => {
    expect(CAUSE_DEFINITIONS.map((definition) => definition.id)).toEqual([...CAUSE_IDS])
    expect(RED_FLAG_DEFINITIONS.map((definition) => definition.id)).toEqual([...RED_FLAG_IDS])
    for (const id of CAUSE_IDS) expect(causeDefinition(id).id).toBe(id)
    for (const id of RED_FLAG_IDS) expect(redFlagDefinition(id).id).toBe(id)
  })

  it.each(CAUSE_DEFINITIONS.map((definition) => [definition.id, definition] as const))(
    '%s has a name, a description, citations, codes and sane thresholds',
    (_, definition) => {
      expect(definition.name.length).toBeGreaterThan(0)
      expect(definition.description.length).toBeGreaterThan(20)
      expect(definition.citations.length).toBeGreaterThan(0)
      expect(definition.codes.length).toBeGreaterThan(0)
      for (const feature of definition.features) expect(feature.points).toBeGreaterThan(0)
      if (definition.tiering.kind === 'thresholds') {
        expect(definition.tiering.possible).toBeLessThan(definition.tiering.likely)
        expect(definition.tiering.likely).toBeLessThanOrEqual(maxPointsOf(definition))
      }
    },
  )

  it('knows the maximum points of the capped causes', () => {
    expect(maxPointsOf(causeDefinition('rheumatoid_arthritis'))).toBe(10)
    expect(maxPointsOf(causeDefinition('ankylosing_spondylitis'))).toBe(8)
    expect(maxPointsOf(causeDefinition('disc_herniation'))).toBe(11)
  })

  it.each(RED_FLAG_DEFINITIONS.map((definition) => [definition.id, definition] as const))(
    '%s has advice, triggers and citations',
    (_, definition) => {
      expect(definition.advice.length).toBeGreaterThan(0)
      expect(definition.triggers.length).toBeGreaterThan(0)
      expect(definition.citations.length).toBeGreaterThan(0)
    },
  )

  it('the cauda equina flag is the emergency, with same-day advice', () => {
    expect(redFlagDefinition('cauda_equina')).toMatchObject({
      urgency: 'emergency',
      advice: 'Same-day emergency assessment',
    })
  })

  it('every rule reads only the answer keys it declares', () => {
    fc.assert(
      fc.property(patientArbitrary, answersArbitrary, answersArbitrary, (patient, a, b) => {
        for (const rule of RULES) {
          // Keep the declared keys from a, take everything else from b: the result must not move.
          const mixed = { ...omit(b, rule.keys), ...pick(a, rule.keys) }
          expect(rule.test(patient, mixed), rule.name).toBe(rule.test(patient, a))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('a rule says "cannot tell" only when one of its questions or the patient context is missing', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const patient = { ageYears: 60, sex: 'female' as const }
        for (const rule of RULES) {
          if (rule.test(patient, answers) === undefined) {
            expect(
              rule.keys.some((key) => answers[key] === undefined),
              rule.name,
            ).toBe(true)
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
