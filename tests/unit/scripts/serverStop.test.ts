// Stopping `npm run server` the way a process manager, Docker or a service wrapper does: a signal
// to npm's own process only, never to its process group. Loopback only; every process of the
// chain is killed afterwards, whatever the outcome.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { SERVER_NODE_OPTIONS } from '../../../scripts/lib/serverNodeOptions.mjs'
import { dataDirHolder } from '../../../src/main/storage/dataDirLock'
import { useTempDir } from '../support/tempDataDir'
import {
  eventually,
  isRunning,
  makeScratchPackage,
  parentOf,
  removeScratchPackage,
  startNpmServer,
  within,
} from './npmServerChain'
import type { NpmServer } from './npmServerChain'

const tempDir = useTempDir()
let root = ''
const running: NpmServer[] = []

beforeAll(() => {
  root = makeScratchPackage()
}, 60_000)
afterEach(() => {
  while (running.length) running.pop()?.killAll()
})
afterAll(() => {
  if (root) removeScratchPackage(root)
})

async function startServer(): Promise<{ chain: NpmServer; dataDir: string; serverPid: number }> {
  const dataDir = join(tempDir(), 'data')
  const chain = startNpmServer(root, dataDir, 20_000)
  running.push(chain)
  await chain.started
  const holder = dataDirHolder(dataDir)
  if (holder === null || holder === 'unknown')
    throw new Error('the server holds no data-folder lock')
  expect(holder.program).toBe('server')
  return { chain, dataDir, serverPid: holder.pid }
}

/** What a clean stop leaves: the folder free, the write-ahead log folded in, the reason logged. */
function expectClosedCleanly(dataDir: string, reason: string): void {
  expect(dataDirHolder(dataDir)).toBeNull()
  expect(existsSync(join(dataDir, 'clinic-intake.sqlite3-wal'))).toBe(false)
  const log = readFileSync(join(dataDir, 'logs', 'clinic-intake.log'), 'utf8')
  expect(log).toContain(`server.stopping signal=${reason}`)
}

describe('npm run server, started', () => {
  it("runs the server with the clinic server's own Node options", async () => {
    const { serverPid } = await startServer()

    // What the operating system ran, as /proc has it: options, then the script.
    const commandLine = readFileSync(`/proc/${serverPid}/cmdline`, 'utf8').split('\0')
    const script = commandLine.findIndex((part) => part.endsWith('server.js'))
    expect(script).toBeGreaterThan(0)
    expect(commandLine.slice(1, script)).toEqual([...SERVER_NODE_OPTIONS])
  }, 30_000)
})

describe('npm run server, stopped by its own process only', () => {
  it('passes SIGTERM on to the server, which closes the database', async () => {
    const { chain, dataDir, serverPid } = await startServer()

    process.kill(chain.npm.pid ?? 0, 'SIGTERM')

    expect(await within(chain.exited, 15_000)).not.toBe('timed out')
    expect(await eventually(() => !isRunning(serverPid), 10_000)).toBe(true)
    expectClosedCleanly(dataDir, 'SIGTERM')
  }, 30_000)

  it('stops the server cleanly when the wrapper dies without passing a signal on', async () => {
    const { chain, dataDir, serverPid } = await startServer()
    const wrapperPid = parentOf(serverPid)

    process.kill(wrapperPid, 'SIGKILL')

    expect(await eventually(() => !isRunning(serverPid), 10_000)).toBe(true)
    expectClosedCleanly(dataDir, 'parent-exited')
    expect(await within(chain.exited, 5_000)).not.toBe('timed out')
  }, 30_000)
})
