import type { SummaryService } from '../summaryService'
import type { SummaryPool } from './summaryPool'

/** The app's summaries: rendered by the pool's workers, dated by the app's clock. */
export function createPooledSummaryService(pool: SummaryPool, now: () => Date): SummaryService {
  return {
    render: (intakeId, options = {}) =>
      pool.render({
        intakeId,
        generatedAt: now().toISOString(),
        fullAnswers: options.fullAnswers === true,
      }),
  }
}
