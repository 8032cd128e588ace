// Node's own options for the clinic server process, in one place: `npm run server` passes them,
// the benchmark's server passes them, and the README's service lines show them.
//
// One V8 helper thread, not four. A batch export lays out its PDFs on worker threads at
// background priority (summaries/pool/backgroundPriority.ts), but V8 runs those workers' garbage
// collection and compilation on its own helper threads, which keep the server's priority: measured
// on 50 summaries, about 1.7 s of a 5.5 s export ran there, on up to four threads at once, so on a
// two-core server everyone's saves waited for a core behind a print. With one helper thread the
// event loop always keeps a core of its own.
export const SERVER_NODE_OPTIONS = Object.freeze(['--v8-pool-size=1'])
