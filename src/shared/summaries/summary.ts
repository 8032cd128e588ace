import { z } from 'zod'
import { IntakeIdSchema } from '../intake/intakeRecord'

export const SummaryRequestSchema = z.object({
  intakeId: IntakeIdSchema,
  /**
   * "Include every question": every question of the form appended after the two-page summary.
   * Absent means the two-page summary alone, as before the option existed.
   */
  fullAnswers: z.boolean().default(false),
})
export type SummaryRequest = z.infer<typeof SummaryRequestSchema>

/** A rendered summary for the browser shell, which saves or shows it itself. */
export const RenderedSummarySchema = z.object({
  /** A safe file name without the patient's name, e.g. intake-summary-2026-11-26-DEMO-000001.pdf */
  fileName: z.string().regex(/^[A-Za-z0-9._-]+\.pdf$/),
  pdfBase64: z.string().min(1),
})
export type RenderedSummary = z.infer<typeof RenderedSummarySchema>

/** The desktop shell's save dialog: the person may cancel it. */
export const SaveSummaryResultSchema = z.object({ outcome: z.enum(['saved', 'cancelled']) })
export type SaveSummaryResult = z.infer<typeof SaveSummaryResultSchema>

/** The desktop shell's print dialog: the person may cancel it. */
export const PrintSummaryResultSchema = z.object({ outcome: z.enum(['printed', 'cancelled']) })
export type PrintSummaryResult = z.infer<typeof PrintSummaryResultSchema>
