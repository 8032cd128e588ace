// Issue 14, the agreement report: its counts over signed reviews with known decisions, the
// predictive values and shares with their Wilson intervals, red-flag waits, the period, the
// 1.0.0 versus 1.1.0 split, what no longer counts as reviewed, and who may read it.
import { describe, expect, it } from 'vitest'
import type { AgreementReport, CauseAgreement } from '../../../src/shared/agreement/agreementReport'
import { MINIMUM_REVIEWS_TO_SAY } from '../../../src/shared/agreement/agreementReport'
import type { CauseId } from '../../../src/shared/clinical/ids'
import { flaggedCauseIds } from '../../../src/shared/review/decisions'
import type { Decision } from '../../../src/shared/review/decisions'
import { useReviewTestCore } from '../reviews/reviewFixtures'
import type { ReviewTestCore } from '../reviews/reviewFixtures'
import { signedInClient } from '../support/signedInClient'
import { expectOk } from '../support/testCore'
import { signAt, submitUnder100, submitVignette } from './agreementFixtures'
import type { Decisions } from './agreementFixtures'

const openCore = useReviewTestCore()

function cause(report: AgreementReport, id: CauseId): CauseAgreement {
  const found = report.causes.find((entry) => entry.causeId === id)
  if (!found) throw new Error(`no row for ${id}`)
  return found
}

function rounded(interval: { low: number; high: number } | null) {
  return interval && [Number(interval.low.toFixed(3)), Number(interval.high.toFixed(3))]
}

/** The i-th of n (0-based) gets `decision` for the first counts[0], the next for counts[1], ... */
function nth(i: number, plan: readonly [Decision, number][]): Decision {
  let seen = 0
  for (const [decision, count] of plan) {
    seen += count
    if (i < seen) return decision
  }
  throw new Error('plan shorter than the intakes')
}

const TWELVE = 12
const SUBMITTED = '2026-03-02T08:00:00.000Z'

/**
 * Twelve disc-herniation intakes (P02: sciatica and disc herniation likely, muscle strain and
 * piriformis syndrome possible, a 'soon' flag), intake i submitted at 08:00 plus i minutes and
 * signed (i + 1) hours later, with decisions planned per cause.
 */
async function twelveSignedP02(core: ReviewTestCore): Promise<number[]> {
  const ids: number[] = []
  for (let i = 0; i < TWELVE; i++) {
    const submittedAt = new Date(Date.parse(SUBMITTED) + i * 60_000)
    const { intakeId, assessment } = await submitVignette(core, 'P02', submittedAt.toISOString())
    expect(flaggedCauseIds(assessment).sort()).toEqual(
      ['disc_herniation', 'muscle_strain', 'piriformis_syndrome', 'sciatica'].sort(),
    )
    const decisions: Decisions = {
      disc_herniation: nth(i, [
        ['confirm', 8],
        ['rule_out', 2],
        ['open', 2],
      ]),
      sciatica: nth(i, [
        ['rule_out', 10],
        ['open', 2],
      ]),
      muscle_strain: nth(i, [
        ['confirm', 10],
        ['open', 2],
      ]),
      piriformis_syndrome: nth(i, [
        ['confirm', 3],
        ['rule_out', 2],
        ['open', 7],
      ]),
      // What the rules missed: infection, rated unlikely, confirmed twice.
      ...(i < 2 ? { infection: 'confirm' as const } : {}),
    }
    const signedAt = new Date(submittedAt.getTime() + (i + 1) * 3_600_000)
    await signAt(core, intakeId, signedAt.toISOString(), decisions)
    ids.push(intakeId)
  }
  return ids
}

