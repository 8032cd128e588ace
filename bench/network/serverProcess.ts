// The clinic server under test, in a process of its own (started by bench/clinicServer.ts with
// Node's IPC channel): the real server (runClinicServer: HTTPS, pairing, sessions, the one door,
// SQLite, the PDF worker pool) on 127.0.0.1, a free port and the benchmark's temporary data
// folder. The workstations' traffic comes from the parent process, so their own work never
// shows up in this process's event-loop delay. The IPC channel is the benchmark's debug-only
// hook: it is how the parent asks for the event-loop figures and starts the batch export,
// and nothing of it exists in the app.
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { dispatchAsConsole, startLocalClinicServer } from '../../tests/support/localClinicServer'
import { seedSubmittedIntakes } from '../pdf'
import { EXPORT_BATCH, ToServerSchema } from './serverMessages'
import type { FromServer, LoopDelay, Staff } from './serverMessages'
import { mainThreadShare, raiseBenchPriority } from './processShare'
import { startTrace } from './trace'

const trace = startTrace('server', { requests: true })

/** The monitor's tick; a sample is the time between two ticks, so never below it. */
const RESOLUTION_MS = 5
/** Obviously not a real password; strong enough for the password policy. */
const PASSWORD = 'Bench-Tangerine-Walrus-93!'

function send(message: FromServer): void {
  process.send?.(message)
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Measures the event-loop delay and CPU time of this process from `start()` to `stop()`. */
function loopWindow() {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS })
  let cpuAtStart = process.cpuUsage()
  let wallAtStart = performance.now()
  let share = mainThreadShare()
  return {
    async start(): Promise<void> {
      histogram.enable()
      // The monitor's first tick only starts its clock (see bench/pdfEventLoop.ts).
      await pause(RESOLUTION_MS * 3)
      cpuAtStart = process.cpuUsage()
      wallAtStart = performance.now()
      share = mainThreadShare()
    },
    async stop(): Promise<LoopDelay> {
      // A loop held at the end records its stall only when the timer next fires.
      await pause(RESOLUTION_MS * 3)
      histogram.disable()
      const cpu = process.cpuUsage(cpuAtStart)
      const wallMs = performance.now() - wallAtStart
      const waited = share.stop()
      return {
        waitedForCorePercent: waited ? waited.waitedPercent : null,
        p50Ms: histogram.percentile(50) / 1e6,
        p99Ms: histogram.percentile(99) / 1e6,
        maxMs: histogram.max / 1e6,
        cpuPercent: wallMs > 0 ? ((cpu.user + cpu.system) / 1000 / wallMs) * 100 : 0,
      }
    },
  }
}

/** Half front desk, half clinicians: `desk-01`…, `clinician-01`…. */
function staffFor(workstations: number): Staff[] {
  return Array.from({ length: workstations }, (_, i) => {
    const role = i % 2 === 0 ? 'front_desk' : 'clinician'
    const number = String(Math.floor(i / 2) + 1).padStart(2, '0')
    return { username: `${role === 'front_desk' ? 'desk' : 'clinician'}-${number}`, role }
  })
}

async function main(): Promise<void> {
  const [dataDir, workDir, count, priority] = process.argv.slice(2)
  if (!dataDir || !workDir || !count) {
    throw new Error('usage: serverProcess DATA_DIR WORK_DIR N [raised|normal]')
  }
  const workstations = Number(count)
  // First, before the PDF workers start: threads inherit their maker's priority.
  // (Never put back: this process ends with the benchmark.)
  const nice = priority === 'normal' ? 0 : raiseBenchPriority().nice
  // The placeholder pages are the floor's static file, what a paired browser loads first.
  const server = await startLocalClinicServer(dataDir, join(workDir, 'renderer'), {
    // All the simulated workstations pair from 127.0.0.1 within a second.
    pairingLimit: { attempts: 1000, windowSeconds: 600 },
  })
  const core = server.host.core()
  if (!core) throw new Error('the clinic server could not open its database')

  const staff = staffFor(workstations)
  for (const person of staff) {
    await dispatchAsConsole(server, 'users.create', {
      username: person.username,
      displayName: `Bench ${person.username}`,
      role: person.role,
      password: PASSWORD,
    })
  }
  // The console's accounts get a temporary password; the bench's staff work at once, as if
  // each had already chosen their own at a first sign-in.
  core.db.exec('UPDATE users SET must_change_password = 0')
  const exportIds = seedSubmittedIntakes(core, EXPORT_BATCH)
  const pairingCodes: string[] = []
  // One more than the staff's: the floor's probe pairs too.
  for (let i = 0; i < workstations + 1; i++) {
    const code = (await dispatchAsConsole(server, 'workstations.createPairingCode', {})) as {
      code: string
    }
    pairingCodes.push(code.code)
  }
  const outDir = join(workDir, 'export')
  // One summary first, so the batch starts warm (fonts loaded, the worker started).
  await dispatchAsConsole(server, 'summaries.exportToFolder', {
    intakeId: exportIds[0],
    folder: join(workDir, 'warm'),
    fileName: 'warm.pdf',
  })

  let window: ReturnType<typeof loopWindow> | null = null
  process.on('message', (raw) => {
    const message = ToServerSchema.parse(raw)
    void (async () => {
      switch (message.kind) {
        case 'loop.start':
          window = loopWindow()
          await window.start()
          break
        case 'loop.stop': {
          if (!window) throw new Error('loop.stop before loop.start')
          send({ kind: 'loop', delay: await window.stop() })
          window = null
          break
        }
        case 'export': {
          // The CLI's export path, one audited call per summary, on the running server.
          const during = loopWindow()
          await during.start()
          const start = performance.now()
          for (const intakeId of exportIds) {
            await dispatchAsConsole(server, 'summaries.exportToFolder', {
              intakeId,
              folder: outDir,
              fileName: `summary-${intakeId}.pdf`,
            })
          }
          const elapsedMs = performance.now() - start
          send({
            kind: 'exported',
            count: exportIds.length,
            elapsedMs,
            delay: await during.stop(),
          })
          break
        }
        case 'stop':
          trace.write()
          await server.close()
          process.exit(0)
      }
    })().catch((error: unknown) => {
      send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    })
  })

  send({
    kind: 'ready',
    origin: server.origin,
    nice,
    caCertificate: server.tls.caCertificate,
    staff,
    password: PASSWORD,
    pairingCodes,
  })
}

// Never outlive the benchmark: its end (or its crash) closes the channel.
process.on('disconnect', () => process.exit(0))

main().catch((error: unknown) => {
  send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
  process.exit(1)
})
