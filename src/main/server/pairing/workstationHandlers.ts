import type { Handlers } from '../../door/dispatcher'
import type { PairingService } from './pairingService'

export interface WorkstationHandlerOptions {
  readonly pairing: PairingService
  /**
   * Told when a workstation is revoked, so the server ends the sessions signed in on it at once
   * (its credential is refused from its next call in any case).
   */
  readonly onRevoked?: (workstationId: number) => void
}

/** The administrator's channels for paired workstations. */
export function createWorkstationHandlers(
  options: WorkstationHandlerOptions,
): Pick<Handlers, 'workstations.createPairingCode' | 'workstations.list' | 'workstations.revoke'> {
  const { pairing } = options
  return {
    'workstations.createPairingCode': (_input, context) =>
      pairing.createPairingCode(context.user?.id ?? null),
    'workstations.list': () => ({ workstations: pairing.list() }),
    'workstations.revoke': ({ id }, context) => {
      const workstation = pairing.revoke(id, context.user?.id ?? null)
      options.onRevoked?.(id)
      return workstation
    },
  }
}
