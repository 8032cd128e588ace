import type { UnauthenticatedReason } from '../../shared/auth/authStatus'
import type { ErrorCode, ErrorParams } from '../../shared/contract/errorCodes'
import type { FieldIssue } from '../../shared/contract/errors'

/**
 * What exactly went wrong, for the renderer to word in the user's language; the English message
 * stays for the CLI, the log and older screens.
 */
export interface Coded {
  readonly code: ErrorCode
  readonly params?: ErrorParams
}

/** The code and params as the one door sends them (nothing when the throw site set none). */
export function codedFields(coded: Coded | undefined): { code?: string; params?: ErrorParams } {
  if (!coded) return {}
  return coded.params ? { code: coded.code, params: coded.params } : { code: coded.code }
}

/** Thrown by services; the one door turns each into its typed error result. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError'
  constructor(
    message: string,
    readonly coded?: Coded,
  ) {
    super(message)
  }
}

export class ConflictError extends Error {
  override readonly name = 'ConflictError'
  constructor(
    message: string,
    readonly coded?: Coded,
  ) {
    super(message)
  }
}

/** The request cannot work here at all, e.g. a desktop-only action called from the browser. */
export class BadRequestError extends Error {
  override readonly name = 'BadRequestError'
  constructor(
    message: string,
    readonly coded?: Coded,
  ) {
    super(message)
  }
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
