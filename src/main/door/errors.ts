import type { FieldIssue } from '../../shared/contract/errors'

/** Thrown by services; the one door turns each into its typed error result. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError'
}

export class ConflictError extends Error {
  override readonly name = 'ConflictError'
}

/** A rule the schema cannot know, e.g. a record number already used by another patient. */
export class FieldValidationError extends Error {
  override readonly name = 'FieldValidationError'
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((issue) => issue.message).join('; '))
  }
}
