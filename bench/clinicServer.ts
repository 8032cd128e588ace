// Benchmark of the clinic server: the real server (HTTPS, pairing, per-tab sessions, the one
// door, SQLite, the PDF worker pool) in a process of its own on 127.0.0.1 with a small database
// it seeds itself, and up to 20 simulated workstations paired with it (half front desk entering
// intakes, half clinicians holding the worklist open with a live-updates stream), in two phases
// of 60 s each on the same server and workstations:
//
// 1. Stress (network/workstations.ts): every desk makes about 5 calls a second (a whole intake
//    every 1.2 s or so) and every clinician reads the worklist about every second and after each
//    submit: about 100 calls a second, some 20 to 25 times a clinic's rate (the table prints the
//    measured ratio). It finds where the server gives way; the batch PDF export runs during it, for
//    the event-loop figures. Its submit p99 carries the issue's target ("under 10 ms with 20
//    workstations"): only a load this heavy gives hundreds of submits in a minute, enough for a
//    p99 that means something.
// 2. At a clinic's pace (network/clinicPace.ts, where each rate is grounded in the renderer's
//    code): a desk saves once per answer, about every 3 s, then submits, and takes the next patient
//    about 45 s later; a clinician re-reads the worklist only when a change is announced or on
//    coming back to it, moving between the worklist and a review about every 25 s. About 4 calls a
//    second in all: what the server's calls cost when a clinic works as it does. Ten desks
//    submit only a few intakes a minute at that pace, so its submit p99 is the slowest of a
//    handful (the row says of how many) and is printed without a target; the draft save's p99,
//    from some 130 synced commits, is the steadier figure beside it. People are not sped up to
//    get more samples: that would be the stress phase again.
//
// Each phase reports calls per second, p50/p99 per call beside a bare HTTPS round trip on the
// same server in the same phase (the floor), errors and the submit-to-event latency. Loopback
// only, bounded in count and time (two minutes and a quarter in all).
//
// Alone: `npx tsx bench/clinicServer.ts [--seconds N] [--workstations N] [--normal-priority]`
// (or BENCH_NET_SECONDS / BENCH_NET_WORKSTATIONS / BENCH_NET_NORMAL_PRIORITY=1); `npm run bench`
// runs it with the defaults.
//
// The server and the workstations share two cores with whatever else runs on the machine; they
// run ahead of it (bench/network/processShare.ts) and report how long each still waited for a
// core, so a busy machine is not mistaken for a slow server. To see where a slow call's time
// went, BENCH_NET_TRACE=DIR writes both processes' timelines there (bench/network/trace.ts);
// BENCH_NET_SERVER_NODE_ARGS adds Node flags to the server's process (e.g. `--cpu-prof`).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { measureBareInsert } from './floorInsert'
import { networkBenchOptions } from './network/options'
import type { NetworkBenchOptions } from './network/options'
import { mainThreadShare, raiseBenchPriority } from './network/processShare'
import { startServerChild } from './network/serverChild'
import { startTrace } from './network/trace'
import { EXPORT_BATCH } from './network/serverMessages'
import type { LoopDelay } from './network/serverMessages'
import { createWorkstationClient } from './network/workstationClient'
import type { WorkstationClient } from './network/workstationClient'
import {
  CLINIC_ANSWER_MS,
  CLINIC_LEAD_IN_MS,
  CLINIC_NAVIGATE_MS,
  clinicianAtClinicPace,
  runDeskAtClinicPace,
} from './network/clinicPace'
import {
  CALL_KINDS,
  CLINICIAN_THINK_MS,
  DESK_THINK_MS,
  holdWorklistOpen,
  newLoadRecord,
  runFloorProbe,
  runFrontDesk,
} from './network/workstations'
import type { CallKind, LoadRecord } from './network/workstations'
import type { BenchRow } from './support/benchRow'
import { percentile, roundMs } from './support/stats'
import { formatTable, judge } from './support/table'