describe('the agreement report', () => {
  it('counts each decision by the tier the rules gave, with Wilson intervals', async () => {
    const core = openCore()
    await twelveSignedP02(core)
    const report = expectOk(await core.api.agreement.report({}))
    expect(report.reviews).toBe(TWELVE)
    expect(report.minimumReviews).toBe(MINIMUM_REVIEWS_TO_SAY)

    const disc = cause(report, 'disc_herniation')
    expect(disc.likely).toMatchObject({ flagged: 12, confirmed: 8, ruledOut: 2, leftOpen: 2 })
    // 8 of 10 decided: left open is not in the predictive value.
    expect(disc.likely.predictiveValue).toMatchObject({ successes: 8, total: 10 })
    expect(rounded(disc.likely.predictiveValue.interval)).toEqual([0.49, 0.943])
    expect(disc.possible.flagged).toBe(0)

    const sciatica = cause(report, 'sciatica')
    expect(sciatica.likely).toMatchObject({ flagged: 12, confirmed: 0, ruledOut: 10 })
    expect(rounded(sciatica.likely.predictiveValue.interval)).toEqual([0, 0.278])

    const strain = cause(report, 'muscle_strain')
    expect(strain.possible).toMatchObject({ flagged: 12, confirmed: 10, ruledOut: 0 })
    expect(rounded(strain.possible.predictiveValue.interval)).toEqual([0.722, 1])
    // Every confirmed muscle strain had been flagged: 10 of 10.
    expect(strain.flaggedShare).toMatchObject({ successes: 10, total: 10 })
    expect(rounded(strain.flaggedShare.interval)).toEqual([0.722, 1])

    // 3 of 5 decided: too few reviews to say, but the counts are still there.
    const piriformis = cause(report, 'piriformis_syndrome')
    expect(piriformis.possible).toMatchObject({ confirmed: 3, ruledOut: 2, leftOpen: 7 })
    expect(piriformis.possible.predictiveValue).toEqual({ successes: 3, total: 5, interval: null })

    const infection = cause(report, 'infection')
    expect(infection.confirmedUnlikely).toBe(2)
    expect(infection.likely.flagged + infection.possible.flagged).toBe(0)
    expect(infection.flaggedShare).toEqual({ successes: 0, total: 2, interval: null })
  })

  it('gives each red flag its count by urgency and the median and 90th percentile wait', async () => {
    const core = openCore()
    await twelveSignedP02(core)
    const report = expectOk(await core.api.agreement.report({}))
    // Waits of 1 to 12 hours: the median lies between 6 h and 7 h, the 90th percentile at
    // position 9.9 of 0..11, between 10 h and 11 h (linear interpolation).
    expect(report.redFlags).toEqual([
      {
        flagId: 'persistent_or_severe',
        urgency: 'soon',
        raised: 12,
        wait: { medianMinutes: 390, p90Minutes: 654 },
      },
    ])
  })

  it('counts the reviews signed within the chosen days only', async () => {
    const core = openCore()
    const first = await submitVignette(core, 'P02', '2026-03-02T09:00:00.000Z')
    await signAt(core, first.intakeId, '2026-03-02T12:00:00.000Z', {
      disc_herniation: 'confirm',
      sciatica: 'confirm',
      muscle_strain: 'open',
      piriformis_syndrome: 'open',
    })
    const second = await submitVignette(core, 'P02', '2026-04-14T09:00:00.000Z')
    await signAt(core, second.intakeId, '2026-04-15T12:00:00.000Z', {
      disc_herniation: 'rule_out',
      sciatica: 'confirm',
      muscle_strain: 'open',
      piriformis_syndrome: 'open',
    })
    const april = expectOk(await core.api.agreement.report({ from: '2026-04-01' }))
    expect(april.reviews).toBe(1)
    expect(cause(april, 'disc_herniation').likely).toMatchObject({ confirmed: 0, ruledOut: 1 })
    const march = expectOk(
      await core.api.agreement.report({ from: '2026-03-01', to: '2026-03-31' }),
    )
    expect(march.reviews).toBe(1)
    expect(cause(march, 'disc_herniation').likely).toMatchObject({ confirmed: 1, ruledOut: 0 })
    expect(expectOk(await core.api.agreement.report({ to: '2026-03-01' })).reviews).toBe(0)
    const bad = await core.api.agreement.report({ from: '2026-04-01', to: '2026-03-01' })
    expect(bad.ok).toBe(false)
  })

  it('follows an amendment: the newest content of a signed review counts', async () => {
    const core = openCore()
    const { intakeId } = await submitVignette(core, 'P02', '2026-03-02T09:00:00.000Z')
    await signAt(core, intakeId, '2026-03-02T10:00:00.000Z', {
      disc_herniation: 'confirm',
      sciatica: 'open',
      muscle_strain: 'open',
      piriformis_syndrome: 'open',
    })
    expectOk(
      await core.api.reviews.amend({
        intakeId,
        basedOnAmendmentId: null,
        reason: 'MRI showed no herniation',
        decisions: [
          { causeId: 'disc_herniation', decision: 'rule_out', note: '' },
          { causeId: 'sciatica', decision: 'confirm', note: '' },
          { causeId: 'muscle_strain', decision: 'open', note: '' },
          { causeId: 'piriformis_syndrome', decision: 'open', note: '' },
        ],
        clinicalNote: '',
      }),
    )
    const report = expectOk(await core.api.agreement.report({}))
    expect(cause(report, 'disc_herniation').likely).toMatchObject({ confirmed: 0, ruledOut: 1 })
    expect(cause(report, 'sciatica').likely).toMatchObject({ confirmed: 1, leftOpen: 0 })
    expect(report.reviews).toBe(1)
  })

  it("leaves out an intake that is no longer 'reviewed' (as one entered in error will be)", async () => {
    const core = openCore()
    const ids = await twelveSignedP02(core)
    // No status for "entered in error" exists yet: any status but 'reviewed' must drop out.
    core.core.db.prepare("UPDATE intakes SET status = 'submitted' WHERE id = ?").run(ids[0])
    const report = expectOk(await core.api.agreement.report({}))
    expect(report.reviews).toBe(TWELVE - 1)
    expect(cause(report, 'disc_herniation').likely.flagged).toBe(TWELVE - 1)
    expect(cause(report, 'infection').confirmedUnlikely).toBe(1)
    expect(report.redFlags[0]?.raised).toBe(TWELVE - 1)
  })
})

