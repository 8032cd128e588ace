import type { Handlers } from '../door/dispatcher'
import { BadRequestError, FieldValidationError } from '../door/errors'
import type { IntakeRepository } from '../intakes/intakeRepository'
import type { PatientRepository } from '../patients/patientRepository'
import type { DesktopFileActions } from '../summaries/desktopFileActions'
import { localToday } from '../../shared/patients/calendarDate'
import type { FhirExporter } from './fhirExporter'
import { answersFromResponse } from './importResponse'

type FhirChannels = 'fhir.exportBundle' | 'fhir.saveBundleToFile' | 'fhir.importResponse'

const DESKTOP_ONLY =
  'Saving through the system dialog works only in the desktop app. In the browser, use Export FHIR, which downloads the file.'

/** The step an imported draft opens on: the review, where front desk checks and submits. */
const IMPORTED_DRAFT_STEP = 'review'

export function createFhirHandlers(deps: {
  readonly exporter: FhirExporter
  readonly intakes: IntakeRepository
  readonly patients: PatientRepository
  readonly desktop: DesktopFileActions | undefined
  readonly now: () => Date
}): Pick<Handlers, FhirChannels> {
  const { exporter, intakes, patients, now } = deps
  return {
    'fhir.exportBundle': ({ intakeId }) => exporter.bundleFile(intakeId),

    'fhir.saveBundleToFile': async ({ intakeId }) => {
      if (!deps.desktop) throw new BadRequestError(DESKTOP_ONLY, { code: 'fhir_save_desktop_only' })
      const { fileName, json } = await exporter.bundleFile(intakeId)
      return { outcome: await deps.desktop.saveJson(fileName, json) }
    },

    // Checked completely before anything is written; the door's transaction makes the start and
    // the saved answers one change, so a failure leaves no empty draft behind.
    'fhir.importResponse': ({ patientId, json }, context) => {
      const patient = patients.get(patientId)
      const outcome = answersFromResponse(json)
      if (!outcome.ok) throw new FieldValidationError(outcome.issues)
      const at = now().toISOString()
      const started = intakes.start(patient.id, localToday(now()), at, context.user?.id ?? null)
      intakes.saveDraft(started.id, started.version, IMPORTED_DRAFT_STEP, outcome.answers, at)
      return { intake: intakes.get(started.id), patient }
    },
  }
}
