import { join } from 'node:path'
import { afterEach } from 'vitest'
import { openCoreHost } from '../../../src/main/host/coreHost'
import type { CoreHost } from '../../../src/main/host/coreHost'
import { silentLogger } from '../../../src/main/log'
import { createClient } from '../../../src/shared/contract/client'
import type { ClinicApi } from '../../../src/shared/contract/client'
import type { Role } from '../../../src/shared/contract/roles'
import { ensureTestUser } from '../support/signedInClient'
import { useTempDir } from '../support/tempDataDir'

/** Hosts as the shells run them (core or recovery door), on temporary data folders. */
export function useHosts() {
  const tempDir = useTempDir()
  const hosts: CoreHost[] = []
  afterEach(() => {
    while (hosts.length) hosts.pop()?.close()
  })
  return {
    dataDir: () => join(tempDir(), 'data'),
    open(dataDir: string, now?: () => Date): CoreHost {
      const host = openCoreHost({
        dataDir,
        log: silentLogger,
        shell: 'browser',
        sessionClock: () => new Date(),
        ...(now ? { now } : {}),
      })
      hosts.push(host)
      return host
    },
  }
}

/** The typed client through the host (as the HTTP transport calls it), in one session. */
export function hostClient(host: CoreHost, sessionKey = 'window'): ClinicApi {
  return createClient((channel, payload) =>
    host.dispatch(channel, payload, { shell: 'browser', sessionKey }),
  )
}

/** Signs `sessionKey` in as a seam user of `role` on the host's current core. */
export function signInOnHost(host: CoreHost, role: Role, sessionKey = 'window'): ClinicApi {
  const core = host.core()
  if (!core) throw new Error('the host has no open database')
  core.sessions.signIn(sessionKey, ensureTestUser(core, role))
  return hostClient(host, sessionKey)
}
