/** Emergency alerts shown to clinicians on every screen until acknowledged. */
export const alerts = {
  alerts: {
    regionLabel: 'Emergency alerts',
    heading: 'Emergency',
    summary: '{flags}: {name}, born {dateOfBirth}',
    raisedAt: 'Submitted {time}. Shown to every clinician until one of you acknowledges it.',
    open: 'Open the intake',
    openNamed: 'Open the intake of {name}',
    acknowledge: 'Acknowledge',
    acknowledgeNamed: 'Acknowledge the emergency alert for {name}',
    acknowledging: 'Acknowledging…',
    announce: 'Emergency alert: {flags} for {name}. Open the intake or acknowledge it.',
    announceMany: '{count} emergency alerts are open.',
    loadFailed: 'Open emergency alerts could not be loaded: {message}',
  },
} as const
