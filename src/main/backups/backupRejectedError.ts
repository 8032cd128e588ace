/** A backup that must not be used; the message says why, for the screen and the CLI. */
export class BackupRejectedError extends Error {
  override readonly name = 'BackupRejectedError'
}
