// The agreement report at clinic scale (ten years, about 130,000 signed reviews), through the one
// door as a clinician opens it: every review ever signed (the slowest), one engine version, and
// the last year. The target is the issue's: under 200 ms.
import type { Core } from '../../src/main/core'
import type { AgreementQueryInput } from '../../src/shared/agreement/agreementReport'
import type { BenchRow } from '../support/benchRow'
import { roundMs, sampleEach, summarize } from '../support/stats'
import { BENCH_STAFF } from './buildDatabase'
import type { ScaleManifest } from './buildDatabase'
import { signedInDoor } from './door'

const RUNS_EACH = 15
const WARM_UP = 2

/** The day a year before `day` (YYYY-MM-DD). */
function yearBefore(day: string): string {
  return `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`
}

export async function benchAgreement(core: Core, manifest: ScaleManifest): Promise<BenchRow[]> {
  const clinician = await signedInDoor(core, BENCH_STAFF.clinician)
  // Cold first: what the first person to open the screen after a start waits for.
  const coldStart = performance.now()
  const all = await clinician('agreement.report', {})
  const cold = performance.now() - coldStart

  const version = all.engineVersions[0] ?? null
  const queries: Record<string, AgreementQueryInput> = {
    'ten years, all versions': {},
    'ten years, one version': { engineVersion: version },
    'the last year': { from: yearBefore(manifest.lastDay), to: manifest.lastDay },
  }
  const samples: number[] = []
  for (const query of Object.values(queries)) {
    samples.push(
      ...(await sampleEach(RUNS_EACH, () => clinician('agreement.report', query), WARM_UP)),
    )
  }
  const timings = summarize(samples)
  const label = `agreement report, ${all.reviews.toLocaleString('en-US')} signed reviews`
  return [
    {
      id: 'agreement.cold',
      label: `${label}, first call after opening`,
      value: roundMs(cold),
      unit: 'ms',
      target: { below: 200 },
    },
    {
      id: 'agreement.median',
      label: `${label}, ${Object.keys(queries).length} periods and versions (median)`,
      value: roundMs(timings.median),
      unit: 'ms',
    },
    {
      id: 'agreement.p95',
      label: `${label}, ${Object.keys(queries).length} periods and versions (p95)`,
      value: roundMs(timings.p95),
      unit: 'ms',
      target: { below: 200 },
    },
  ]
}
