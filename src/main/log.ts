/**
 * The app's only logger. It takes an event name and non-identifying details (ids, counts,
 * durations, error classes), never patient data: callers pass no free text from users.
 */
export interface Logger {
  info(event: string, details?: LogDetails): void
  error(event: string, error: unknown, details?: LogDetails): void
}

export type LogDetails = Record<string, string | number | boolean>

/** How many of the stack's code locations a logged error keeps: enough to find the bug. */
const STACK_FRAMES = 5

/** The stack's code locations only ("at file:line"), never its message lines. */
export function stackFrames(error: Error): string[] {
  // A message can echo user input and can span lines, so it is not enough to skip the first
  // line of the stack: only lines that are frames are kept.
  return (error.stack ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, STACK_FRAMES)
}

/** An error as the logs show it: its class and where it was thrown, never its message. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return [error.name, ...stackFrames(error)].join('\n')
  return typeof error
}

export function createConsoleLogger(): Logger {
  return {
    info(event, details) {
      console.log(JSON.stringify({ level: 'info', event, ...details }))
    },
    error(event, error, details) {
      console.error(JSON.stringify({ level: 'error', event, ...details }), describeError(error))
    },
  }
}

export const silentLogger: Logger = { info() {}, error() {} }
