import type {
  AgreementReport,
  Proportion,
  TierAgreement,
} from '../../shared/agreement/agreementReport'
import { causeDefinition, redFlagDefinition } from '../../shared/clinical/assessment'
import { csvField } from '../audit/auditCsv'

type Cell = string | number | null

/** A proportion's estimate and bounds to three decimals; empty when too few to say. */
function proportionCells(value: Proportion): Cell[] {
  const interval = value.interval
  const fixed = (n: number) => n.toFixed(3)
  return [
    value.successes,
    value.total,
    interval ? fixed(interval.estimate) : '',
    interval ? fixed(interval.low) : '',
    interval ? fixed(interval.high) : '',
  ]
}

function tierCells(tier: TierAgreement): Cell[] {
  return [
    tier.flagged,
    tier.confirmed,
    tier.ruledOut,
    tier.leftOpen,
    ...proportionCells(tier.predictiveValue),
  ]
}

const tierHeaders = (tier: string) =>
  [
    'flagged',
    'confirmed',
    'ruled_out',
    'left_open',
    'ppv_confirmed',
    'ppv_decided',
    'ppv',
    'ppv_low',
    'ppv_high',
  ].map((name) => `${tier}_${name}`)

function lines(rows: readonly Cell[][]): string[] {
  return rows.map((row) => row.map(csvField).join(','))
}

/**
 * The report as RFC 4180 CSV (CRLF line ends) for a spreadsheet: the period first, then one
 * table per cause and one per red flag, separated by an empty line. Proportions carry their
 * counts; estimate and 95% Wilson bounds are empty below the minimum count ("too few to say").
 * The predictive value is confirmed / (confirmed + ruled out): causes left open are not in it.
 */
export function agreementCsv(report: AgreementReport): string {
  const { query } = report
  const about: Cell[][] = [
    ['report', 'agreement of the assessment rules with signed reviews'],
    ['signed_from', query.from ?? 'any'],
    ['signed_to', query.to ?? 'any'],
    ['engine_version', query.engineVersion ?? 'all'],
    ['signed_reviews', report.reviews],
    ['minimum_for_estimate', report.minimumReviews],
  ]
  const causes: Cell[][] = [
    [
      'cause_id',
      'cause',
      ...tierHeaders('likely'),
      ...tierHeaders('possible'),
      'confirmed_rated_unlikely',
      'flagged_confirmed',
      'all_confirmed',
      'flagged_share',
      'flagged_share_low',
      'flagged_share_high',
    ],
    ...report.causes.map((cause) => [
      cause.causeId,
      causeDefinition(cause.causeId).name,
      ...tierCells(cause.likely),
      ...tierCells(cause.possible),
      cause.confirmedUnlikely,
      ...proportionCells(cause.flaggedShare),
    ]),
  ]
  const flags: Cell[][] = [
    ['red_flag_id', 'red_flag', 'urgency', 'raised', 'wait_median_minutes', 'wait_p90_minutes'],
    ...report.redFlags.map((flag) => [
      flag.flagId,
      redFlagDefinition(flag.flagId).name,
      flag.urgency,
      flag.raised,
      flag.wait.medianMinutes,
      flag.wait.p90Minutes,
    ]),
  ]
  return `${[...lines(about), '', ...lines(causes), '', ...lines(flags)].join('\r\n')}\r\n`
}
