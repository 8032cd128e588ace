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
  },
} as const
