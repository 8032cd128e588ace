// Gathers one intake's record from the stores (the same sources as the PDF, and the PDF itself)
// and turns it into its Bundle, as JSON text ready to save.
import { ConflictError } from '../door/errors'
import type { IntakeRepository } from '../intakes/intakeRepository'
import type { PatientRepository } from '../patients/patientRepository'
import type { ReviewRepository } from '../reviews/reviewRepository'
import { summaryFileName } from '../summaries/summaryFileName'
import type { SummaryService } from '../summaries/summaryService'
import type { SubmittedIntake } from './bundleRecord'
import type { Bundle } from './fhirTypes'
import { intakeBundle } from './intakeBundle'
import type { Questionnaire } from './questionnaireResource'
import { buildQuestionnaire } from './questionnaireResource'

export interface FhirExporterSources {
  readonly intakes: IntakeRepository
  readonly patients: PatientRepository
  readonly reviews: ReviewRepository
  readonly summaries: SummaryService
  readonly personName: (userId: number) => string | null
  readonly installationId: string
  readonly now: () => Date
}

const NOT_SUBMITTED =
  'This intake is still a draft. Submit it first; only submitted intakes can be exported.'

/** The Bundle's file name: like the PDF's (visit date, record number), never the patient's name. */
export function bundleFileName(
  intake: { id: number; visitDate: string },
  patient: { recordNumber: string | null },
): string {
  return summaryFileName(intake, patient)
    .replace(/^intake-summary-/, 'intake-fhir-')
    .replace(/\.pdf$/, '.json')
}

export function questionnaireFileName(questionnaire: Questionnaire): string {
  return `questionnaire-low-back-hip-${questionnaire.version}.json`
}

export function submittedIntake(intakes: IntakeRepository, intakeId: number): SubmittedIntake {
  const intake = intakes.get(intakeId)
  if (intake.answers === null || intake.assessment === null || intake.submittedAt === null) {
    throw new ConflictError(NOT_SUBMITTED, { code: 'export_of_draft', params: { intakeId } })
  }
  return {
    ...intake,
    answers: intake.answers,
    assessment: intake.assessment,
    submittedAt: intake.submittedAt,
  }
}

export function createFhirExporter(sources: FhirExporterSources) {
  const questionnaire = buildQuestionnaire()

  async function bundle(intakeId: number): Promise<{ fileName: string; bundle: Bundle }> {
    const intake = submittedIntake(sources.intakes, intakeId)
    const patient = sources.patients.get(intake.patientId)
    const review = sources.reviews.getByIntake(intakeId)
    const pdf = await sources.summaries.render(intakeId)
    return {
      fileName: bundleFileName(intake, patient),
      bundle: intakeBundle({
        intake,
        patient,
        review,
        personName: sources.personName,
        summaryPdf: { fileName: pdf.fileName, base64: pdf.pdf.toString('base64') },
        questionnaire,
        installationId: sources.installationId,
        exportedAt: sources.now().toISOString(),
      }),
    }
  }

  return {
    questionnaire,
    bundle,
    /** The Bundle as the text of a .json file (indented, so a person can read it too). */
    async bundleFile(intakeId: number): Promise<{ fileName: string; json: string }> {
      const made = await bundle(intakeId)
      return { fileName: made.fileName, json: `${JSON.stringify(made.bundle, null, 2)}\n` }
    },
  }
}
export type FhirExporter = ReturnType<typeof createFhirExporter>