/** Unmeasured seconds first: connections open, code paths warm. */
const WARM_UP_MS = 3_000
/** After the load stops, how long the streams may still deliver the last submits' events. */
const EVENT_GRACE_MS = 2_000
/** Bare commits for the disk's floor (each one synced, as the app's). */
const INSERT_RUNS = 300
/** The idle server's event loop is measured this long before the load starts. */
const IDLE_MS = 3_000

export interface ClinicServerBench {
  readonly rows: BenchRow[]
  readonly details: Record<string, unknown>
  readonly notes: string[]
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ')
}

interface Window {
  readonly from: number
  readonly to: number
}

function within(window: Window, at: number): boolean {
  return at >= window.from && at < window.to
}

function msOf(record: LoadRecord, kind: CallKind, window: Window): number[] {
  return record.samples
    .filter((sample) => sample.kind === kind && within(window, sample.startedAt))
    .map((sample) => sample.ms)
}

/** Submit-to-event latency per (submit, clinician stream), and the events that never came. */
function eventLatencies(record: LoadRecord, window: Window, streams: number) {
  const latencies: number[] = []
  let missed = 0
  let beforeReply = 0
  for (const [intakeId, repliedAt] of record.submitReplies) {
    if (!within(window, repliedAt)) continue
    const arrivals = record.eventArrivals.get(intakeId) ?? []
    missed += Math.max(0, streams - arrivals.length)
    for (const arrivedAt of arrivals) {
      // The server publishes right after the commit, before it writes the reply, so the event
      // may come first: that is no wait at all for the clinician.
      if (arrivedAt < repliedAt) beforeReply += 1
      latencies.push(Math.max(0, arrivedAt - repliedAt))
    }
  }
  return { latencies, missed, beforeReply }
}

/** Which sample a nearest-rank p99 is when there are few: `of 6, the slowest`. */
function p99Rank(count: number): string {
  if (count >= 200) return ''
  const fromTop = count - Math.ceil(0.99 * count) + 1
  const ordinal = fromTop === 2 ? '2nd ' : fromTop === 3 ? '3rd ' : `${fromTop}th `
  return ` of ${count}, the ${fromTop === 1 ? '' : ordinal}slowest`
}

/** The calls the staff made (the floor probe's excluded), per second of the window. */
function staffCallsPerSecond(record: LoadRecord, window: Window): number {
  const calls = CALL_KINDS.filter((kind) => !kind.startsWith('floor.')).reduce(
    (sum, kind) => sum + msOf(record, kind, window).length,
    0,
  )
  return Math.round((calls / ((window.to - window.from) / 1000)) * 10) / 10
}

function timingRows(
  id: string,
  label: string,
  samples: readonly number[],
  extra: { p50?: Partial<BenchRow>; p99?: Partial<BenchRow> } = {},
): BenchRow[] {
  if (samples.length === 0) return []
  return [
    {
      id: `${id}.p50`,
      label: `${label} (p50 of ${samples.length})`,
      value: roundMs(percentile(samples, 50)),
      unit: 'ms',
      ...extra.p50,
    },
    {
      id: `${id}.p99`,
      label: `${label} (p99${p99Rank(samples.length)})`,
      value: roundMs(percentile(samples, 99)),
      unit: 'ms',
      ...extra.p99,
    },
  ]
}

/** The server's CPU time over the calls answered in `window` (every kind, the floor's too). */
function cpuPerCallMs(delay: LoopDelay, record: LoadRecord, window: Window): number {
  const calls = record.samples.filter((sample) => within(window, sample.startedAt)).length
  const cpuMs = (delay.cpuPercent / 100) * (window.to - window.from)
  return calls > 0 ? cpuMs / calls : 0
}

/**
 * The clinic-pace phase's rows, with its own floor (the probe's calls in the same phase): the
 * twenty workstations at the rate a clinic works. No targets: a few submits a minute make no p99.
 */
