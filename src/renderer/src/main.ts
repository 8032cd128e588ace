// First, before any schema is created (see src/shared/zodNoEval.ts).
import '../../shared/zodNoEval'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { clinicApiKey, connectClinicApi } from './api/clinicApi'
import { createEventSourceLiveEvents, liveEventsKey } from './api/liveEvents'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import { installAccessGuard } from './features/auth/accessGuard'
import { useSessionStore } from './features/auth/sessionStore'
import './styles/base.css'

const api = connectClinicApi()
const app = createApp(App, { connected: api !== null })
if (api) app.provide(clinicApiKey, api)
// The browser shell's live updates (GET /events); the desktop preload will offer its own.
if (api && !window.clinic) app.provide(liveEventsKey, createEventSourceLiveEvents())
const pinia = createPinia()
const router = createAppRouter()
if (api) {
  installAccessGuard(router, () => {
    const session = useSessionStore(pinia)
    return { role: session.user?.role ?? null, can: session.can }
  })
}
app.use(pinia).use(createAppI18n()).use(router).mount('#app')
