import { z } from 'zod'

/** The channel on which the desktop shell tells its progress window what to show. */
export const STARTUP_PROGRESS_CHANNEL = 'startup:progress'

/**
 * One update of the progress window: the plain line the terminals print (task and numbers only,
 * never patient data) and the bar's value.
 */
export const StartupProgressMessageSchema = z.object({
  text: z.string().max(300),
  percent: z.number().int().min(0).max(100),
})
export type StartupProgressMessage = z.infer<typeof StartupProgressMessageSchema>
