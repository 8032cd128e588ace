// @vitest-environment-options {"url":"https://192.168.1.20:8443/"}
// A workstation paired with the clinic server (this page comes from it, over HTTPS): when a save
// gets no answer, the words name the clinic server, not "the app", so staff check their network
// and tell whoever looks after the server. The single-computer browser shell keeps its words.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createHttpTransport } from '../../../src/renderer/src/api/httpTransport'
import { serverPlaceKey, serverPlaceOf } from '../../../src/renderer/src/api/serverPlace'
import SessionGate from '../../../src/renderer/src/features/auth/SessionGate.vue'
import SignInView from '../../../src/renderer/src/features/auth/SignInView.vue'
import { createAppI18n } from '../../../src/renderer/src/i18n'
import { rpcErrorText } from '../../../src/renderer/src/i18n/errorText'
import IntakeFormView from '../../../src/renderer/src/features/intake/IntakeFormView.vue'
import { draftIntake, fakeIntakes, settle } from '../intake/support'
import { openNewReview } from '../review/openNewReview'
import { mountWithApp } from '../support/mountWithApp'

const UNREACHABLE = {
  ok: false as const,
  error: { kind: 'internal' as const, message: 'No answer.', ref: 'network' },
}
const CLINIC_SERVER_SAVE = 'Not saved yet: the clinic server could not be reached. Trying again…'
const THIS_COMPUTER_SAVE = 'Not saved yet: the app could not be reached. Trying again…'

afterEach(() => {
  document.body.innerHTML = ''
})

async function intakeWhoseSaveGetsNoAnswer(provide: Record<symbol, unknown> = {}) {
  const fake = fakeIntakes(draftIntake())
  const saveDraft = vi.fn(async () => UNREACHABLE)
  const { wrapper } = await mountWithApp(IntakeFormView, {
    api: { intakes: { ...fake.api.intakes, saveDraft } },
    props: { intakeId: 5, stepSlug: 'onset-course' },
    path: '/intakes/5/onset-course',
    provide,
  })
  await settle()
  await wrapper.find('#question-onset-0').setValue(true)
  await vi.waitFor(() => expect(saveDraft).toHaveBeenCalled())
  await settle()
  return wrapper.find('[data-testid="save-status"]')
}

describe('a save that gets no answer, on a workstation of the clinic server', () => {
  it('intake: names the clinic server', async () => {
    const status = await intakeWhoseSaveGetsNoAnswer()
    await vi.waitFor(() => expect(status.text()).toBe(CLINIC_SERVER_SAVE))
  })

  it('review: names the clinic server', async () => {
    const { wrapper } = await openNewReview(vi.fn(async () => UNREACHABLE))
    await wrapper.find('#clinical-note').setValue('Walks in guarded.')
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="review-save-status"]').text()).toBe(
        'Not saved yet: the clinic server could not be reached. Trying again…',
      ),
    )
  })

  it('the browser transport names the clinic server and says what to check', async () => {
    const transport = createHttpTransport('tab-one-0001', async () => {
      throw new TypeError('Failed to fetch')
    })
    const result = await transport('auth.status', {})
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'internal',
        ref: 'network',
        message:
          'The clinic server could not be reached. Check this computer’s network connection; if it persists, tell whoever looks after the clinic server.',
      },
    })
  })
})

describe('the single-computer shells keep their words', () => {
  it('tells the clinic server from the app on this computer by the page and the desktop’s mode', () => {
    expect(serverPlaceOf({ protocol: 'https:' })).toBe('clinicServer')
    expect(serverPlaceOf({ protocol: 'http:' })).toBe('thisComputer')
    expect(serverPlaceOf({ protocol: 'file:' }, 'local')).toBe('thisComputer')
    expect(serverPlaceOf({ protocol: 'file:' }, 'server')).toBe('clinicServer')
  })

  it('intake: says the app could not be reached', async () => {
    const status = await intakeWhoseSaveGetsNoAnswer({ [serverPlaceKey as symbol]: 'thisComputer' })
    await vi.waitFor(() => expect(status.text()).toBe(THIS_COMPUTER_SAVE))
  })

  it('the browser transport says the app could not be reached', async () => {
    const noAnswer = async (): Promise<Response> => {
      throw new TypeError('Failed to fetch')
    }
    const transport = createHttpTransport('tab-one-0001', noAnswer, () => {}, 'thisComputer')
    expect(await transport('auth.status', {})).toMatchObject({
      ok: false,
      error: {
        ref: 'network',
        message: 'The app could not be reached. Check that it is still running, then try again.',
      },
    })
  })
})

describe('no answer when the app opens', () => {
  const Shell = defineComponent({
    render: () => h(SessionGate, null, { default: () => h('p', 'Patient list') }),
  })
  const opened = async (provide: Record<symbol, unknown> = {}) => {
    const { wrapper } = await mountWithApp(Shell, {
      api: { auth: { status: vi.fn(async () => UNREACHABLE) } },
      provide,
    })
    await settle()
    return wrapper.get('[role="alert"]').text()
  }

  it('on a workstation, names the clinic server and says what to check', async () => {
    expect(await opened()).toBe(
      'The clinic server could not be reached. Check this computer’s network connection, then reload this page; if it persists, tell whoever looks after the clinic server.',
    )
  })

  it('on a single computer, keeps the words about the app', async () => {
    expect(await opened({ [serverPlaceKey as symbol]: serverPlaceOf({ protocol: 'http:' }) })).toBe(
      'The app could not be reached. Check that it is still running, then reload this page.',
    )
  })
})

describe('an action that got no answer', () => {
  const global = createAppI18n().global
  const translate = global.t as Parameters<typeof rpcErrorText>[0]
  const te = global.te as Parameters<typeof rpcErrorText>[1]

  it('says it may not have been done and what to check, not "give this reference: network"', () => {
    expect(rpcErrorText(translate, te, UNREACHABLE.error, 'clinicServer')).toBe(
      'The clinic server did not answer, so this may not have been done. What you typed is still here: check this computer’s network connection, then try again.',
    )
    expect(rpcErrorText(translate, te, UNREACHABLE.error, 'thisComputer')).toBe(
      'The app did not answer, so this may not have been done. What you typed is still here: check that the app is still running, then try again.',
    )
  })

  it('a sign-in on a workstation names the clinic server', async () => {
    const { wrapper } = await mountWithApp(SignInView, {
      api: { auth: { signIn: vi.fn(async () => UNREACHABLE) } },
    })
    await wrapper.get('#sign-in-username').setValue('desk')
    await wrapper.get('#sign-in-password').setValue('a long enough password')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('[role="alert"]').text()).toContain('The clinic server did not answer')
  })
})
