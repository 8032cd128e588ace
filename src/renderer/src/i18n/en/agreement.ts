/** The agreement report: how often the rules' flags turned out right in this clinic. */
export const agreement = {
  agreement: {
    nav: 'Agreement',
    title: 'How often the rules agree with clinicians',
    intro:
      'Counted from signed reviews: for each cause, how often the rules rated it likely or possible, and what the clinician decided. Intakes entered in error are not counted.',
    filters: 'Choose the reviews to count',
    from: 'Signed from',
    to: 'Signed up to',
    dateHint: 'YYYY-MM-DD, optional',
    engineVersion: 'Rules version',
    allVersions: 'All versions',
    show: 'Show',
    export: 'Export CSV',
    exported: 'Saved {file}.',
    counted:
      'No signed reviews match. Choose other dates or another rules version. | Counted from 1 signed review. | Counted from {count} signed reviews.',
    anyTime: 'signed at any time',
    period: 'signed {from} to {to}',
    since: 'signed from {from}',
    until: 'signed up to {to}',
    version: 'rules version {version}',
    everyVersion: 'all rules versions',
    howToRead: 'How to read this table',
    howToReadItems: {
      predictive:
        '"Right when flagged" is confirmed ÷ (confirmed + ruled out). Causes left open are not in it: the clinician has not decided either way yet.',
      share:
        '"Confirmed causes flagged" is, of every time clinicians confirmed the cause, how often the rules had flagged it as likely or possible.',
      interval:
        'The range under each figure is a 95% Wilson interval: the true value very probably lies in it. Below {min} decided reviews the report says "too few reviews to say".',
    },
    causesTitle: 'Causes',
    columns: {
      cause: 'Cause',
      ratedLikely: 'Rated likely',
      ratedPossible: 'Rated possible',
      confirmedCauses: 'Confirmed causes',
      flagged: 'Flagged',
      decisions: 'Confirmed / ruled out / open',
      predictive: 'Right when flagged',
      missed: 'Confirmed, rated unlikely',
      share: 'Confirmed causes flagged',
    },
    decisionsCell: '{confirmed} / {ruledOut} / {open}',
    decisionsLabel: '{confirmed} confirmed, {ruledOut} ruled out, {open} left open',
    percent: '{value}%',
    range: '95%: {low}–{high}%',
    ofTotal: '{successes} of {total}',
    tooFew: 'Too few reviews to say',
    noneYet: 'None flagged or confirmed yet',
    redFlagsTitle: 'Red flags',
    redFlagsIntro:
      'How often each red flag was raised on the reviews counted, and how long those intakes waited from submission to sign-off.',
    redFlagColumns: {
      flag: 'Red flag',
      urgency: 'Urgency',
      raised: 'Raised',
      median: 'Median wait',
      p90: '9 in 10 signed within',
    },
    noRedFlags: 'No red flag was raised on the reviews counted.',
    urgency: { emergency: 'Emergency', urgent: 'Urgent', soon: 'Soon' },
    loadFailed: 'The report could not be made: {message}',
  },
} as const
