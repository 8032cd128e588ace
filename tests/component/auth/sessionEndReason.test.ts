// Found trying the app as staff: when an administrator disabled someone's account or reset their
// password, that person's screen said "the clinic server restarted or your session ended" and
// promised their typed work back once they signed in again, which a disabled account cannot do.
// The server now says why it ended the session (the refused call's code, auth.status's
// endedBy), and the sign-in screen says what happened and what to do.
import { defineComponent, h } from 'vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import IntakeFormView from '../../../src/renderer/src/features/intake/IntakeFormView.vue'
import SessionGate from '../../../src/renderer/src/features/auth/SessionGate.vue'
import { useSessionStore } from '../../../src/renderer/src/features/auth/sessionStore'
import { useIntakeSessionStore } from '../../../src/renderer/src/features/intake/intakeSessionStore'
import { resilientApi } from '../../../src/renderer/src/api/resilientApi'
import { createServerReach, serverReachKey } from '../../../src/renderer/src/api/serverReach'
import { gatedApi, sessionGate } from '../../../src/renderer/src/api/sessionGate'
import { createClient } from '../../../src/shared/contract/client'
import type { Transport } from '../../../src/shared/contract/client'
import type { SessionEndCode } from '../../../src/shared/contract/errorCodes'
import { draftIntake, fakeIntakes, mountIntakeScreen, settle } from '../intake/support'
import { ok, signedIn } from './support'

afterEach(() => {
  vi.useRealTimers()
  useIntakeSessionStore().$dispose()
  useSessionStore().$dispose()
  sessionGate.open()
  document.body.innerHTML = ''
})

const Screen = defineComponent({
  setup() {
    return () =>
      h(SessionGate, null, {
        default: () => h(IntakeFormView, { intakeId: 5, stepSlug: 'hip-symptoms' }),
      })
  },
})

/**
 * A fake clinic server behind the app's own client layers. Once `ended` is set, the session is
 * over: calls are refused with its code and, unless `statusForgets`, auth.status names it too (a
 * browser's refused call clears its session cookie, so the next status may not know).
 */
async function openIntake() {
  const fake = fakeIntakes(draftIntake())
  const server: { ended: SessionEndCode | null; statusForgets: boolean } = {
    ended: null,
    statusForgets: false,
  }
  const refusal = () => ({
    ok: false as const,
    error: {
      kind: 'unauthenticated' as const,
      message: 'Session ended.',
      reason: 'signed_out' as const,
      ...(server.ended ? { code: server.ended } : {}),
    },
  })
  const transport: Transport = async (channel, payload) => {
    const over = server.ended !== null
    switch (channel) {
      case 'auth.status':
        if (!over) return ok(signedIn())
        return ok(
          server.statusForgets
            ? { state: 'signed_out' }
            : { state: 'signed_out', endedBy: server.ended },
        )
      case 'auth.keepAlive':
        return over ? refusal() : ok({})
      case 'intakes.get':
        return over ? refusal() : fake.get()
      case 'intakes.saveDraft':
        return over ? refusal() : fake.saveDraft(payload as Parameters<typeof fake.saveDraft>[0])
      default:
        return refusal()
    }
  }
  const reach = createServerReach()
  const api = gatedApi(resilientApi(createClient(transport), reach))
  const mounted = await mountIntakeScreen(Screen, {
    api: api as unknown as Record<string, object>,
    path: '/intakes/5/hip-symptoms',
    provide: { [serverReachKey as symbol]: reach },
  })
  await settle()
  return { ...mounted, server }
}

type Opened = Awaited<ReturnType<typeof openIntake>>
const notice = (opened: Opened) => opened.wrapper.find('[data-testid="signed-out-notice"]').text()

/** The session ends while an answer waits to be saved: its save is refused with the reason. */
async function endWhileTyping(opened: Opened, ended: SessionEndCode, statusForgets = false) {
  const { wrapper, server } = opened
  await vi.waitFor(() => expect(wrapper.find('[data-testid="save-status"]').text()).toBe('Saved'))
  server.ended = ended
  server.statusForgets = statusForgets
  vi.useFakeTimers()
  await wrapper.find('#question-hipGivingWay-0').setValue(true)
  await vi.advanceTimersByTimeAsync(2_000)
  expect(wrapper.find('#sign-in-password').exists()).toBe(true)
}

/** The session ends while nothing waits; the screen finds out as a broken live stream makes it. */
async function endWhileIdle(opened: Opened, ended: SessionEndCode) {
  await vi.waitFor(() =>
    expect(opened.wrapper.find('[data-testid="save-status"]').text()).toBe('Saved'),
  )
  opened.server.ended = ended
  await useSessionStore().refresh()
  await settle()
}

const KEPT =
  'What you typed is kept on this screen and will be saved once you sign in again as Frankie Desk. If someone else signs in here instead, it is closed without being saved.'

describe('the sign-in screen after the server ended the session', () => {
  it('says an administrator disabled the account, and promises no work back', async () => {
    const opened = await openIntake()
    await endWhileTyping(opened, 'session_ended_account_disabled', true)
    expect(notice(opened)).toBe(
      'Your account was disabled by an administrator. Ask them if you need access. What you typed has not been saved. It stays on this screen only in case an administrator enables your account again and you sign in as Frankie Desk; if someone else signs in here, it is closed without being saved.',
    )
    expect(notice(opened)).not.toContain('will be saved once you sign in')
    expect(opened.wrapper.text()).not.toContain('clinic server restarted')
  })

  it('says only that, when nothing typed is waiting', async () => {
    const opened = await openIntake()
    await endWhileIdle(opened, 'session_ended_account_disabled')
    expect(notice(opened)).toBe(
      'Your account was disabled by an administrator. Ask them if you need access.',
    )
  })

  it('says an administrator reset the password, and which password to sign in with', async () => {
    const opened = await openIntake()
    await endWhileTyping(opened, 'session_ended_password_reset')
    expect(notice(opened)).toBe(
      `An administrator reset your password. Sign in with the temporary password they give you. ${KEPT}`,
    )
  })

  it('keeps the reason a refused call gave when the status no longer knows it', async () => {
    const opened = await openIntake()
    await endWhileTyping(opened, 'session_ended_password_reset', true)
    expect(notice(opened)).toBe(
      `An administrator reset your password. Sign in with the temporary password they give you. ${KEPT}`,
    )
  })

  it('says the password was changed elsewhere', async () => {
    const opened = await openIntake()
    await endWhileIdle(opened, 'session_ended_password_changed')
    expect(notice(opened)).toBe(
      'Your password was changed in another window or on another computer. Sign in with your new password.',
    )
  })
})
