import { assess } from '../../shared/clinical/assess'
import { ENGINE_VERSION } from '../../shared/clinical/assessment'
import type { Assessment } from '../../shared/clinical/assessment'
import type { Intake } from '../../shared/intake/intakeRecord'
import type { Patient } from '../../shared/patients/patient'
import { patientContextAtVisit } from '../../shared/intake/patientContextAtVisit'

/**
 * What today's engine says about a submitted intake, when its rules differ from those the intake
 * was assessed with; null when the versions match (the stored result is the current one). Only
 * shown beside the stored assessment: nothing here is stored, and a signed review keeps the
 * assessment and engine version it was signed against.
 */
export function currentAssessmentIfChanged(intake: Intake, patient: Patient): Assessment | null {
  if (intake.assessment === null || intake.answers === null) return null
  if (intake.assessment.engineVersion === ENGINE_VERSION) return null
  return assess(patientContextAtVisit(patient, intake.visitDate), intake.answers)
}
