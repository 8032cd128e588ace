// The desktop app's first screen and its certificate warning, over a stand-in connection bridge.
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ConnectionSetupView from '../../../src/renderer/src/features/connection/ConnectionSetupView.vue'
import { createConnectionClient } from '../../../src/renderer/src/features/connection/connectionClient'
import { untilConnected } from '../../../src/renderer/src/features/connection/untilConnected'
import { createAppI18n } from '../../../src/renderer/src/i18n'
import type { ConnectionBridge, ConnectionStatus } from '../../../src/shared/connection/connection'

afterEach(() => {
  document.body.innerHTML = ''
})

const PINNED = Array.from({ length: 32 }, () => 'AA').join(':')
const PRESENTED = Array.from({ length: 32 }, () => 'BB').join(':')

function standInBridge(overrides: Partial<ConnectionBridge> = {}) {
  return {
    status: vi.fn(async (): Promise<unknown> => ({ ok: true, value: { mode: 'unchosen' } })),
    chooseLocal: vi.fn(async (): Promise<unknown> => ({ ok: true, value: { mode: 'local' } })),
    pair: vi.fn(async (): Promise<unknown> => ({
      ok: true,
      value: {
        mode: 'server',
        origin: 'https://clinic:8443',
        caFingerprint: PINNED,
        workstationName: 'Room 3',
      },
    })),
    ...overrides,
  }
}

function mountSetup(bridge: ConnectionBridge, status: ConnectionStatus) {
  return mount(ConnectionSetupView, {
    props: { client: createConnectionClient(bridge), status },
    attachTo: document.body,
    global: { plugins: [createAppI18n()] },
  })
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}

describe('the first screen of the desktop app', () => {
  it('offers "This computer only" first, and starts the app once chosen', async () => {
    const bridge = standInBridge()
    const wrapper = mountSetup(bridge, { mode: 'unchosen' })
    const buttons = wrapper.findAll('button').map((button) => button.text())
    expect(buttons).toEqual(['Use this computer only', 'Connect to a clinic server'])
    await wrapper.findAll('button')[0]?.trigger('click')
    await settle()
    expect(bridge.chooseLocal).toHaveBeenCalledTimes(1)
    expect(wrapper.emitted('ready')).toHaveLength(1)
  })

  it('shows each field’s problem beside it and keeps what was typed', async () => {
    const bridge = standInBridge({
      pair: vi.fn(async () => ({
        ok: false,
        error: {
          kind: 'validation',
          message: 'Please correct the highlighted fields.',
          issues: [
            {
              path: ['code'],
              message: 'The pairing code has 8 letters and digits, like ABCD-EFGH',
            },
          ],
        },
      })),
    })
    const wrapper = mountSetup(bridge, { mode: 'unchosen' })
    await wrapper.findAll('button')[1]?.trigger('click')
    await wrapper.find('#pair-origin').setValue('192.168.1.20:8443')
    await wrapper.find('#pair-code').setValue('abc')
    await wrapper.find('#pair-name').setValue('Front desk')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(bridge.pair).toHaveBeenCalledWith({
      origin: '192.168.1.20:8443',
      code: 'abc',
      workstationName: 'Front desk',
    })
    expect(wrapper.find('#pair-code-error').text()).toContain('8 letters and digits')
    expect((wrapper.find('#pair-origin').element as HTMLInputElement).value).toBe(
      '192.168.1.20:8443',
    )
    expect((wrapper.find('#pair-code').element as HTMLInputElement).value).toBe('abc')
  })

  it('after pairing, shows the fingerprint to compare before going on', async () => {
    const bridge = standInBridge()
    const wrapper = mountSetup(bridge, { mode: 'unchosen' })
    await wrapper.findAll('button')[1]?.trigger('click')
    await wrapper.find('#pair-origin').setValue('https://clinic:8443')
    await wrapper.find('#pair-code').setValue('ABCD-EFGH')
    await wrapper.find('#pair-name').setValue('Room 3')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(wrapper.find('[data-testid="paired-fingerprint"]').text()).toContain(PINNED)
    expect(wrapper.emitted('ready')).toBeUndefined()
    await wrapper.find('button').trigger('click')
    expect(wrapper.emitted('ready')).toHaveLength(1)
  })

  it('warns of a changed certificate naming both fingerprints, with no way past but pairing again', () => {
    const wrapper = mountSetup(standInBridge(), {
      mode: 'certificate_mismatch',
      origin: 'https://clinic:8443',
      workstationName: 'Room 3',
      pinnedFingerprint: PINNED,
      presentedFingerprint: PRESENTED,
    })
    const warning = wrapper.find('[data-testid="certificate-mismatch"]')
    expect(warning.attributes('role')).toBe('alert')
    expect(warning.text()).toContain(PINNED)
    expect(warning.text()).toContain(PRESENTED)
    expect(wrapper.findAll('button').map((button) => button.text())).toEqual(['Connect'])
    expect((wrapper.find('#pair-origin').element as HTMLInputElement).value).toBe(
      'https://clinic:8443',
    )
  })
})

describe('before the app starts', () => {
  it('goes straight on when this computer already chose, and shows the first screen otherwise', async () => {
    const root = document.createElement('div')
    document.body.appendChild(root)
    await untilConnected(
      createConnectionClient(
        standInBridge({ status: async () => ({ ok: true, value: { mode: 'local' } }) }),
      ),
      root,
    )
    expect(root.innerHTML).toBe('')

    const bridge = standInBridge()
    let started = false
    const waiting = untilConnected(createConnectionClient(bridge), root).then(() => {
      started = true
    })
    await settle()
    expect(root.textContent).toContain('How will this computer be used?')
    expect(started).toBe(false)
    ;(root.querySelector('button') as HTMLButtonElement).click()
    await waiting
    expect(started).toBe(true)
    expect(root.textContent).toBe('')
  })
})
