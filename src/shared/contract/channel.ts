import type { z } from 'zod'
import type { Role } from './roles'

/** One entry of the contract: what goes in, what comes out, who may call it. */
export interface ChannelDefinition<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
> {
  readonly input: I
  readonly output: O
  readonly roles: readonly Role[]
  /** What the audit trail records for a successful call (none for plain reads). */
  readonly audit?: 'create' | 'update' | 'view' | 'export'
}

export function defineChannel<I extends z.ZodType, O extends z.ZodType>(
  definition: ChannelDefinition<I, O>,
): ChannelDefinition<I, O> {
  return definition
}
