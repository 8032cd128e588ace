// A fake clinic server behind the real client layers (resilientApi, the session gate), and the
// review screen as App.vue shows it (the sign-in screen, or the routed screens): for tests of
// what happens to a clinician's unsaved work when the server goes away or forgets every session.
import { defineComponent, h } from 'vue'
import ServerReachBanner from '../../../src/renderer/src/components/ServerReachBanner.vue'
import SessionGate from '../../../src/renderer/src/features/auth/SessionGate.vue'
import { useSessionStore } from '../../../src/renderer/src/features/auth/sessionStore'
import { useReviewEditorStore } from '../../../src/renderer/src/features/review/reviewEditorStore'
import { resilientApi } from '../../../src/renderer/src/api/resilientApi'
import { createServerReach, serverReachKey } from '../../../src/renderer/src/api/serverReach'
import { gatedApi, sessionGate } from '../../../src/renderer/src/api/sessionGate'
import ScreenView from '../../../src/renderer/src/navigation/ScreenView.vue'
import { createClient } from '../../../src/shared/contract/client'
import type { Transport } from '../../../src/shared/contract/client'
import type { ChannelName } from '../../../src/shared/contract/channels'
import type { Intake } from '../../../src/shared/intake/intakeRecord'
import type { Review } from '../../../src/shared/review/review'
import { ok, SIGNED_OUT, signedIn, UNREACHABLE } from '../auth/support'
import { settle, testPatient } from '../intake/support'
import { mountWithApp } from '../support/mountWithApp'

export const clinician = {
  id: 4,
  username: 'cdoc',
  displayName: 'Casey Doc',
  role: 'clinician' as const,
}
export const otherClinician = {
  id: 8,
  username: 'odoc',
  displayName: 'Olu Doc',
  role: 'clinician' as const,
}
export type Clinician = typeof clinician | typeof otherClinician

/** What the fake server holds; a test changes it to stop the server or forget the sessions. */
export interface FakeClinic<R extends Review | null> {
  up: boolean
  user: Clinician | null
  review: R
}

/** The sign-in screen, or the routed screens, as App.vue shows them. */
const Screen = defineComponent({
  setup() {
    return () =>
      h('div', [h(ServerReachBanner), h(SessionGate, null, { default: () => h(ScreenView) })])
  },
})

/** After each test: its stores stop listening to the app's one gate, which the next starts open. */
export function closeFakeClinic(): void {
  useReviewEditorStore().$dispose()
  useSessionStore().$dispose()
  sessionGate.open()
  document.body.innerHTML = ''
}

/**
 * Opens `intake` for review, `clinician` signed in. The server answers sign-in, status and the
 * review screen's reads itself; `saves` answers the calls that store a review (undefined: none).
 */
export async function openOnFakeClinic<R extends Review | null>(
  intake: Intake,
  review: R,
  saves: (
    server: FakeClinic<R>,
    channel: ChannelName,
    payload: unknown,
    user: Clinician,
  ) => unknown,
) {
  const server: FakeClinic<R> = { up: true, user: clinician, review }
  const transport: Transport = async (channel, payload) => {
    if (!server.up) return UNREACHABLE
    const user = server.user
    if (channel === 'auth.status') {
      return ok(user ? { ...signedIn(), user } : { state: 'signed_out' })
    }
    if (channel === 'auth.signIn') {
      const { username } = payload as { username: string }
      server.user = [clinician, otherClinician].find((u) => u.username === username) ?? null
      return ok({ ...signedIn(), user: server.user })
    }
    if (channel === 'auth.unlock') return user ? ok({ ...signedIn(), user }) : SIGNED_OUT
    if (channel === 'auth.keepAlive' || channel === 'auth.lock') return user ? ok({}) : SIGNED_OUT
    if (!user) return SIGNED_OUT
    switch (channel) {
      case 'reviews.get':
        return ok({
          intake: { ...intake, id: (payload as { intakeId: number }).intakeId },
          patient: testPatient,
          review: server.review,
          currentAssessment: null,
          canDecide: true,
        })
      case 'intakes.historyForPatient':
        return ok({ intakes: [] })
      case 'reviews.worklist':
        return ok({ items: [], counts: { awaiting: 0, reviewed: 0, all: 0 }, offset: 0, limit: 25 })
      default:
        return saves(server, channel, payload, user) ?? UNREACHABLE
    }
  }
  const reach = createServerReach()
  const api = gatedApi(resilientApi(createClient(transport), reach))
  const mounted = await mountWithApp(Screen, {
    api: api as unknown as Record<string, object>,
    path: `/review/${intake.id}`,
    provide: { [serverReachKey as symbol]: reach },
  })
  await settle()
  return { ...mounted, server }
}
