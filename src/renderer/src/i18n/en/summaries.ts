/** The PDF summary's buttons and the page that offers them. */
export const summaries = {
  summaryActions: {
    group: 'PDF summary',
    save: 'Save as PDF',
    print: 'Print',
    preparing: 'Preparing the PDF…',
    saved: 'The summary was saved.',
    saveCancelled: 'Nothing was saved.',
    downloaded: 'Downloaded {fileName}. It is in your browser’s downloads.',
    printed: 'The summary was sent to the printer.',
    printCancelled: 'Printing was cancelled.',
    openedForPrint:
      'The summary opened in a new tab. Print it from there with the printer button or Ctrl+P.',
    tabBlocked:
      'The browser blocked the new tab. Allow pop-ups for this address, then press Print again.',
    failed: 'The summary could not be made: {reason}',
  },
  summaryPage: {
    title: 'Intake summary (PDF)',
    intro:
      'The summary is what travels with the patient: red flags, flagged causes, the pain map, every answer and the clinician’s review.',
    patient: 'Patient',
    dateOfBirth: 'Date of birth',
    visitDate: 'Visit date',
    status: 'Status',
    statuses: {
      draft: 'Draft',
      submitted: 'Submitted, not yet reviewed',
      reviewed: 'Reviewed',
    },
    draftNote: 'This intake is still a draft. Submit it to make a summary.',
    notFound: 'This intake could not be found.',
    backToIntake: 'Back to the intake',
  },
} as const
