// Types for electronRuntime.mjs, which the e2e spec and unit tests import from TypeScript.

export type ElectronRuntime =
  | { readonly available: true; readonly executable: string }
  | { readonly available: false; readonly reason: string }

export function findElectronRuntime(
  electronDir: string,
  env?: Record<string, string | undefined>,
): ElectronRuntime

export function downloadElectronRuntime(
  electronDir: string,
  options?: { timeoutMs?: number; slowAfterMs?: number; onSlow?: () => void },
): Promise<boolean>

export function hasDisplay(
  platform?: NodeJS.Platform,
  env?: Record<string, string | undefined>,
): boolean
