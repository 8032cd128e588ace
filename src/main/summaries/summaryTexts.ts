// The English wording of the PDF summary. The summary is made in the main process, so its text
// lives here rather than in the renderer's vue-i18n files; question and option wording comes from
// src/shared/i18n/en/intake.ts and cause and red-flag wording from the knowledge base, so the
// paper says exactly what the screen says.

export const summaryTexts = {
  documentTitle: 'Intake summary: lower back and hip pain',
  shortTitle: 'Intake summary',
  disclaimer: 'Flags for clinician review, not a diagnosis.',
  unprintable: (count: number) =>
    `${count === 1 ? 'One character' : `${count} characters`} in this summary cannot be printed with its font and ${count === 1 ? 'is' : 'are'} shown as \uFFFD. Check the record on screen for the exact text.`,
  patient: {
    label: 'Patient',
    name: 'Name',
    dateOfBirth: 'Date of birth',
    ageAtVisit: (age: number) => `${age} years at the visit`,
    sex: 'Sex',
    recordNumber: 'Record no.',
    noRecordNumber: 'none',
    visitDate: 'Visit date',
    submitted: 'Submitted',
    status: 'Status',
    engine: 'Assessment rules',
    engineVersion: (version: string) => `version ${version}`,
  },
  sex: { female: 'Female', male: 'Male', other: 'Other', unknown: 'Unknown' },
  status: {
    notReviewed: 'NOT YET REVIEWED',
    notReviewedDetail:
      'No clinician has reviewed or signed off these flags yet. Treat them as unconfirmed.',
    reviewed: 'Reviewed',
    reviewedBy: (name: string, at: string) => `Reviewed and signed off by ${name} on ${at}`,
  },
  header: {
    emergency: 'EMERGENCY FLAG: see page 1',
  },
  enteredInError: {
    mark: 'ENTERED IN ERROR',
    detail: (by: string | null, at: string, reason: string) =>
      `Marked entered in error${by ? ` by ${by}` : ''} on ${at}. Reason: ${reason}`,
    advice: 'Do not use this summary for care. It is kept only as a record of what was entered.',
  },
  footer: {
    generated: (at: string) => `Generated ${at}`,
    page: (page: number, count: number) => `Page ${page} of ${count}`,
  },
  redFlags: {
    heading: 'Red flags',
    none: 'No red flag was raised by the answers given.',
    answer: 'Answer',
    unansweredHeading: 'Not answered, and could raise a red flag',
    urgency: {
      emergency: 'EMERGENCY',
      urgent: 'URGENT',
      soon: 'SOON',
    },
  },
  causes: {
    heading: 'Flagged causes',
    none: 'No cause reached “possible” on the answers given.',
    tier: { likely: 'Likely', possible: 'Possible', unlikely: 'Unlikely' },
    points: (points: string, max: string) => `${points} of ${max} points`,
    evidence: 'Evidence',
    noEvidence: 'No matching answers.',
    limits: 'Held back because',
    unanswered: 'Unanswered questions that could change this',
    codes: 'Suggested codes (verify before use)',
    sources: 'Sources',
    notFlagged: 'Not flagged',
  },
  painMap: {
    heading: 'Pain map and scores',
    sites: 'Areas marked',
    noSites: 'No areas marked',
    front: 'Front',
    back: 'Back',
    legend: 'Filled areas: where the patient feels pain. Left and right are the patient’s own.',
  },
  painScores: {
    heading: 'Pain scores (0 to 10)',
    painNow: 'Pain now',
    painWorstWeek: 'Worst in the past week',
    painAverageWeek: 'Average in the past week',
    interferenceEnjoyment: 'Interference with enjoyment of life',
    interferenceActivity: 'Interference with daily activities',
    outOfTen: (score: number) => `${score} / 10`,
  },
  answers: {
    heading: 'Answers by section',
    question: 'Question',
    answer: 'Answer',
    noneChosen: 'None chosen',
    answeredNo: 'Answered No',
    notAnswered: 'Not answered',
    redFlagQuestionsListed: (count: number) =>
      `${count === 1 ? 'one red-flag question' : `${count} red-flag questions`} (listed under Red flags)`,
  },
  fullAnswers: {
    heading: 'Full answers: every question',
    intro:
      'Every question of the form in its own words, with the answer given. Asked for as “Include every question”.',
    question: 'Question',
    answer: 'Answer',
  },
  review: {
    heading: 'Clinician review',
    notReviewed: 'NOT YET REVIEWED',
    notReviewedDetail:
      'This summary was made before a clinician signed off a review. The flags above are unconfirmed.',
    signedOff: (name: string, at: string) => `Signed off by ${name} on ${at}`,
    currentVersion: 'Current decisions and note',
    currentAfterAmendment: (at: string) => `Current decisions and note (as amended ${at})`,
    asSigned: 'As originally signed',
    decisions: 'Decisions',
    cause: 'Cause',
    decision: 'Decision',
    comment: 'Comment',
    noDecisions: 'No decisions recorded.',
    notFlaggedCause: (name: string) => `${name} (not flagged by the rules)`,
    otherDiagnosis: (text: string) => `Another diagnosis: ${text}`,
    note: 'Clinical note',
    noNote: 'No note.',
    amendments: 'Amendments after sign-off',
    amendmentBy: (at: string, name: string) => `${at}, ${name}`,
    reason: 'Reason',
    changed: 'Changed',
    noteChanged: 'The clinical note was changed.',
    nothingChanged: 'No decision or note changed.',
    decisionChange: (subject: string, from: string, to: string) =>
      `${subject}: changed from ${from} to ${to}`,
    decisionLabels: {
      confirm: 'Confirmed',
      rule_out: 'Ruled out',
      open: 'Left open',
      none: 'No decision',
    },
    unknownPerson: 'not recorded (no sign-in)',
    userNumber: (id: number) => `user #${id}`,
  },
} as const
