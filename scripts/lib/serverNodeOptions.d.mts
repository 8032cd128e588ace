// Types for serverNodeOptions.mjs, which the benchmark imports from TypeScript.

export const SERVER_NODE_OPTIONS: readonly string[]
