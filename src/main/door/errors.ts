import type { UnauthenticatedReason } from '../../shared/auth/authStatus'
import type { FieldIssue } from '../../shared/contract/errors'

/** Thrown by services; the one door turns each into its typed error result. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError'
}

export class ConflictError extends Error {
  override readonly name = 'ConflictError'
}

/** The request cannot work here at all, e.g. a desktop-only action called from the browser. */
export class BadRequestError extends Error {
  override readonly name = 'BadRequestError'
}

/** A rule the schema cannot know, e.g. a record number already used by another patient. */
export class FieldValidationError extends Error {
  override readonly name = 'FieldValidationError'
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((issue) => issue.message).join('; '))
  }
}

/**
 * A refused sign-in or unlock, or a call that needs a session it does not have. `subject` names
 * the account a failed sign-in was aimed at, for the audit trail (never shown to the caller).
 */
export class UnauthenticatedError extends Error {
  override readonly name = 'UnauthenticatedError'
  constructor(
    message: string,
    readonly reason: UnauthenticatedReason,
    readonly options: {
      readonly retryAfterSeconds?: number
      readonly subject?: { readonly id: number; readonly username: string }
    } = {},
  ) {
    super(message)
  }
}
