/** The PDF summary's buttons and the page that offers them. */
export const summaries = {
  summaryActions: {
    group: 'PDF summary',
    save: 'Save as PDF',
    print: 'Print',
    fullAnswers: 'Include every question',
    fullAnswersHint:
      'Adds every question of the form and its answer after the two-page summary. Leave it unticked for the usual two pages.',
    preparing: 'Preparing the PDF…',
    saved: 'The summary was saved.',
    saveCancelled: 'Nothing was saved.',
    downloaded: 'Downloaded {fileName}. It is in your browser’s downloads.',
    printed: 'The summary was sent to the printer.',
    printCancelled: 'Printing was cancelled.',
    printDialogOpened:
      'The summary went to the browser’s print dialog. If no dialog appeared, use Save as PDF and print the downloaded file.',
    printFailed:
      'The browser could not open its print dialog. Use Save as PDF, then print the downloaded file.',
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
      discarded: 'Discarded draft (never submitted)',
      entered_in_error: 'Entered in error: do not use for care',
    },
    draftNote: 'This intake is still a draft. Submit it to make a summary.',
    notFound: 'This intake could not be found.',
    backToIntake: 'Back to the intake',
  },
} as const