function clinicPaceRows(
  clinic: { record: LoadRecord; measured: Window },
  clinicians: number,
  who: string,
  callsPerSecond: number,
): BenchRow[] {
  const { record, measured } = clinic
  const events = eventLatencies(record, measured, clinicians)
  const callErrors = [...record.errors.values()].reduce((sum, count) => sum + count, 0)
  const onFloor = { floorId: 'net.clinic.floor.status.p50' }
  const onFloorP99 = { floorId: 'net.clinic.floor.status.p99' }
  const kindRows = (id: string, label: string, kind: CallKind) =>
    timingRows(`net.clinic.${id}`, `clinic pace: ${label}`, msOf(record, kind, measured), {
      p50: onFloor,
      p99: onFloorP99,
    })
  return [
    ...timingRows(
      'net.clinic.floor.status',
      'clinic pace: floor, bare HTTPS call (auth.status)',
      msOf(record, 'floor.status', measured),
      { p50: { short: 'clinic HTTPS p50' }, p99: { short: 'clinic HTTPS p99' } },
    ),
    {
      id: 'net.clinic.callsPerSecond',
      label: `clinic pace: calls per second, ${who} (an answer every ${CLINIC_ANSWER_MS / 1000} s a desk, a move every ${CLINIC_NAVIGATE_MS / 1000} s a clinician)`,
      value: callsPerSecond,
      unit: 'calls/s',
    },
    ...timingRows(
      'net.clinic.submit',
      `clinic pace: submit an intake over HTTPS, ${who}`,
      msOf(record, 'intakes.submit', measured),
      { p50: onFloor, p99: onFloorP99 },
    ),
    ...kindRows(
      'saveDraft',
      'save a draft over HTTPS (a synced commit, as the submit)',
      'intakes.saveDraft',
    ),
    ...kindRows('worklist', 'worklist first page over HTTPS', 'reviews.worklist'),
    ...kindRows('reviewOpen', 'open a review over HTTPS', 'reviews.get'),
    ...kindRows('reviewSave', "save a clinician's decision over HTTPS", 'reviews.saveDraft'),
    ...(events.latencies.length > 0
      ? [
          {
            id: 'net.clinic.submitToEvent.p95',
            label: `clinic pace: submit reply to worklist event (p95 of ${events.latencies.length})`,
            value: roundMs(percentile(events.latencies, 95)),
            unit: 'ms',
          },
        ]
      : []),
    {
      id: 'net.clinic.errors',
      label: 'clinic pace: errors (failed calls and missed events)',
      value: callErrors + events.missed,
      unit: 'errors',
      target: { below: 1 },
    },
  ]
}

/** Pairs every workstation, signs the staff in, and opens the clinicians' streams. */
async function connectAll(
  server: { origin: string; caCertificate: string },
  ready: {
    staff: readonly { username: string; role: 'front_desk' | 'clinician' }[]
    password: string
    pairingCodes: readonly string[]
  },
) {
  const desks: WorkstationClient[] = []
  const clinicians: WorkstationClient[] = []
  for (const [index, person] of ready.staff.entries()) {
    const client = createWorkstationClient(server)
    await client.pair(ready.pairingCodes[index] ?? '', `Bench workstation ${index + 1}`)
    const signedIn = await client.call('auth.signIn', {
      username: person.username,
      password: ready.password,
    })
    if (!signedIn.ok)
      throw new Error(`${person.username} could not sign in: ${signedIn.error.kind}`)
    ;(person.role === 'front_desk' ? desks : clinicians).push(client)
  }
  const probe = createWorkstationClient(server)
  await probe.pair(ready.pairingCodes[ready.staff.length] ?? '', 'Bench floor probe')
  return { desks, clinicians, probe }
}

/**
 * The second phase: the same server and workstations at a clinic's pace (network/clinicPace.ts),
 * after the stress phase's streams are closed. No export runs: a clinic's ordinary minute.
 */
