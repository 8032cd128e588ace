import type { z } from 'zod'
import type { ChannelAuditAction } from '../audit/auditEntry'
import type { Role } from './roles'

/** One entry of the contract: what goes in, what comes out, who may call it. */
export interface ChannelDefinition<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
> {
  readonly input: I
  readonly output: O
  readonly roles: readonly Role[]
  /**
   * What the audit trail records for each call, successful or not (none for plain reads):
   * `view` for opening a patient's record, `sign`/`amend` for sign-off and amendments,
   * `export`/`print` for a PDF leaving the app. The one door writes the entry.
   */
  readonly audit?: ChannelAuditAction
  /**
   * Callable without a signed-in, unlocked user: only sign-in, unlock and database recovery.
   * `roles` does not apply to these; each handler checks what it needs itself.
   */
  readonly public?: true
  /**
   * Callable from the server's console (the CLI): someone who can already read and write the
   * data folder on that computer, so no account is asked for. The door admits the `cli` caller
   * to these channels only, as nobody signed in, and audits each call with the shell `cli`.
   * A console-only channel has no `roles`; the screens cannot call it.
   */
  readonly console?: true
  /**
   * Callable by a user who must change the password an administrator set (changing it, staying
   * active). Every other non-public channel is refused to them until they have.
   */
  readonly duringPasswordChange?: true
}

export function defineChannel<I extends z.ZodType, O extends z.ZodType>(
  definition: ChannelDefinition<I, O>,
): ChannelDefinition<I, O> {
  return definition
}
