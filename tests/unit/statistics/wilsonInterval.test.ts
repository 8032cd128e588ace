// The 95% Wilson score interval against values worked out by hand:
// centre = (p + z²/2n) / (1 + z²/n), half-width = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n), z = 1.96.
import { describe, expect, it } from 'vitest'
import { wilsonInterval } from '../../../src/shared/statistics/wilsonInterval'

function bounds(successes: number, total: number): [number, number] | null {
  const interval = wilsonInterval(successes, total)
  return interval && [Number(interval.low.toFixed(3)), Number(interval.high.toFixed(3))]
}

describe('wilsonInterval', () => {
  it('8 of 10: 0.490 to 0.943', () => {
    expect(bounds(8, 10)).toEqual([0.49, 0.943])
    expect(wilsonInterval(8, 10)?.estimate).toBe(0.8)
  })

  it('0 of 10: 0 to 0.278, never below zero', () => {
    expect(bounds(0, 10)).toEqual([0, 0.278])
    expect(wilsonInterval(0, 10)?.low).toBe(0)
  })

  it('10 of 10: 0.722 to 1, never above one', () => {
    expect(bounds(10, 10)).toEqual([0.722, 1])
    expect(wilsonInterval(10, 10)?.high).toBe(1)
  })

  it('45 of 100: 0.356 to 0.548, and 1 of 1: 0.207 to 1', () => {
    expect(bounds(45, 100)).toEqual([0.356, 0.548])
    expect(bounds(1, 1)).toEqual([0.207, 1])
  })

  it('has nothing to say about 0 of 0, and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull()
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError)
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError)
    expect(() => wilsonInterval(1.5, 2)).toThrow(RangeError)
  })
})
