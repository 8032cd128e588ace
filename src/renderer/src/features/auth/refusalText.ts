import type { RpcError } from '../../../../shared/contract/errors'
import type { ServerPlace } from '../../api/serverPlace'
import { rpcErrorText } from '../../i18n/errorText'
import type { HasText, MessageKey, Translate } from '../../i18n/messageKeys'

const noKeyBuiltAtRunTime = (_key: string): _key is MessageKey => false

/**
 * Words for a refused sign-in or unlock: the reason in the user's language ("1 minute", never
 * "1 minutes", through vue-i18n's plural forms), and any other refusal worded by its kind.
 */
export function refusalText(
  t: Translate,
  error: RpcError,
  place: ServerPlace,
  te: HasText = noKeyBuiltAtRunTime,
) {
  return rpcErrorText(t, te, error, place)
}
