// First, before any schema is created (see src/shared/zodNoEval.ts).
import '../../shared/zodNoEval'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { clinicApiKey, connectClinicApi } from './api/clinicApi'
import { createEventSourceLiveEvents, liveEventsKey } from './api/liveEvents'
import { createBridgeLiveEvents } from './api/bridgeLiveEvents'
import { serverPlaceKey, serverPlaceOf } from './api/serverPlace'
import type { ServerPlace } from './api/serverPlace'
import { tabId } from './api/tabId'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import { installAccessGuard } from './features/auth/accessGuard'
import { useSessionStore } from './features/auth/sessionStore'
import { connectionClientKey, createConnectionClient } from './features/connection/connectionClient'
import type { ConnectionClient } from './features/connection/connectionClient'
import { untilConnected } from './features/connection/untilConnected'
import './styles/base.css'
import { applyUrgencyPalette } from './styles/urgencyPalette'

// Before anything is drawn: every urgency colour on screen comes from the shared palette.
applyUrgencyPalette(document.documentElement.style)

function startApp(connection: ConnectionClient | null, place: ServerPlace): void {
  const api = connectClinicApi()
  const app = createApp(App, { connected: api !== null })
  if (api) app.provide(clinicApiKey, api)
  app.provide(serverPlaceKey, place)
  // The desktop shell's live updates come from its main process (window.clinicLive); the
  // browser shell's from GET /events. An EventSource cannot send headers, so the tab id goes in
  // the address (see api/tabId.ts).
  const pinia = createPinia()
  // Either way a broken stream asks who is signed in: after a server restart (sessions are in
  // its memory) an open worklist shows the sign-in instead of staying deaf to new alerts.
  if (api && window.clinicLive) {
    const live = createBridgeLiveEvents(window.clinicLive, {
      onLost: () => useSessionStore(pinia).refresh(),
    })
    app.provide(liveEventsKey, live)
  } else if (api && !window.clinic) {
    const live = createEventSourceLiveEvents({
      url: `/events?tab=${tabId()}`,
      onLost: () => useSessionStore(pinia).refresh(),
    })
    app.provide(liveEventsKey, live)
  }
  const router = createAppRouter()
  if (api) {
    installAccessGuard(router, () => {
      const session = useSessionStore(pinia)
      return { role: session.user?.role ?? null, can: session.can }
    })
  }
  // A screen whose code fails to load says nothing by itself (the clinic server refuses the
  // app's files to a computer whose pairing was withdrawn): one call tells, and its transport
  // shows the pairing page, or the unreachable banner when the server is down.
  if (api) router.onError(() => void api.auth.status({}))
  if (connection) app.provide(connectionClientKey, connection)
  app.use(pinia).use(createAppI18n()).use(router).mount('#app')
}

// The desktop app first settles where its data is: this computer, or a clinic server.
const connection = window.clinicConnection ? createConnectionClient(window.clinicConnection) : null
void untilConnected(connection).then(async () => {
  // Settled now: the desktop's words for "no answer" name the clinic server only when paired.
  const status = connection ? await connection.status() : null
  startApp(connection, serverPlaceOf(window.location, status?.ok ? status.value.mode : null))
})
