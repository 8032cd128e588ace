import { readFileSync } from 'node:fs'
import { ConflictError } from '../door/errors'
import type { IntakeRepository } from '../intakes/intakeRepository'
import type { PatientRepository } from '../patients/patientRepository'
import type { ReviewRepository } from '../reviews/reviewRepository'
import type { SettingsRepository } from '../settings/settingsRepository'
import { renderSummaryPdf } from './renderSummary'
import { resourcePath } from './resourceFiles'
import { reviewForSummary } from './reviewForSummary'
import { summaryFileName } from './summaryFileName'
import type { SummaryInput } from './summaryInput'
import { flaggedCauseIds } from '../../shared/review/decisions'

export interface SummarySources {
  readonly intakes: IntakeRepository
  readonly patients: PatientRepository
  readonly reviews: ReviewRepository
  readonly settings: SettingsRepository
  /** A user's name for the sign-off line, or null when the account is unknown. */
  readonly personName: (userId: number) => string | null
}

export interface RenderedPdf {
  readonly fileName: string
  readonly pdf: Buffer
}

/** How a summary is asked for: by default the two-page summary alone. */
export interface SummaryOptions {
  /** "Include every question": every question of the form appended after the summary. */
  readonly fullAnswers?: boolean
}

let bodyMapSource: string | null = null

/** resources/body-map.svg, read once per process: the same drawing the screen shows. */
export function bodyMapSvgSource(): string {
  bodyMapSource ??= readFileSync(resourcePath('body-map.svg'), 'utf8')
  return bodyMapSource
}

/** Gathers one intake's summary from the stores and renders it. */
export function createSummaryService(sources: SummarySources, now: () => Date) {
  function input(intakeId: number, options: SummaryOptions = {}): SummaryInput {
    const intake = sources.intakes.get(intakeId)
    if (intake.answers === null || intake.assessment === null) {
      throw new ConflictError(
        'This intake is still a draft. Submit it first; a summary shows submitted answers only.',
        { code: 'summary_of_draft' },
      )
    }
    return {
      intake,
      patient: sources.patients.get(intake.patientId),
      answers: intake.answers,
      assessment: intake.assessment,
      review: reviewForSummary(
        sources.reviews.getByIntake(intakeId),
        sources.personName,
        flaggedCauseIds(intake.assessment),
      ),
      settings: sources.settings.get(),
      generatedAt: now(),
      bodyMapSvg: bodyMapSvgSource(),
      fullAnswers: options.fullAnswers === true,
    }
  }

  async function renderInput(summary: SummaryInput): Promise<RenderedPdf> {
    const pdf = await renderSummaryPdf(summary)
    return { fileName: summaryFileName(summary.intake, summary.patient), pdf }
  }

  return {
    input,
    renderInput,
    render: (intakeId: number, options: SummaryOptions = {}): Promise<RenderedPdf> =>
      renderInput(input(intakeId, options)),
  }
}

/**
 * What the summary and export channels need. The app's is the worker pool's (see
 * pool/pooledSummaryService.ts); createSummaryService renders inline, inside a worker.
 */
export interface SummaryService {
  render(intakeId: number, options?: SummaryOptions): Promise<RenderedPdf>
}
