import type { RpcError } from '../../../../shared/contract/errors'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** Words for a refused sign-in or unlock: the reason in the user's language, else the server's. */
export function refusalText(t: Translate, error: RpcError): string {
  if (error.kind === 'unauthenticated' && error.reason) {
    const seconds = error.retryAfterSeconds ?? 0
    return t(`auth.refused.${error.reason}`, {
      seconds,
      minutes: Math.max(1, Math.ceil(seconds / 60)),
    })
  }
  return error.message
}
