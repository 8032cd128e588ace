import { watch } from 'vue'
import type { LiveEvents } from '../../api/liveEvents'

/**
 * Keeps the live-updates stream open exactly while someone is signed in: the server refuses it
 * otherwise, and a signed-out screen has nothing to update. A locked screen keeps it (events
 * carry ids only, and the calls they prompt wait at the session gate until the unlock).
 */
export function keepLiveWhileSignedIn(live: LiveEvents, signedIn: () => boolean): void {
  watch(
    signedIn,
    (isIn) => {
      if (isIn) live.start()
      else live.stop()
    },
    { immediate: true },
  )
}

/**
 * The app's stream for this window's session: open while someone is signed in here (a locked
 * screen included) once they have chosen their own password. Before that the server refuses it,
 * as it refuses their calls; it opens the moment the password is changed, with no retry to wait
 * for.
 */
export function keepLiveForSession(
  live: LiveEvents,
  session: { readonly user: unknown; readonly mustChangePassword: boolean },
): void {
  keepLiveWhileSignedIn(live, () => session.user !== null && !session.mustChangePassword)
}
