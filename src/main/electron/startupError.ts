import { DatabaseDamagedError, DatabaseKeyError, DatabaseTooNewError } from '../db/openDatabase'
import { KeyUnavailableError } from '../storage/keyKeepers'
import { DataFolderInUseError } from '../storage/dataDirLock'
import { BUILD_NATIVE_COMMAND, NativeBindingMissingError } from './nativeBinding'

/**
 * The plain text of the error box shown when the database cannot be opened at start-up. It names
 * what went wrong and what to do, without a stack trace; our own error messages are safe to show
 * (they never contain patient data), anything else is summarised.
 */
export function startupErrorMessage(
  error: unknown,
  context: { readonly dataDir: string; readonly isPackaged: boolean },
): string {
  const folder = `Data folder: ${context.dataDir}`
  if (error instanceof NativeBindingMissingError) return error.message
  if (isNativeModuleLoadFailure(error)) {
    return context.isPackaged
      ? 'This installation of Clinic Intake is damaged: its database engine could not be ' +
          'loaded. Please reinstall the app.'
      : 'The database engine was built for a different Electron version or system. ' +
          `Run "${BUILD_NATIVE_COMMAND}" again, then start the app.`
  }
  if (error instanceof DatabaseTooNewError) {
    return `${error.message} Install the latest version of Clinic Intake to open it.\n\n${folder}`
  }
  // The database is fine but locked with another key: say so, and which folder, not "damaged".
  if (error instanceof DatabaseKeyError || error instanceof KeyUnavailableError) {
    return `${error.message}\n\n${folder}`
  }
  // Another program (the browser shell, a command-line restore) has the data folder.
  if (error instanceof DataFolderInUseError) return `${error.message}\n\n${folder}`
  if (error instanceof DatabaseDamagedError) {
    return `${error.message} Nothing was changed. Contact your IT support.\n\n${folder}`
  }
  return `Clinic Intake could not open its database. Contact your IT support.\n\n${folder}`
}

/** Loading a `.node` file built for another ABI or platform fails with ERR_DLOPEN_FAILED. */
function isNativeModuleLoadFailure(error: unknown): boolean {
  let current = error
  // A few levels of `cause` at most: openDatabase wraps the loader's error once.
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if ((current as NodeJS.ErrnoException).code === 'ERR_DLOPEN_FAILED') return true
    current = current.cause
  }
  return false
}
