import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** The better-sqlite3 build compiled for Electron is not where the desktop shell expects it. */
export class NativeBindingMissingError extends Error {
  override readonly name = 'NativeBindingMissingError'
}

export const BUILD_NATIVE_COMMAND = 'npm run build:electron-native'

export interface NativeBindingPlace {
  readonly isPackaged: boolean
  /** `process.resourcesPath`: where a packaged app keeps files outside its asar archive. */
  readonly resourcesPath: string
  /** The repository root (the folder with package.json) in development. */
  readonly appRoot: string
}

/**
 * better-sqlite3 in node_modules is compiled for Node (tests, browser shell, CLI); the desktop
 * shell loads its own copy compiled for Electron, so the two never overwrite each other.
 */
export function nativeBindingPath(place: NativeBindingPlace): string {
  return place.isPackaged
    ? join(place.resourcesPath, 'native', 'better_sqlite3.node')
    : join(place.appRoot, 'native', 'electron', 'better_sqlite3.node')
}

export function resolveNativeBinding(
  place: NativeBindingPlace,
  exists: (path: string) => boolean = existsSync,
): string {
  const path = nativeBindingPath(place)
  if (exists(path)) return path
  throw new NativeBindingMissingError(
    place.isPackaged
      ? 'This installation of Clinic Intake is incomplete: its database engine is missing. ' +
          'Please reinstall the app.'
      : `The database engine built for Electron is missing (${path}). ` +
          `Run "${BUILD_NATIVE_COMMAND}" once, then start the app again.`,
  )
}
