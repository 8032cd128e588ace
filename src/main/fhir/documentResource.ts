// The PDF summary, the same one "Save as PDF" gives, as a DocumentReference with the file inside.
import type { BundleEntry, Reference } from './fhirTypes'
import { SUMMARY_NOTE_LOINC, SYSTEMS } from './fhirSystems'

export interface DocumentParts {
  readonly fullUrl: string
  readonly intakeId: number
  readonly enteredInError: boolean
  /** Whether the signed review was amended since: the PDF shows the amendments. */
  readonly amended: boolean
  readonly subject: Reference
  readonly response: Reference
  readonly createdAt: string
  readonly fileName: string
  readonly pdfBase64: string
}

export function documentEntry(parts: DocumentParts): BundleEntry {
  return {
    fullUrl: parts.fullUrl,
    resource: {
      resourceType: 'DocumentReference',
      identifier: [{ system: SYSTEMS.intake, value: String(parts.intakeId) }],
      status: parts.enteredInError ? 'entered-in-error' : 'current',
      docStatus: parts.amended ? 'amended' : 'final',
      type: { coding: [SUMMARY_NOTE_LOINC], text: 'Lower back and hip pain intake summary' },
      subject: parts.subject,
      date: parts.createdAt,
      description: 'Intake summary (PDF): answers, flagged causes, red flags and the review',
      content: [
        {
          attachment: {
            contentType: 'application/pdf',
            data: parts.pdfBase64,
            title: parts.fileName,
            creation: parts.createdAt,
          },
        },
      ],
      context: { related: [parts.response] },
    },
  }
}
