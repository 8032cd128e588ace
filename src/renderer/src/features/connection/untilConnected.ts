import { createApp } from 'vue'
import type { ConnectionStatus } from '../../../../shared/connection/connection'
import { createAppI18n } from '../../i18n'
import type { ConnectionClient } from './connectionClient'
import ConnectionSetupView from './ConnectionSetupView.vue'

/**
 * Before the app itself starts in the desktop shell: when this computer has not chosen yet how it
 * works, or its clinic server showed another certificate, the first screen is shown on its own
 * until that is settled. Resolves at once in the browser (no connection calls) and once chosen.
 */
export async function untilConnected(
  client: ConnectionClient | null,
  mountPoint: string | Element = '#app',
): Promise<void> {
  if (!client) return
  const reply = await client.status()
  if (reply.ok && (reply.value.mode === 'local' || reply.value.mode === 'server')) return
  const status: ConnectionStatus = reply.ok ? reply.value : { mode: 'unchosen' }
  await new Promise<void>((resolve) => {
    const setup = createApp(ConnectionSetupView, {
      client,
      status,
      onReady: () => {
        setup.unmount()
        resolve()
      },
    })
    setup.use(createAppI18n()).mount(mountPoint)
  })
}
