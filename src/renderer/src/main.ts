// First, before any schema is created (see src/shared/zodNoEval.ts).
import '../../shared/zodNoEval'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { clinicApiKey, connectClinicApi } from './api/clinicApi'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import './styles/base.css'

const api = connectClinicApi()
const app = createApp(App, { connected: api !== null })
if (api) app.provide(clinicApiKey, api)
app.use(createPinia()).use(createAppI18n()).use(createAppRouter()).mount('#app')
