// Which record a screen is about, as a key for <RouterView>'s component. Vue Router reuses a
// screen's instance when only its address changes (one patient's edit form to another's, one
// review to the next, "new patient" to an existing one): anything the instance loaded or was
// typed into would then stay on screen and be saved under the new record. A new key remounts it;
// moving between an intake's steps keeps the same key, so the form stays as it is.
import type { RouteLocationNormalizedLoaded } from 'vue-router'

export function screenKey(route: RouteLocationNormalizedLoaded): string {
  const record = route.matched.at(-1)?.path ?? route.path
  const { id, intakeId } = route.params
  return [record, String(id ?? ''), String(intakeId ?? '')].join('|')
}
