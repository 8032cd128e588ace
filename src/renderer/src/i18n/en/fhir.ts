/** FHIR R4 export (review screen) and import (patient's page). */
export const fhir = {
  fhirExport: {
    button: 'Export FHIR',
    preparing: 'Preparing the FHIR file…',
    saved: 'The FHIR file was saved.',
    saveCancelled: 'Nothing was saved.',
    downloaded: 'Downloaded {fileName}. It is in your browser’s downloads.',
    failed: 'The FHIR file could not be made. {reason}',
  },
  fhirImport: {
    title: 'Import from FHIR',
    intro:
      'A QuestionnaireResponse for this intake form, from a patient portal or another form tool, becomes a draft intake for this patient. You then check the answers and submit it as usual.',
    fileLabel: 'QuestionnaireResponse file (.json)',
    importing: 'Importing…',
    unreadable: 'The file could not be read. Choose it again.',
    failed: 'Nothing was imported. Fix these in the file, then choose it again:',
    failedOther: 'Nothing was imported. {reason}',
  },
} as const
