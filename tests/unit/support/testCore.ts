import { join } from 'node:path'
import { afterEach } from 'vitest'
import { openCore } from '../../../src/main/core'
import type { Core } from '../../../src/main/core'
import type { Role } from '../../../src/shared/contract/roles'
import { silentLogger } from '../../../src/main/log'
import { createClient } from '../../../src/shared/contract/client'
import type { ClinicApi } from '../../../src/shared/contract/client'
import { useTempDir } from './tempDataDir'

export interface TestCore {
  readonly core: Core
  /** The typed client over the one door, as the renderer would use it. */
  readonly api: ClinicApi
}

export interface TestCoreOptions {
  /** The signed-in caller's role (user id 1); front desk unless a test says otherwise. */
  readonly role?: Role
  readonly now?: () => Date
}

/** A core on a temporary data folder, called through the same typed client as the renderer. */
export function useTestCore(options: TestCoreOptions = {}): () => TestCore {
  const { role = 'front_desk', now } = options
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
    })
    opened.push(core)
    const context = { shell: 'browser', user: { id: 1, role } } as const
    return {
      core,
      api: createClient((channel, payload) => core.dispatch(channel, payload, context)),
    }
  }
}

/** Unwraps a successful result, failing the test with the error otherwise. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`)
  return result.value
}
