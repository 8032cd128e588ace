/**
 * The app's only logger. It takes an event name and non-identifying details (ids, counts,
 * durations, error classes), never patient data: callers pass no free text from users.
 */
export interface Logger {
  info(event: string, details?: Record<string, string | number | boolean>): void
  error(event: string, error: unknown, details?: Record<string, string | number | boolean>): void
}

function describeError(error: unknown): string {
  // Only the class and the stack's code locations: messages can echo user input.
  if (error instanceof Error) {
    const frames = (error.stack ?? '').split('\n').slice(1, 6).join('\n')
    return `${error.name}\n${frames}`
  }
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
