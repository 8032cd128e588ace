import { describe, expect, it } from 'vitest'
import {
  checkVignette,
  describeVignetteFileIssues,
  type Vignette,
  VignetteFileSchema,
} from '../../../src/shared/clinical/vignettes'
import { loadPublicVignettes } from '../../support/publicVignettes'

describe('public vignettes (../shared/clinical/vignettes.json)', () => {
  const file = loadPublicVignettes()

  it('holds the 16 classic cases (P15 and P16 cover the engine 1.1.0 rules)', () => {
    expect(file.vignettes).toHaveLength(16)
  })

  it.each(file.vignettes.map((vignette) => [vignette.id, vignette] as const))(
    '%s meets every expectation',
    (_, vignette) => {
      const result = checkVignette(vignette)
      expect(result.failures).toEqual([])
      expect(result.ok).toBe(true)
    },
  )
})

describe('checkVignette', () => {
  const base: Vignette = {
    id: 'T01',
    title: 'Strain',
    patient: { ageYears: 30 },
    answers: { onset: 'sudden', onsetEvent: ['lifting'], durationWeeks: 1, worseWith: ['lifting'] },
    expect: {},
  }

  it('reports each unmet expectation in plain words', () => {
    const result = checkVignette({
      ...base,
      expect: {
        likely: ['infection'],
        possibleOrLikely: ['scoliosis'],
        notLikely: ['muscle_strain'],
        tiers: { sciatica: 'likely' },
        redFlags: ['cauda_equina'],
        noLikelyCauses: true,
      },
    })
    expect(result.ok).toBe(false)
    expect(result.failures).toEqual([
      'expected infection likely, got unlikely (0/16)',
      'expected scoliosis possible or likely, got unlikely (0/8)',
      'expected muscle_strain not likely, got likely (5/7)',
      'expected sciatica likely, got unlikely (0/8)',
      'expected red flag cauda_equina, not raised',
      'expected no likely cause, got muscle_strain',
    ])
  })

  it('reports a raised flag that should be absent', () => {
    const result = checkVignette({
      ...base,
      answers: { ...base.answers, painNow: 8 },
      expect: { absentRedFlags: ['persistent_or_severe'] },
    })
    expect(result.failures).toEqual([
      'expected no red flag persistent_or_severe, but it was raised',
    ])
  })

  it('returns every cause with tier and points', () => {
    const result = checkVignette(base)
    expect(result.ok).toBe(true)
    expect(result.tiers).toHaveLength(13)
    expect(result.tiers[0]).toEqual({
      id: 'muscle_strain',
      tier: 'likely',
      points: 5,
      maxPoints: 7,
    })
  })
})

describe('vignette file schema', () => {
  it('names the vignette and the field of a bad value', () => {
    const raw = {
      format: 'clinic-intake vignettes v1',
      vignettes: [
        { id: 'A', title: 'fine', patient: {}, answers: {}, expect: {} },
        { id: 'B', title: 'bad', patient: {}, answers: { painNow: 11 }, expect: {} },
        { title: 'no id', patient: {}, answers: {}, expect: { likely: ['flu'] } },
      ],
    }
    const parsed = VignetteFileSchema.safeParse(raw)
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    expect(describeVignetteFileIssues(raw, parsed.error)).toEqual([
      'vignette B (#2): answers.painNow: Pain now must be a whole number from 0 to 10',
      'vignette #3: id: id must be text',
      'vignette #3: expect.likely.0: not a cause id',
    ])
  })

  it('rejects a file without the format marker', () => {
    const parsed = VignetteFileSchema.safeParse({ vignettes: [] })
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    expect(describeVignetteFileIssues({}, parsed.error)).toEqual([
      'format: format must be "clinic-intake vignettes v1"',
    ])
  })
})
