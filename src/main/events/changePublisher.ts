import type { Database } from 'better-sqlite3-multiple-ciphers'
import { HIGHEST_URGENCIES } from '../../shared/clinical/ids'
import type { HighestUrgency } from '../../shared/clinical/ids'
import type { Change, IntakeChangeKind } from '../../shared/events/changeEvent'
import type { Logger } from '../log'
import type { EventHub } from './eventHub'

/** What the mapping needs to know beyond a call's reply, read after the call committed. */
export interface ChangeLookups {
  highestUrgencyOf(intakeId: number): HighestUrgency | null
  openAlertFor(intakeId: number): number | null
}

/** The calls that change what a workstation shows, and which intake change each one is. */
const INTAKE_CHANGES: Readonly<Record<string, IntakeChangeKind>> = {
  'intakes.submit': 'intake.submitted',
  'reviews.signOff': 'intake.signed',
  'reviews.amend': 'intake.amended',
  'intakes.markEnteredInError': 'intake.entered_in_error',
}

type Plain = Record<string, unknown>

function asObject(value: unknown): Plain | null {
  return typeof value === 'object' && value !== null ? (value as Plain) : null
}

function asId(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null
}

/** The intake a reply is about: `{ intake: { id } }` (submit) or `{ intakeId }` (a review). */
function intakeIdOf(reply: unknown): number | null {
  const value = asObject(reply)
  return asId(asObject(value?.intake)?.id) ?? asId(value?.intakeId)
}

/**
 * The changes one successful call made, as ids and kinds only. Calls not listed here change
 * nothing another workstation shows (drafts, reads, settings), so they publish nothing.
 */
export function changesOf(channel: string, reply: unknown, lookups: ChangeLookups): Change[] {
  if (channel === 'alerts.acknowledge') {
    const value = asObject(reply)
    const alertId = asId(value?.id)
    const intakeId = asId(value?.intakeId)
    return alertId && intakeId ? [{ kind: 'alert.acknowledged', alertId, intakeId }] : []
  }
  const kind = INTAKE_CHANGES[channel]
  if (!kind) return []
  const intakeId = intakeIdOf(reply)
  if (intakeId === null) return []
  const highestUrgency = lookups.highestUrgencyOf(intakeId)
  if (highestUrgency === null) return []
  const changes: Change[] = [{ kind, intakeId, highestUrgency }]
  if (kind === 'intake.submitted') {
    const alertId = lookups.openAlertFor(intakeId)
    if (alertId !== null) changes.push({ kind: 'alert.raised', alertId, intakeId })
  }
  // The emergency alert closed with an intake entered in error leaves every banner, as if
  // acknowledged.
  const closedAlertId = asId(asObject(reply)?.closedAlertId)
  if (kind === 'intake.entered_in_error' && closedAlertId !== null) {
    changes.push({ kind: 'alert.acknowledged', alertId: closedAlertId, intakeId })
  }
  return changes
}

/** Reads what `changesOf` needs from the database, after the call's transaction committed. */
export function databaseLookups(db: Database): ChangeLookups {
  const urgency = db
    .prepare<[number], string | null>('SELECT highest_urgency FROM intakes WHERE id = ?')
    .pluck()
  const alert = db
    .prepare<[number], number>(
      'SELECT id FROM alerts WHERE intake_id = ? AND acknowledged_at IS NULL',
    )
    .pluck()
  return {
    highestUrgencyOf(intakeId) {
      const value = urgency.get(intakeId)
      return HIGHEST_URGENCIES.find((known) => known === value) ?? null
    },
    openAlertFor: (intakeId) => alert.get(intakeId) ?? null,
  }
}

/**
 * The hook the core runs after each call through the one door: a call that succeeded (so its
 * transaction, with its audit entry, has committed) publishes what it changed. Never throws:
 * a failure here must not turn a saved change into an error for the person who made it.
 */
export function createChangePublisher(hub: EventHub, lookups: ChangeLookups, log: Logger) {
  return (channel: string, reply: unknown): void => {
    try {
      for (const change of changesOf(channel, reply, lookups)) hub.publish(change)
    } catch (error) {
      log.error('events.publish_failed', error, { channel })
    }
  }
}