async function runClinicPacePhase(
  clients: {
    desks: WorkstationClient[]
    clinicians: WorkstationClient[]
    probe: WorkstationClient
  },
  seconds: number,
) {
  const { desks, clinicians, probe } = clients
  for (const client of clinicians) client.closeEvents()
  const record = newLoadRecord()
  const start = performance.now()
  const measured: Window = {
    from: start + CLINIC_LEAD_IN_MS,
    to: start + CLINIC_LEAD_IN_MS + seconds * 1000,
  }
  const context = (index: number) => ({ record, deadline: measured.to, index })
  const worklists = clinicians.map((client, index) =>
    clinicianAtClinicPace(client, { ...context(index), clinicians: clinicians.length }),
  )
  const desksWorking = desks.map((client, index) => runDeskAtClinicPace(client, context(index)))
  await Promise.all(worklists.map((worklist) => worklist.open()))
  await Promise.all([
    ...desksWorking,
    ...worklists.map((worklist) => worklist.run()),
    runFloorProbe(probe, context(0)),
  ])
  await pause(EVENT_GRACE_MS)
  return { record, measured }
}

export async function benchClinicServer(
  options: NetworkBenchOptions = networkBenchOptions(),
): Promise<ClinicServerBench> {
  const workDir = mkdtempSync(join(tmpdir(), 'clinic-intake-bench-net-'))
  // The disk's share, on the same disk just before the load: every committed call waits for
  // one such sync, on the server's event loop (better-sqlite3 is synchronous).
  const bareInsert = await measureBareInsert(INSERT_RUNS, workDir)
  // The workstations' side first, so the server's child process is made at the same priority.
  const priority = options.normalPriority ? null : raiseBenchPriority()
  const clientNice = priority?.nice ?? 0
  const server = startServerChild(
    join(workDir, 'data'),
    workDir,
    options.workstations,
    options.normalPriority ? 'normal' : 'raised',
  )
  const clients: WorkstationClient[] = []
  const trace = startTrace('client')
  const loadBefore = loadAverage()
  try {
    const ready = await server.next('ready')
    const { desks, clinicians, probe } = await connectAll(ready, ready)
    clients.push(...desks, ...clinicians, probe)

    // The machine's own share: the server's event loop with everyone signed in and nobody
    // calling, in the same run.
    server.send({ kind: 'loop.start' })
    await pause(IDLE_MS)
    server.send({ kind: 'loop.stop' })
    const idle: LoopDelay = (await server.next('loop')).delay

    const record = newLoadRecord()
    const start = performance.now()
    const measured: Window = {
      from: start + WARM_UP_MS,
      to: start + WARM_UP_MS + options.seconds * 1000,
    }
    const context = (index: number) => ({ record, deadline: measured.to, index })
    const worklists = clinicians.map((client, index) => holdWorklistOpen(client, context(index)))
    for (const worklist of worklists) await worklist.open()

    const load = Promise.all([
      ...desks.map((client, index) => runFrontDesk(client, context(index))),
      ...worklists.map((worklist) => worklist.run()),
      runFloorProbe(probe, context(0)),
    ])

    // The client's own event loop, so a reader can tell whether the timings include its lag.
    const clientLoop = monitorEventLoopDelay({ resolution: 5 })
    await pause(Math.max(0, measured.from - performance.now()))
    clientLoop.enable()
    const clientShare = mainThreadShare()
    server.send({ kind: 'loop.start' })
    // A third of the run under load alone, then the batch export while the load goes on.
    await pause(Math.max(0, measured.from + (options.seconds * 1000) / 3 - performance.now()))
    server.send({ kind: 'loop.stop' })
    const loaded: LoopDelay = (await server.next('loop')).delay
    const loadOnly: Window = { from: measured.from, to: performance.now() }
    const exportStart = performance.now()
    server.send({ kind: 'export' })
    const exported = await server.next('exported', options.seconds * 1000 + 120_000)
    const exportWindow: Window = { from: exportStart, to: performance.now() }

    await load
    clientLoop.disable()
    const clientWaited = clientShare.stop()
    trace.write({
      origin: performance.timeOrigin,
      measured,
      exportWindow,
      samples: record.samples,
    })
    await pause(EVENT_GRACE_MS)
    const loadAfter = loadAverage()

    const clinic = await runClinicPacePhase({ desks, clinicians, probe }, options.seconds)
    const loadAfterClinic = loadAverage()

    const stressRate = staffCallsPerSecond(record, measured)
    const clinicRate = staffCallsPerSecond(clinic.record, clinic.measured)
    const timesClinic = clinicRate > 0 ? Math.round(stressRate / clinicRate) : null
    const events = eventLatencies(record, measured, clinicians.length)
    const callErrors = [...record.errors.values()].reduce((sum, count) => sum + count, 0)
    const submitsDuringExport = msOf(record, 'intakes.submit', exportWindow)
    const submitsBesideExport = record.samples
      .filter(
        (sample) =>
          sample.kind === 'intakes.submit' &&
          within(measured, sample.startedAt) &&
          !within(exportWindow, sample.startedAt),
      )
      .map((sample) => sample.ms)
    const who = `${options.workstations} workstations`
    // The floor for the calls: the same HTTPS connection, the same pipeline and door, and no
    // work behind it. (A static file goes through libuv's thread pool as well, which on a busy
    // machine waits for a core several times per file, so it is shown but not divided by.)
    const onFloor = { floorId: 'net.floor.status.p50' }
    const onFloorP99 = { floorId: 'net.floor.status.p99' }

    const rows: BenchRow[] = [
      ...timingRows(
        'net.floor.static',
        'stress: bare HTTPS round trip, static file',
        msOf(record, 'floor.static', measured),
      ),
      ...timingRows(
        'net.floor.status',
        'stress: floor, bare HTTPS call, trivial public channel (auth.status)',
        msOf(record, 'floor.status', measured),
        { p50: { short: 'HTTPS p50' }, p99: { short: 'HTTPS p99' } },
      ),
      {
        id: 'net.floor.insert.p50',
        label: 'bare SQLite insert + commit (synced), same disk, just before (p50)',
        value: roundMs(bareInsert.median),
        unit: 'ms',
      },
      {
        id: 'net.floor.insert.p99',
        label: 'bare SQLite insert + commit (synced), same disk (p99)',
        value: roundMs(bareInsert.p99),
        unit: 'ms',
      },
      {
        id: 'net.callsPerSecond',
        label: `stress${timesClinic === null ? '' : `, about ${timesClinic}x a clinic's call rate`}: calls per second, ${who} (${DESK_THINK_MS} / ${CLINICIAN_THINK_MS} ms think)`,
        value: stressRate,
        unit: 'calls/s',
      },
      ...timingRows(
        'net.submit',
        `stress: submit an intake over HTTPS, ${who}`,
        msOf(record, 'intakes.submit', measured),
        { p50: onFloor, p99: { ...onFloorP99, target: { below: 10 } } },
      ),
      ...timingRows(
        'net.saveDraft',
        'stress: save a draft over HTTPS',
        msOf(record, 'intakes.saveDraft', measured),
        {
          p50: onFloor,
          p99: onFloorP99,
        },
      ),
      ...timingRows(
        'net.worklist',
        'stress: worklist first page over HTTPS',
        msOf(record, 'reviews.worklist', measured),
        {
          p50: onFloor,
          p99: onFloorP99,
        },
      ),
      ...timingRows(
        'net.patientCreate',
        'stress: add a patient over HTTPS',
        msOf(record, 'patients.create', measured),
        {
          p50: onFloor,
          p99: onFloorP99,
        },
      ),
      ...timingRows(
        'net.intakeStart',
        'stress: start an intake over HTTPS',
        msOf(record, 'intakes.start', measured),
        {
          p50: onFloor,
          p99: onFloorP99,
        },
      ),
      {
        id: 'net.errors',
        label: 'stress: errors (failed calls and missed events)',
        value: callErrors + events.missed,
        unit: 'errors',
        target: { below: 1 },
      },
    ]
    if (events.latencies.length > 0) {
      rows.push(
        {
          id: 'net.submitToEvent.p50',
          label: `stress: submit reply to worklist event, ${clinicians.length} clinician streams (p50 of ${events.latencies.length})`,
          value: roundMs(percentile(events.latencies, 50)),
          unit: 'ms',
        },
        {
          id: 'net.submitToEvent.p95',
          label: 'stress: submit reply to worklist event (p95)',
          value: roundMs(percentile(events.latencies, 95)),
          unit: 'ms',
          target: { below: 250 },
        },
      )
    }
    rows.push(
      {
        id: 'net.loopDelay.idle.p99',
        label: 'server event-loop delay p99, idle (5 ms ticks, same run)',
        value: roundMs(idle.p99Ms),
        unit: 'ms',
        short: 'idle loop p99',
      },
      {
        id: 'net.loopDelay.load.p99',
        label: 'server event-loop delay p99, stress load only',
        value: roundMs(loaded.p99Ms),
        unit: 'ms',
        short: 'loaded loop p99',
        floorId: 'net.loopDelay.idle.p99',
      },
      {
        id: 'net.loopDelay.export.p99',
        label: `server event-loop delay p99 while ${exported.count} PDFs export, under stress load`,
        value: roundMs(exported.delay.p99Ms),
        unit: 'ms',
        floorId: 'net.loopDelay.load.p99',
        target: { below: 50 },
      },
      {
        id: 'net.loopDelay.export.max',
        label: `server event-loop delay max while ${exported.count} PDFs export`,
        value: roundMs(exported.delay.maxMs),
        unit: 'ms',
      },
      {
        id: 'net.export.batch',
        label: `export ${exported.count} summaries on the server, under load`,
        value: roundMs(exported.elapsedMs),
        unit: 'ms',
      },
      ...(submitsBesideExport.length > 0
        ? [
            {
              id: 'net.submit.besideExport.p99',
              label: `stress: submit over HTTPS, no export running (p99 of ${submitsBesideExport.length})`,
              value: roundMs(percentile(submitsBesideExport, 99)),
              unit: 'ms',
              ...onFloorP99,
            },
          ]
        : []),
      ...(submitsDuringExport.length > 0
        ? [
            {
              id: 'net.submit.duringExport.p99',
              label: `stress: submit over HTTPS while the export runs (p99 of ${submitsDuringExport.length})`,
              value: roundMs(percentile(submitsDuringExport, 99)),
              unit: 'ms',
              ...onFloorP99,
            },
          ]
        : []),
      {
        id: 'net.server.cpu',
        label: 'server process CPU, stress load only (100% = one core)',
        value: Math.round(loaded.cpuPercent),
        unit: '%',
      },
      {
        // What the server spends per call whatever else the machine runs: on a busy machine
        // the timings above wait for a core, this does not.
        id: 'net.server.cpuPerCall',
        label: 'server CPU time per call, stress load only (TLS, pipeline, door, SQLite)',
        value: roundMs(cpuPerCallMs(loaded, record, loadOnly)),
        unit: 'ms',
      },
      // The machine's other work, which the timings above include: how long each process's
      // main thread was ready to run but waited for a core (Linux only).
      ...(loaded.waitedForCorePercent !== null
        ? [
            {
              id: 'net.server.waitedForCore',
              label: `server main thread waiting for a core, stress load only (nice ${ready.nice})`,
              value: Math.round(loaded.waitedForCorePercent * 10) / 10,
              unit: '%',
            },
          ]
        : []),
      ...(clientWaited !== null
        ? [
            {
              id: 'net.client.waitedForCore',
              label: `workstations' main thread waiting for a core, stress phase (nice ${clientNice})`,
              value: Math.round(clientWaited.waitedPercent * 10) / 10,
              unit: '%',
            },
            {
              id: 'net.client.cpu',
              label: "workstations' main thread on a core, stress phase (100% = one core)",
              value: Math.round(clientWaited.ranPercent),
              unit: '%',
            },
          ]
        : []),
    )

    rows.push(...clinicPaceRows(clinic, clinicians.length, who, clinicRate))

    const errorsByKind = Object.fromEntries(record.errors)
    const clinicEvents = eventLatencies(clinic.record, clinic.measured, clinicians.length)
    const clinicErrorsByKind = Object.fromEntries(clinic.record.errors)
    const clinicCallsByKind = Object.fromEntries(
      CALL_KINDS.map((kind) => [kind, msOf(clinic.record, kind, clinic.measured).length]),
    )
    const notes = [
      `clinic server: load average ${loadBefore} before, ${loadAfter} after the stress phase, ${loadAfterClinic} after the clinic-pace phase (1 / 5 / 15 min, ${cpus().length} cores shared with other work)`,
      `clinic server: two phases of ${options.seconds} s each on one server, ${desks.length} front desk, ${clinicians.length} clinicians, and 1 floor probe: stress (after ${WARM_UP_MS / 1000} s warm-up), then a clinic's pace (after ${CLINIC_LEAD_IN_MS / 1000} s lead-in)`,
      `clinic server, clinic pace: calls measured by kind ${JSON.stringify(clinicCallsByKind)}`,
      `clinic server: benchmark client's own event-loop delay p99 ${roundMs(clientLoop.percentile(99) / 1e6)} ms (its lag is in every timing)`,
      ...(callErrors + events.missed > 0
        ? [`clinic server errors: ${JSON.stringify(errorsByKind)}, missed events ${events.missed}`]
        : []),
      ...(Object.keys(clinicErrorsByKind).length + clinicEvents.missed > 0
        ? [
            `clinic server errors at a clinic's pace: ${JSON.stringify(clinicErrorsByKind)}, missed events ${clinicEvents.missed}`,
          ]
        : []),
    ]
    return {
      rows,
      notes,
      details: {
        options,
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadAfter,
        errorsByKind,
        missedEvents: events.missed,
        loadAverageAfterClinicPace: loadAfterClinic,
        clinicPace: {
          errorsByKind: clinicErrorsByKind,
          missedEvents: clinicEvents.missed,
          callsByKind: clinicCallsByKind,
        },
        eventsBeforeReply: events.beforeReply,
        serverLoopIdle: idle,
        serverLoopLoaded: loaded,
        serverLoopExport: exported.delay,
        clientLoopP99Ms: clientLoop.percentile(99) / 1e6,
        serverNice: ready.nice,
        clientNice,
        clientMainThread: clientWaited,
        exportBatch: EXPORT_BATCH,
      },
    }
  } finally {
    for (const client of clients) client.close()
    await server.stop()
    priority?.restore()
    rmSync(workDir, { recursive: true, force: true })
  }
}

