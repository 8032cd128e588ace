/** English text of the app. A translation is a copy of this file with the values translated. */
export const en = {
  app: {
    name: 'Clinic Intake',
    tagline: 'Lower back and hip pain',
    skipToContent: 'Skip to main content',
    nav: { patients: 'Patients' },
    notConnected: {
      title: 'Open the app from its own address',
      body: 'This page was opened without the access key. Use the address that the app printed when it started (it begins with http://127.0.0.1).',
    },
  },
  common: {
    optional: 'optional',
    cancel: 'Cancel',
    loading: 'Loading…',
    saving: 'Saving…',
    choose: 'Choose…',
    fixErrors: 'Please correct the highlighted field. Nothing you typed has been lost. | Please correct the {count} highlighted fields. Nothing you typed has been lost.',
  },
  sex: { female: 'Female', male: 'Male', other: 'Other', unknown: 'Unknown' },
  patients: {
    title: 'Patients',
    new: 'New patient',
    searchLabel: 'Search patients',
    searchHint: 'Name, date of birth (YYYY-MM-DD) or clinic record number',
    searching: 'Searching…',
    resultsCount: 'No patients | 1 patient | {count} patients',
    recentHeading: 'Recently updated',
    noMatches: 'No patients match “{query}”.',
    empty: 'No patients yet. Add the first one with “New patient”.',
    columns: {
      name: 'Name',
      dateOfBirth: 'Date of birth',
      sex: 'Sex',
      recordNumber: 'Record number',
      actions: 'Actions',
    },
    edit: 'Edit',
    editNamed: 'Edit {name}',
    saved: 'Saved {name}.',
  },
  patientForm: {
    newTitle: 'New patient',
    editTitle: 'Edit patient',
    givenName: 'Given name',
    familyName: 'Family name',
    dateOfBirth: 'Date of birth',
    dateOfBirthHint: 'YYYY-MM-DD, for example 1984-03-27',
    sex: 'Sex',
    recordNumber: 'Clinic record number',
    phone: 'Phone',
    save: 'Save patient',
    notFound: 'This patient could not be found.',
  },
} as const

export type Messages = typeof en
