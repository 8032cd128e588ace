// What one intake's Bundle is made from, and how its resources point at each other. Every
// resource gets a urn:uuid derived from this installation and the record it stands for, so
// exporting the same intake twice gives the same identities (an EHR can recognise a re-send).
import { createHash } from 'node:crypto'
import type { Assessment } from '../../shared/clinical/assessment'
import type { Answers } from '../../shared/intake/answers'
import type { Intake } from '../../shared/intake/intakeRecord'
import type { Patient } from '../../shared/patients/patient'
import type { Review } from '../../shared/review/review'
import type { Reference } from './fhirTypes'
import type { Questionnaire } from './questionnaireResource'

/** A submitted intake: what every Bundle needs, checked once by whoever gathers the record. */
export interface SubmittedIntake extends Intake {
  readonly answers: Answers
  readonly assessment: Assessment
  readonly submittedAt: string
}

export interface IntakeRecordForFhir {
  readonly intake: SubmittedIntake
  readonly patient: Patient
  /** The review, signed or not; only a signed one changes what the Bundle says. */
  readonly review: Review | null
  /** A staff account's display name, for the Practitioners the record names. */
  readonly personName: (userId: number) => string | null
  readonly summaryPdf: { readonly fileName: string; readonly base64: string }
  readonly questionnaire: Questionnaire
  /** This installation's id: part of every resource's identity. */
  readonly installationId: string
  /** When the Bundle (and its PDF) were made, ISO. */
  readonly exportedAt: string
}

/** A stable urn:uuid (RFC 4122 layout, version 8 "custom") for one record of one installation. */
export function stableUuid(installationId: string, ...parts: readonly (string | number)[]): string {
  const hex = createHash('sha256')
    .update([installationId, ...parts].join('\u0000'))
    .digest('hex')
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** The full URL of each resource of one Bundle, and references to them. */
export function bundleUrls(installationId: string) {
  const url = (...parts: readonly (string | number)[]) =>
    `urn:uuid:${stableUuid(installationId, ...parts)}`
  return {
    patient: (patientId: number) => url('Patient', patientId),
    practitioner: (userId: number) => url('Practitioner', userId),
    response: (intakeId: number) => url('QuestionnaireResponse', intakeId),
    observation: (intakeId: number, what: string) => url('Observation', intakeId, what),
    condition: (intakeId: number, what: string) => url('Condition', intakeId, what),
    flag: (intakeId: number, flagId: string) => url('Flag', intakeId, flagId),
    document: (intakeId: number) => url('DocumentReference', intakeId),
    provenance: (intakeId: number) => url('Provenance', intakeId),
  }
}
export type BundleUrls = ReturnType<typeof bundleUrls>

export function ref(fullUrl: string, display?: string): Reference {
  return display ? { reference: fullUrl, display } : { reference: fullUrl }
}

/** The patient's name as a reference shows it: given then family, as the clinic typed them. */
export function patientDisplay(patient: Patient): string {
  return `${patient.givenName} ${patient.familyName}`
}

/** Whether the whole intake was marked as wrong: every resource then says entered-in-error. */
export function enteredInError(record: IntakeRecordForFhir): boolean {
  return record.intake.status === 'entered_in_error'
}
