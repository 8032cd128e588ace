import { randomUUID } from 'node:crypto'
import type { Database } from 'better-sqlite3-multiple-ciphers'
import { toFieldIssues } from '../../../shared/contract/errors'
import type { RpcError, RpcResult } from '../../../shared/contract/errors'
import {
  PairingRequestSchema,
  PairingResponseSchema,
} from '../../../shared/workstations/workstation'
import type { PairingResponse } from '../../../shared/workstations/workstation'
import type { AuditEvent } from '../../audit/auditTrail'
import type { Logger } from '../../log'
import type { PairingRefusal, PairingService } from './pairingService'

export interface PairingExchangeOptions {
  readonly db: Database
  readonly pairing: PairingService
  /** The clinic's CA, which the workstation pins from now on. */
  readonly ca: { readonly certificate: string; readonly fingerprint: string }
  /** The audit trail: every pairing and every refused attempt is recorded. */
  readonly audit: { append(event: AuditEvent): unknown }
  readonly log: Logger
}

/** Who asks: the desktop app's main process, or a browser. */
export interface PairingContext {
  readonly shell: 'desktop' | 'browser'
}

/**
 * The public pairing endpoint's work, for the server's HTTP layer to call with the parsed JSON
 * body of `POST /pairing` (PAIRING_PATH). Answers the workstation's credential and the CA to pin,
 * or an error the workstation shows beside what the person typed (kept as typed).
 */
export type PairingExchange = (body: unknown, context: PairingContext) => RpcResult<PairingResponse>

const REFUSALS: Record<PairingRefusal, RpcError> = {
  wrong_code: {
    kind: 'validation',
    message: 'The pairing code was not accepted.',
    issues: [
      {
        path: ['code'],
        code: 'pairing_wrong_code',
        message:
          'This pairing code is not valid. Check it against the one your administrator gave ' +
          'you, or ask for a new one.',
      },
    ],
  },
  expired_code: {
    kind: 'validation',
    message: 'The pairing code was not accepted.',
    issues: [
      {
        path: ['code'],
        code: 'pairing_expired_code',
        message:
          'This pairing code has expired (codes last 10 minutes). Ask your administrator for ' +
          'a new one.',
      },
    ],
  },
  used_code: {
    kind: 'validation',
    message: 'The pairing code was not accepted.',
    issues: [
      {
        path: ['code'],
        code: 'pairing_used_code',
        message:
          'This pairing code has been used already: each code pairs one computer. Ask your ' +
          'administrator for a new one.',
      },
    ],
  },
  name_taken: {
    kind: 'validation',
    message: 'Choose another name for this computer.',
    issues: [
      {
        path: ['workstationName'],
        code: 'workstation_name_taken',
        message:
          'Another paired computer already has this name. Choose another, or ask your ' +
          'administrator to revoke the old one first.',
      },
    ],
  },
}

export function createPairingExchange(options: PairingExchangeOptions): PairingExchange {
  const { db, pairing, ca, audit, log } = options
  const base = (context: PairingContext) =>
    ({ user: null, shell: context.shell, channel: null, entityType: 'workstation' }) as const

  /** The attempt and its audit entry commit together, or neither does. */
  const pairAndRecord = db.transaction((code: string, name: string, context: PairingContext) => {
    const result = pairing.redeem(code, name)
    if (result.ok) {
      audit.append({
        ...base(context),
        action: 'create',
        entityId: result.workstationId,
        outcome: 'ok',
        detail: 'paired',
      })
    } else {
      audit.append({
        ...base(context),
        action: 'refused',
        outcome: 'validation',
        detail: result.reason,
      })
    }
    return result
  })

  return (body, context) => {
    try {
      const parsed = PairingRequestSchema.safeParse(body)
      if (!parsed.success) {
        audit.append({
          ...base(context),
          action: 'refused',
          outcome: 'validation',
          detail: 'input',
        })
        return {
          ok: false,
          error: {
            kind: 'validation',
            message: 'Some answers need attention.',
            issues: toFieldIssues(parsed.error.issues),
          },
        }
      }
      const result = pairAndRecord.immediate(parsed.data.code, parsed.data.workstationName, context)
      if (!result.ok) {
        log.info('pairing.refused', { reason: result.reason })
        return { ok: false, error: REFUSALS[result.reason] }
      }
      log.info('pairing.paired', { workstationId: result.workstationId })
      return {
        ok: true,
        value: PairingResponseSchema.parse({
          workstationId: result.workstationId,
          credential: result.credential,
          caCertificate: ca.certificate,
          caFingerprint: ca.fingerprint,
        }),
      }
    } catch (error) {
      const ref = randomUUID().slice(0, 8)
      log.error('pairing.failed', error, { ref })
      return {
        ok: false,
        error: {
          kind: 'internal',
          message: `The computer could not be paired because of a problem on the clinic server. Try again; if it happens again, tell your administrator the reference ${ref}.`,
          ref,
        },
      }
    }
  }
}
