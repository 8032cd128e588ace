import type { ErrorCode } from '../../shared/contract/errorCodes'

/** Why a backup was refused, as a code the screens word in the user's language. */
export type BackupRejection = Extract<ErrorCode, `backup_${string}`>

/** A backup that must not be used; the message says why for the CLI, the code for the screens. */
export class BackupRejectedError extends Error {
  override readonly name = 'BackupRejectedError'
  constructor(
    message: string,
    readonly code: BackupRejection,
  ) {
    super(message)
  }
}
