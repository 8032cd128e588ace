import { z } from 'zod'

/** What the startup worker is given (structured-cloned: the keys arrive as bytes). */
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array)

export const StartupWorkerSetupSchema = z.object({
  dataDir: z.string().min(1),
  keys: z.object({
    database: bytes,
    audit: bytes,
    backup: bytes,
    installationId: z.string(),
  }),
  nativeBinding: z.string().nullable(),
  shell: z.enum(['desktop', 'browser', 'cli']),
})
export type StartupWorkerSetup = z.infer<typeof StartupWorkerSetupSchema>

const LogDetailsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))

/** What it says back: progress, log entries (an error as its class and frames), the end. */
export const StartupWorkerMessageSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('progress'),
    task: z.enum(['encrypt-database', 'encrypt-copies', 'migrate', 'audit-handover']),
    done: z.number().nonnegative(),
    total: z.number().positive(),
  }),
  z.object({ kind: z.literal('info'), event: z.string(), details: LogDetailsSchema }),
  z.object({
    kind: z.literal('error'),
    event: z.string(),
    details: LogDetailsSchema,
    errorName: z.string(),
    frames: z.array(z.string()),
  }),
  z.object({ kind: z.literal('done') }),
])
export type StartupWorkerMessage = z.infer<typeof StartupWorkerMessageSchema>
