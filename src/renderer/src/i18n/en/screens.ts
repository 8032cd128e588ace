/** Text of the safety-first screen parts shared by several features (issue 13). */
export const screens = {
  screens: {
    patientBanner: {
      born: 'born {dateOfBirth}',
      age: 'age {age}',
      record: 'record {recordNumber}',
      noRecord: 'no record number',
      visit: 'visit {visitDate}',
    },
    screening: {
      couldNotAnswer: 'Patient could not answer',
      title: 'Ask these before submitting',
      intro:
        'These questions screen for an emergency (cauda equina syndrome). Answer each Yes or No, or choose “Patient could not answer”.',
      blocked:
        'Submit is not possible yet: 1 screening question above is open. | Submit is not possible yet: {count} screening questions above are open.',
    },
    redFlagGaps: {
      title:
        'Not answered, and could raise a red flag | Not answered, and could raise a red flag ({count})',
      confirm:
        'Submit without this answer: the patient was asked, or it cannot be asked today | Submit without these {count} answers: the patient was asked, or they cannot be asked today',
      blocked: 'Answer the questions listed below, or tick “Submit without” to confirm.',
    },
    review: {
      allAnswers: 'Every answer, by section',
    },
    signOff: {
      lead: 'You are signing with no flagged cause. | You are signing this decision: | You are signing these decisions:',
      after:
        'After sign-off the review cannot be changed; a correction is an amendment with a reason, kept beside the original.',
    },
    units: {
      durationWeeks: '{count} week | {count} weeks',
      ageAtFirstBackPain: '{count} year old | {count} years old',
    },
  },
  errors: {
    validation: 'This needs attention: {detail} | Some entries need attention. First: {detail}',
    validationNoDetail: 'Some entries need attention: check the highlighted fields.',
    unauthenticated: 'You are not signed in, or your session ended. Sign in again to continue.',
    forbidden: 'Your account does not allow this. Ask an administrator if you need it.',
    not_found: 'This could not be found. It may have been removed, or the link is out of date.',
    // Only for a refusal without a code (an older server's): true of any conflict, guessing no cause.
    conflict:
      'This could not be done as things stand now. Reload the page to see the current state, then try again. If it keeps happening, tell your administrator.',
    bad_request:
      'This cannot be done here. Reload the page and try again. If it keeps happening, tell your administrator.',
    internal:
      'Something went wrong and nothing was changed. Try again; if it keeps happening, give your administrator this reference: {ref}.',
    // No answer came (api/resilientApi.ts NETWORK_REF), so whether it was done is not known.
    noAnswer:
      'The app did not answer, so this may not have been done. What you typed is still here: check that the app is still running, then try again.',
    noAnswerClinicServer:
      'The clinic server did not answer, so this may not have been done. What you typed is still here: check this computer’s network connection, then try again.',
    storage: {
      disk_full:
        'The computer’s disk is full, so this was not saved. What you typed is still here: ask your administrator to free space, then try again.',
      read_only:
        'The data folder cannot be written to, so this was not saved. What you typed is still here: ask your administrator, then try again.',
    },
    issue: {
      screening_required:
        'Ask this before submitting: “{question}” Answer Yes or No, or choose “Patient could not answer”.',
      invalid_value: 'Choose one of the listed options.',
      invalid_type: 'Fill this in.',
      too_small: 'This is too short or too small.',
      too_big: 'This is too long or too large.',
      invalid_format: 'This is not in the expected format.',
      unrecognized_keys: 'The app sent a field the server does not know. Reload the page.',
    },
  },
} as const