async function runAlone(): Promise<void> {
  const options = networkBenchOptions(process.argv.slice(2))
  const started = new Date()
  console.log(
    `Clinic server benchmark: ${options.workstations} workstations for ${options.seconds} s on 127.0.0.1 (load average ${loadAverage()})`,
  )
  const result = await benchClinicServer(options)
  const judged = judge([{ module: 'network', rows: result.rows }])
  console.log(`\n${formatTable(judged)}`)
  for (const note of result.notes) console.log(`note: ${note}`)
  const cores = cpus()
  const report = {
    startedAt: started.toISOString(),
    machine: {
      cpus: cores.length,
      cpuModel: cores[0]?.model ?? 'unknown',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    rows: judged,
    details: result.details,
    notes: result.notes,
  }
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'results')
  mkdirSync(dir, { recursive: true })
  const json = `${JSON.stringify(report, null, 2)}\n`
  const stamp = started.toISOString().replace(/[:.]/g, '-')
  writeFileSync(join(dir, `clinic-server-${stamp}.json`), json)
  writeFileSync(join(dir, 'clinic-server-latest.json'), json)
  console.log(`Written to ${join(dir, 'clinic-server-latest.json')}`)
  const missed = judged.filter((row) => row.result === 'MISS').length
  console.log(`${judged.filter((row) => row.result).length - missed} targets met, ${missed} missed`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runAlone()
}
