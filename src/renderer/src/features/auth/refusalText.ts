import type { RpcError } from '../../../../shared/contract/errors'

import type { Translate } from '../../i18n/messageKeys'

/** Words for a refused sign-in or unlock: the reason in the user's language, else the server's. */
export function refusalText(t: Translate, error: RpcError): string {
  if (error.kind === 'unauthenticated' && error.reason) {
    const seconds = error.retryAfterSeconds ?? 0
    const minutes = Math.max(1, Math.ceil(seconds / 60))
    // Plural forms through vue-i18n: "1 minute", never "1 minutes".
    return t(
      `auth.refused.${error.reason}`,
      { seconds, minutes },
      error.reason === 'wait' ? seconds : minutes,
    )
  }
  return error.message
}
