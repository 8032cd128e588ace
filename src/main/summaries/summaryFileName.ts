import type { Intake } from '../../shared/intake/intakeRecord'
import type { Patient } from '../../shared/patients/patient'

/**
 * A file name a clinic can file by, without the patient's name in it (file names end up in
 * download lists, recent-file menus and backups): visit date, then the record number or the
 * intake number. Only letters, digits, dots, hyphens and underscores.
 */
export function summaryFileName(
  intake: Pick<Intake, 'id' | 'visitDate'>,
  patient: Pick<Patient, 'recordNumber'>,
): string {
  const who = patient.recordNumber
    ? patient.recordNumber.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^[.-]+/, '')
    : ''
  return `intake-summary-${intake.visitDate}-${who || `intake-${intake.id}`}.pdf`
}
