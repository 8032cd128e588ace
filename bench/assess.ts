// Benchmark of the assessment engine: assessments per second on random valid answers.
import fc from 'fast-check'
import { assess } from '../src/shared/clinical/assess'
import { AnswersSchema } from '../src/shared/intake/answers'
import { answersArbitrary, patientArbitrary } from '../tests/unit/clinical/arbitraries'

const POOL_SIZE = 5_000
const WARM_UP_MS = 300
const MEASURE_MS = 1_500

/** Calls `work(i)` with i = 0, 1, 2 ... for about `ms` milliseconds; returns calls per second. */
function perSecond(ms: number, work: (i: number) => void): number {
  let calls = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < ms) {
    // Check the clock every 256 calls so timing overhead stays out of the figure.
    for (let j = 0; j < 256; j += 1) work(calls + j)
    calls += 256
    elapsed = performance.now() - start
  }
  return (calls / elapsed) * 1000
}

export async function benchAssess(): Promise<{ label: string; value: number; unit: string }[]> {
  // A fixed seed keeps runs comparable; the pool is made up front so generation is not timed.
  const inputs = fc.sample(fc.tuple(patientArbitrary, answersArbitrary), {
    numRuns: POOL_SIZE,
    seed: 42,
  })
  const at = (i: number) => inputs[i % inputs.length] ?? [{}, {}]

  // Sink the results so the work cannot be optimised away.
  let sink = 0
  const assessOne = (i: number) => {
    const [patient, answers] = at(i)
    sink += assess(patient, answers).causes.length
  }
  const parseAndAssessOne = (i: number) => {
    const [patient, answers] = at(i)
    sink += assess(patient, AnswersSchema.parse(answers)).causes.length
  }

  perSecond(WARM_UP_MS, assessOne)
  const assessRate = perSecond(MEASURE_MS, assessOne)
  perSecond(WARM_UP_MS, parseAndAssessOne)
  const parseRate = perSecond(MEASURE_MS, parseAndAssessOne)
  if (sink === 0) throw new Error('benchmark produced no assessments')

  return [
    {
      label: 'assess() on random valid answers',
      value: Math.round(assessRate),
      unit: 'assessments/s',
    },
    {
      label: 'AnswersSchema.parse + assess()',
      value: Math.round(parseRate),
      unit: 'assessments/s',
    },
  ]
}
