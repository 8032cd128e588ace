import type { Assessment } from '../../shared/clinical/assessment'
import type { Answers } from '../../shared/intake/answers'
import type { Intake } from '../../shared/intake/intakeRecord'
import type { Patient } from '../../shared/patients/patient'
import type { ClinicSettings } from '../../shared/settings/settings'
import type { ReviewForSummary } from './reviewForSummary'

/** Everything one summary shows; the document builder reads nothing else (no files, no clock). */
export interface SummaryInput {
  readonly intake: Intake
  readonly patient: Patient
  /** The submitted answers and the assessment stored with them. */
  readonly answers: Answers
  readonly assessment: Assessment
  readonly review: ReviewForSummary | null
  readonly settings: ClinicSettings
  readonly generatedAt: Date
  /** IANA zone for printed times; the computer's own zone when absent. */
  readonly timeZone?: string
  /** resources/body-map.svg as text, or null when it is not available. */
  readonly bodyMapSvg: string | null
  /** "Include every question": every question of the form appended after the summary. */
  readonly fullAnswers?: boolean
}
