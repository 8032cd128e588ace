import { assess } from '../../shared/clinical/assess'
import { localToday } from '../../shared/patients/calendarDate'
import type { AlertRepository } from '../alerts/alertRepository'
import type { Handlers } from '../door/dispatcher'
import type { PatientRepository } from '../patients/patientRepository'
import type { IntakeRepository } from './intakeRepository'
import { patientContextAtVisit } from '../../shared/intake/patientContextAtVisit'

type IntakeChannels =
  | 'intakes.start'
  | 'intakes.saveDraft'
  | 'intakes.discardDraft'
  | 'intakes.markEnteredInError'
  | 'intakes.submit'
  | 'intakes.get'
  | 'intakes.listDrafts'
  | 'intakes.historyForPatient'

export function createIntakeHandlers(
  intakes: IntakeRepository,
  patients: PatientRepository,
  now: () => Date,
  alerts: Pick<AlertRepository, 'raise' | 'together' | 'closeForEnteredInError'>,
): Pick<Handlers, IntakeChannels> {
  const withPatient = (intake: ReturnType<IntakeRepository['get']>) => ({
    intake,
    patient: patients.get(intake.patientId),
  })

  return {
    'intakes.start': ({ patientId, visitDate }, context) => {
      const patient = patients.get(patientId)
      const intake = intakes.start(
        patient.id,
        visitDate ?? localToday(now()),
        now().toISOString(),
        context.user?.id ?? null,
      )
      return { intake, patient }
    },

    'intakes.saveDraft': ({ id, version, step, values }) =>
      intakes.saveDraft(id, version, step, values, now().toISOString()),

    'intakes.discardDraft': ({ id, version }, context) => {
      intakes.discardDraft(id, version, now().toISOString(), context.user?.id ?? null)
      return { id }
    },

    // The intake and its open emergency alert change together: an alert on an intake that was
    // never true would otherwise keep sounding on every clinician's screen.
    'intakes.markEnteredInError': ({ id, reason }, context) => {
      const at = now().toISOString()
      const by = context.user?.id ?? null
      return alerts.together(() => {
        const enteredInError = intakes.markEnteredInError(id, reason, at, by)
        const closedAlertId = alerts.closeForEnteredInError(id, by, at)
        return { intakeId: id, enteredInError, closedAlertId }
      })
    },

    // The assessment is always made here, from the stored patient and the validated answers,
    // so what is stored is exactly what this engine version says about them. An emergency flag
    // raises an alert in the same transaction: no emergency intake exists without its alert.
    'intakes.submit': ({ id, version, answers }, context) => {
      const visit = intakes.visitOf(id)
      const patient = patients.get(visit.patientId)
      const assessment = assess(patientContextAtVisit(patient, visit.visitDate), answers)
      const submittedAt = now().toISOString()
      return alerts.together(() => {
        const intake = intakes.submit(id, version, {
          answers,
          assessment,
          submittedAt,
          submittedBy: context.user?.id ?? null,
        })
        if (assessment.highestUrgency === 'emergency') alerts.raise(id, patient.id, submittedAt)
        return { intake, patient }
      })
    },

    'intakes.get': ({ id }) => withPatient(intakes.get(id)),

    'intakes.listDrafts': ({ limit }) => ({ drafts: intakes.listDrafts(limit) }),

    'intakes.historyForPatient': ({ patientId }) => {
      patients.get(patientId)
      return { intakes: intakes.historyForPatient(patientId) }
    },
  }
}
