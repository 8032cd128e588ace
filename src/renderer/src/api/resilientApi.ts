import type { ClinicApi } from '../../../shared/contract/client'
import { CERTIFICATE_REF, NETWORK_REF } from '../../../shared/contract/errors'
import type { RpcResult } from '../../../shared/contract/errors'
import { retryDelayMs } from './retryDelay'
import type { ReachProblem, ServerReach } from './serverReach'

/** Calls that only read: sending one again changes nothing, so they simply retry. */
const READ_METHOD = /^(get|list|search|find|history|worklist|report|status|inspect|verify)/
/** Calls that store what someone entered: their success is the banner's "last saved". */
const SAVE_METHOD = /^(save|submit|signOff|amend|create|update|start)/

type Method = (input: unknown) => Promise<RpcResult<unknown>>

export function reachProblemOf(result: RpcResult<unknown>): ReachProblem | null {
  if (result.ok || result.error.kind !== 'internal') return null
  if (result.error.ref === NETWORK_REF) return 'network'
  if (result.error.ref === CERTIFICATE_REF) return 'certificate'
  return null
}

export interface ResilientOptions {
  readonly sleep?: (ms: number) => Promise<void>
  readonly random?: () => number
}

/**
 * Tells `reach` whether the server answers, from every call's result, and retries reads until
 * it does (1, 2, 4, 8, then every 15 seconds, with jitter): a list simply fills in once the
 * server is back. A call that changes something is not repeated here: its caller keeps what was
 * typed and tries again (autosave with the same backoff), so a save that did reach the server is
 * never sent twice behind anyone's back, and a conflicting edit made meanwhile is reported.
 */
export function resilientApi(
  api: ClinicApi,
  reach: ServerReach,
  options: ResilientOptions = {},
): ClinicApi {
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const wrapped: Record<string, Record<string, Method>> = {}
  for (const [namespace, methods] of Object.entries(
    api as unknown as Record<string, Record<string, Method>>,
  )) {
    wrapped[namespace] = {}
    for (const [name, method] of Object.entries(methods)) {
      const isRead = READ_METHOD.test(name)
      const isSave = SAVE_METHOD.test(name)
      wrapped[namespace][name] = async (input) => {
        for (let attempt = 0; ; attempt++) {
          const result = await method(input)
          const problem = reachProblemOf(result)
          if (problem === null) {
            reach.reached()
            if (result.ok && isSave) reach.saved()
            return result
          }
          reach.failed(problem, result.ok ? '' : result.error.message)
          if (!isRead) return result
          await sleep(retryDelayMs(attempt, options.random))
        }
      }
    }
  }
  return wrapped as unknown as ClinicApi
}
