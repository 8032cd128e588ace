// The clinic server's page for a browser that is not paired yet (src/renderer/pairing.html):
// a small app of its own, so an unpaired browser is given this and nothing else of the app.
import '../../../../shared/zodNoEval'
import { createApp } from 'vue'
import { createAppI18n } from '../../i18n'
import PairingView from './PairingView.vue'
import '../../styles/base.css'

createApp(PairingView).use(createAppI18n()).mount('#app')
