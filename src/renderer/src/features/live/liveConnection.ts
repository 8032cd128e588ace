import { watch } from 'vue'
import type { LiveEvents } from '../../api/liveEvents'

/**
 * Keeps this window's live-updates stream open exactly while someone is signed in here and has
 * chosen their own password: the server refuses it otherwise, as it refuses their calls, and a
 * signed-out screen has nothing to update. It opens the moment the password is changed, with no
 * retry to wait for. A locked screen keeps it (events carry ids only, and the calls they prompt
 * wait at the session gate until the unlock).
 */
export function keepLiveForSession(
  live: LiveEvents,
  session: { readonly user: unknown; readonly mustChangePassword: boolean },
): void {
  watch(
    () => session.user !== null && !session.mustChangePassword,
    (mayListen) => {
      if (mayListen) live.start()
      else live.stop()
    },
    { immediate: true },
  )
}