describe('engine 1.0.0 and 1.1.0 in the agreement report', () => {
  it('counts an intake stored under 1.0.0 only under 1.0.0', async () => {
    const core = openCore()
    const old = await submitUnder100(core, '2026-03-02T09:00:00.000Z')
    const oldDecisions = Object.fromEntries(
      flaggedCauseIds(old.assessment).map((id) => [id, 'confirm' as const]),
    )
    await signAt(core, old.intakeId, '2026-03-02T10:00:00.000Z', oldDecisions)
    const current = await submitVignette(core, 'P15', '2026-03-02T11:00:00.000Z')
    expect(current.assessment.engineVersion).toBe('1.1.0')
    const currentDecisions = Object.fromEntries(
      flaggedCauseIds(current.assessment).map((id) => [id, 'rule_out' as const]),
    )
    await signAt(core, current.intakeId, '2026-03-02T12:00:00.000Z', currentDecisions)

    const all = expectOk(await core.api.agreement.report({}))
    expect(all.engineVersions).toEqual(['1.1.0', '1.0.0'])
    expect(all.reviews).toBe(2)

    const v100 = expectOk(await core.api.agreement.report({ engineVersion: '1.0.0' }))
    expect(v100.reviews).toBe(1)
    for (const id of flaggedCauseIds(old.assessment)) {
      const row = cause(v100, id)
      expect(row.likely.confirmed + row.possible.confirmed).toBe(1)
      expect(row.likely.ruledOut + row.possible.ruledOut).toBe(0)
    }
    // 1.0.0 never raised bilateral sciatica for P15; 1.1.0 does.
    expect(v100.redFlags.map((flag) => flag.flagId)).not.toContain('bilateral_sciatica')

    const v110 = expectOk(await core.api.agreement.report({ engineVersion: '1.1.0' }))
    expect(v110.reviews).toBe(1)
    for (const id of flaggedCauseIds(current.assessment)) {
      const row = cause(v110, id)
      expect(row.likely.ruledOut + row.possible.ruledOut).toBe(1)
      expect(row.likely.confirmed + row.possible.confirmed).toBe(0)
    }
    expect(v110.redFlags).toEqual([
      expect.objectContaining({ flagId: 'bilateral_sciatica', urgency: 'urgent', raised: 1 }),
    ])

    const none = expectOk(await core.api.agreement.report({ engineVersion: '9.9.9' }))
    expect(none.reviews).toBe(0)
    expect(none.redFlags).toEqual([])
  })
})

describe('who may read the agreement report', () => {
  it('clinicians and administrators; the front desk is refused', async () => {
    const core = openCore()
    await twelveSignedP02(core)
    const desk = signedInClient(core.core, 'front_desk')
    for (const result of [await desk.agreement.report({}), await desk.agreement.exportCsv({})]) {
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.kind).toBe('forbidden')
    }
    const admin = signedInClient(core.core, 'admin')
    expect(expectOk(await admin.agreement.report({})).reviews).toBe(TWELVE)
    expect(expectOk(await core.api.agreement.report({})).reviews).toBe(TWELVE)
  })

  it('exports the same counts as CSV, with the interval bounds', async () => {
    const core = openCore()
    await twelveSignedP02(core)
    const exported = expectOk(await core.api.agreement.exportCsv({}))
    expect(exported.fileName).toMatch(/^clinic-intake-agreement-\d{4}-\d{2}-\d{2}\.csv$/)
    const lines = exported.csv.split('\r\n')
    expect(lines).toContain('signed_reviews,12')
    const disc = lines.find((line) => line.startsWith('disc_herniation,'))
    // likely: flagged, confirmed, ruled out, open, then 8 of 10 with 0.800 (0.490 to 0.943).
    expect(disc).toContain(',12,8,2,2,8,10,0.800,0.490,0.943,')
    const piriformis = lines.find((line) => line.startsWith('piriformis_syndrome,'))
    // Too few to say: the counts, and empty estimate and bounds.
    expect(piriformis).toContain(',12,3,2,7,3,5,,,,')
    expect(lines).toContain('persistent_or_severe,Persistent or severe pain,soon,12,390,654')
  })
})
