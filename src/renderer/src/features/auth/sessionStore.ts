import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref } from 'vue'
import type { AuthStatus, SignedIn } from '../../../../shared/auth/authStatus'
import type { SessionUser } from '../../../../shared/auth/user'
import { contract } from '../../../../shared/contract/channels'
import type { ChannelInput, ChannelName } from '../../../../shared/contract/channels'
import type { RpcResult } from '../../../../shared/contract/errors'
import type { SessionEndCode } from '../../../../shared/contract/errorCodes'
import { useClinicApi } from '../../api/clinicApi'
import { sessionGate } from '../../api/sessionGate'
import type { MessageKey } from '../../i18n/messageKeys'

/**
 * Who is signed in to this window and whether its screen is locked, as the server says. The
 * server decides everything (it enforces roles and the idle lock on its own); this store only
 * mirrors it so the right screen shows.
 */
export const useSessionStore = defineStore('session', () => {
  const api = useClinicApi()
  const status = ref<AuthStatus | null>(null)
  const unreachable = ref(false)
  /**
   * Who was signed in here until the server said "signed out" without them asking (the server
   * restarted, the idle limit, an administrator's password reset or disabling): the sign-in
   * screen says why, and what they typed stays for them alone. Null on a fresh start and once
   * someone signs in. (Signing out on purpose starts the page afresh, so it never sets this.)
   */
  const endedFor = ref<SessionUser | null>(null)
  /**
   * Why the server ended `endedFor`'s session, when it said (an administrator disabled the account
   * or reset its password...): null for the general words (e.g. after a server restart).
   */
  const endedBy = ref<SessionEndCode | null>(null)
  /**
   * The reason a refused call carried, for the auth.status that follows: that one may no longer
   * know (the refusal cleared the browser's session cookie).
   */
  let heardEnd: SessionEndCode | null = null

  const state = computed(() => status.value?.state ?? 'loading')
  const user = computed(() =>
    status.value?.state === 'signed_in' || status.value?.state === 'locked'
      ? status.value.user
      : null,
  )
  const isSignedIn = computed(() => state.value === 'signed_in')
  /** An administrator set this user's password: nothing else opens until they choose their own. */
  const mustChangePassword = computed(
    () =>
      (status.value?.state === 'signed_in' || status.value?.state === 'locked') &&
      status.value.mustChangePassword === true,
  )
  /** Signed in, unlocked and free to use the app's screens. */
  const canUseApp = computed(() => isSignedIn.value && !mustChangePassword.value)
  /** A confirmation for the screen at `path` (after a password change), shown once there. */
  const notice = ref<{ key: MessageKey; path: string } | null>(null)
  const isLocked = computed(() => state.value === 'locked')
  const idleLockSeconds = computed(() =>
    status.value?.state === 'signed_in' || status.value?.state === 'locked'
      ? status.value.idleLockSeconds
      : null,
  )

  /** Whether the signed-in user's role may call `channel` (to show or hide what they cannot use). */
  function can(channel: ChannelName): boolean {
    const definition = contract[channel]
    if ('public' in definition && definition.public) return true
    return isSignedIn.value && user.value !== null && definition.roles.includes(user.value.role)
  }

  function apply(next: AuthStatus): void {
    if (next.state === 'signed_out' && user.value) {
      endedFor.value = user.value
      endedBy.value = next.endedBy ?? heardEnd
    } else if (next.state === 'signed_in' || next.state === 'locked') {
      endedFor.value = null
      endedBy.value = null
    }
    heardEnd = null
    status.value = next
    // Calls wait at the gate while the user must choose a password: the server would refuse them.
    if (next.state === 'signed_in' && !next.mustChangePassword) sessionGate.open()
    else sessionGate.close()
  }

  async function refresh(): Promise<void> {
    const result = await api.auth.status({})
    unreachable.value = !result.ok
    if (result.ok) apply(result.value)
  }

  /**
   * Starts the app afresh, on its first screen, for whoever is signed in now: nothing the
   * previous user had open (patients, drafts in memory) survives in this window.
   */
  function restartApp(): void {
    window.history.replaceState(null, '', '#/')
    window.location.reload()
  }

  async function signIn(username: string, password: string): Promise<RpcResult<SignedIn>> {
    const previous = user.value ?? endedFor.value
    const result = await api.auth.signIn({ username, password })
    if (!result.ok) return result
    if (previous && previous.id !== result.value.user.id) {
      // Someone else signed in at a locked screen, or after the first user's session ended:
      // nothing of the first user's may stay on this screen, and what they typed but was not
      // yet saved must never be saved under the newcomer's name (the calls holding it wait at
      // the closed gate and go with the page).
      restartApp()
      return result
    }
    apply(result.value)
    return result
  }

  async function setupAdmin(input: ChannelInput<'auth.setupAdmin'>): Promise<RpcResult<SignedIn>> {
    const result = await api.auth.setupAdmin(input)
    if (result.ok) apply(result.value)
    return result
  }

  async function unlock(password: string): Promise<RpcResult<SignedIn>> {
    const result = await api.auth.unlock({ password })
    if (result.ok) apply(result.value)
    else if (result.error.kind === 'unauthenticated' && result.error.reason === 'account_locked') {
      // Too many wrong passwords: the server signed this session out.
      await refresh()
    }
    return result
  }

  /**
   * The signed-in user's own password. On success the server has lifted any forced change, so the
   * gate opens and calls held meanwhile go out. Too many wrong current passwords sign the session
   * out (as at the lock screen), so the store then shows what the server says.
   */
  async function changePassword(input: {
    currentPassword: string
    newPassword: string
  }): Promise<RpcResult<SignedIn>> {
    const result = await api.auth.changePassword(input)
    if (result.ok) apply(result.value)
    else if (result.error.kind === 'unauthenticated') await refresh()
    return result
  }

  function showNotice(key: MessageKey, path: string): void {
    notice.value = { key, path }
  }

  function dismissNotice(): void {
    notice.value = null
  }

  /** Locks the screen now (idle time reached, or the Lock button). */
  async function lock(): Promise<void> {
    if (!user.value || !idleLockSeconds.value) return
    apply({
      state: 'locked',
      user: user.value,
      idleLockSeconds: idleLockSeconds.value,
      ...(mustChangePassword.value ? { mustChangePassword: true as const } : {}),
    })
    await api.auth.lock({})
  }

  async function signOut(): Promise<void> {
    await api.auth.signOut({})
    restartApp()
  }

  async function keepAlive(): Promise<void> {
    await api.auth.keepAlive({})
  }

  // The server refused a call: it locked the session itself, or it is gone (disabled account,
  // app restarted). Show what the server now says, with the reason the refusal gave.
  onScopeDispose(
    sessionGate.onRefused((_reason, ended) => {
      if (ended && endedFor.value) endedBy.value ??= ended
      else if (ended) heardEnd = ended
      void refresh()
    }),
  )

  return {
    status,
    state,
    user,
    endedFor,
    endedBy,
    unreachable,
    isSignedIn,
    isLocked,
    mustChangePassword,
    canUseApp,
    notice,
    idleLockSeconds,
    can,
    refresh,
    signIn,
    setupAdmin,
    unlock,
    changePassword,
    showNotice,
    dismissNotice,
    lock,
    signOut,
    keepAlive,
    restartApp,
  }
})
