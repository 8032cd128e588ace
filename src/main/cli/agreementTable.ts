// The agreement report as plain text for the server's console: fixed-width columns, percentages
// with their 95% Wilson range, and "too few to say" below the minimum count.
import type {
  AgreementReport,
  Proportion,
  TierAgreement,
} from '../../shared/agreement/agreementReport'
import { causeDefinition, redFlagDefinition } from '../../shared/clinical/assessment'

function percent(value: Proportion): string {
  if (value.total === 0) return 'none yet'
  if (!value.interval) return `too few to say (${value.successes}/${value.total})`
  const p = (n: number) => Math.round(n * 100)
  const { estimate, low, high } = value.interval
  return `${p(estimate)}% (${p(low)}-${p(high)}%, ${value.successes}/${value.total})`
}

function decisions(tier: TierAgreement): string {
  return `${tier.flagged}: ${tier.confirmed}/${tier.ruledOut}/${tier.leftOpen}`
}

function minutesText(minutes: number): string {
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} h ${minutes % 60} min`
  return `${Math.floor(hours / 24)} d ${hours % 24} h`
}

/** Columns padded to their widest cell, two spaces apart. */
function table(rows: readonly string[][]): string {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => row[column]?.length ?? 0)),
  )
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths?.[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

export function agreementTable(report: AgreementReport): string {
  const { from, to, engineVersion } = report.query
  const period =
    from && to
      ? `signed ${from} to ${to}`
      : from
        ? `signed from ${from}`
        : to
          ? `signed up to ${to}`
          : 'signed at any time'
  const lines = [
    `Agreement of the assessment rules with signed reviews: ${report.reviews} signed review(s), ` +
      `${period}, rules version ${engineVersion ?? 'all'}.`,
    'Flagged: confirmed/ruled out/left open. Right when flagged = confirmed / (confirmed + ruled',
    `out); left open is not counted in it. Ranges are 95% Wilson intervals; below ${report.minimumReviews}`,
    'decided reviews: too few to say.',
    '',
  ]
  if (report.reviews === 0) {
    lines.push('No signed reviews match. Try other dates or another --engine-version.')
    return lines.join('\n')
  }
  lines.push(
    table([
      [
        'Cause',
        'Likely',
        'Right when likely',
        'Possible',
        'Right when possible',
        'Missed',
        'Confirmed causes flagged',
      ],
      ...report.causes.map((cause) => [
        causeDefinition(cause.causeId).name,
        decisions(cause.likely),
        percent(cause.likely.predictiveValue),
        decisions(cause.possible),
        percent(cause.possible.predictiveValue),
        String(cause.confirmedUnlikely),
        percent(cause.flaggedShare),
      ]),
    ]),
    '',
    'Missed: confirmed by the clinician though the rules rated the cause unlikely.',
    '',
  )
  if (report.redFlags.length === 0) {
    lines.push('No red flag was raised on these reviews.')
  } else {
    lines.push(
      table([
        ['Red flag', 'Urgency', 'Raised', 'Median wait', '9 in 10 signed within'],
        ...report.redFlags.map((flag) => [
          redFlagDefinition(flag.flagId).name,
          flag.urgency,
          String(flag.raised),
          minutesText(flag.wait.medianMinutes),
          minutesText(flag.wait.p90Minutes),
        ]),
      ]),
    )
  }
  return lines.join('\n')
}
