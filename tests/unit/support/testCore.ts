import { join } from 'node:path'
import { afterEach } from 'vitest'
import { openCore } from '../../../src/main/core'
import type { Core } from '../../../src/main/core'
import type { Role } from '../../../src/shared/contract/roles'
import { silentLogger } from '../../../src/main/log'
import type { ClinicApi } from '../../../src/shared/contract/client'
import { signedInClient } from './signedInClient'
import { useTempDir } from './tempDataDir'

export interface TestCore {
  readonly core: Core
  /** The typed client over the one door, as the renderer would use it. */
  readonly api: ClinicApi
}

export interface TestCoreOptions {
  /**
   * The signed-in caller's role; front desk unless a test says otherwise. The caller is a real
   * account (user id 1) with a real session, so the door checks its role like any other.
   */
  readonly role?: Role
  readonly now?: () => Date
  /** The clock of idle locks and sign-in delays; real time unless a test moves it. */
  readonly sessionClock?: () => Date
}

/** A core on a temporary data folder, called through the same typed client as the renderer. */
export function useTestCore(options: TestCoreOptions = {}): () => TestCore {
  const { role = 'front_desk', now, sessionClock = () => new Date() } = options
  const tempDir = useTempDir()
  const opened: Core[] = []
  afterEach(() => {
    while (opened.length) opened.pop()?.close()
  })
  return () => {
    const core = openCore({
      dataDir: join(tempDir(), 'data'),
      log: silentLogger,
      ...(now ? { now } : {}),
      sessionClock,
    })
    opened.push(core)
    return { core, api: signedInClient(core, role, { userId: 1 }) }
  }
}

/** Unwraps a successful result, failing the test with the error otherwise. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`)
  return result.value
}
