// Issue 13, item 5: messages by error code, in the locale's words. Adding a person without a role
// showed zod's raw "Invalid option: expected one of ..."; refusals showed the server's English;
// "1 minutes" and "1 weeks"; the sign-off prompt counted causes without naming them.
import { afterEach, describe, expect, it, vi } from 'vitest'
import UsersView from '../../../src/renderer/src/features/admin/UsersView.vue'
import { answerText } from '../../../src/renderer/src/features/intake/questionText'
import { refusalText } from '../../../src/renderer/src/features/auth/refusalText'
import { createAppI18n } from '../../../src/renderer/src/i18n'
import { rpcErrorText } from '../../../src/renderer/src/i18n/errorText'
import { mountWithApp, settle } from '../support/mountWithApp'

afterEach(() => {
  document.body.innerHTML = ''
})

const global = createAppI18n().global
const translate = global.t as Parameters<typeof rpcErrorText>[0]
const te = global.te as Parameters<typeof rpcErrorText>[1]

describe('words chosen by error code', () => {
  it('asks for a role in plain words when a person is added without one', async () => {
    const api = {
      users: { list: vi.fn(async () => ({ ok: true, value: { users: [] } })), create: vi.fn() },
      safety: {
        getSettings: vi.fn(async () => ({ ok: false, error: { kind: 'not_found', message: '' } })),
      },
    }
    const { wrapper } = await mountWithApp(UsersView, { api, path: '/admin/users' })
    await settle()
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Add a person')
      ?.trigger('click')
    await wrapper.get('#user-display-name').setValue('Nina New')
    await wrapper.get('#user-username').setValue('nina')
    await wrapper.get('#user-password').setValue('grey heron by the mill 42')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.text()).not.toContain('Invalid option')
    expect(wrapper.text()).toContain('Choose one of the listed options.')
    expect(api.users.create).not.toHaveBeenCalled()
  })

  it('words refusals by kind and reason, never with the server English', () => {
    const server = 'server English'
    expect(rpcErrorText(translate, te, { kind: 'conflict', message: server })).toMatch(
      /^This could not be done as things stand now\./,
    )
    expect(
      rpcErrorText(translate, te, { kind: 'storage', message: server, reason: 'disk_full' }),
    ).toContain('disk is full')
    expect(
      rpcErrorText(translate, te, { kind: 'internal', message: server, ref: 'r-42' }),
    ).toContain('r-42')
  })

  it('says "1 minute" and "1 week", not "1 minutes" and "1 weeks"', () => {
    const locked = {
      kind: 'unauthenticated' as const,
      message: 'x',
      reason: 'account_locked' as const,
      retryAfterSeconds: 60,
    }
    expect(refusalText(translate, locked, 'thisComputer')).toContain('Try again in 1 minute,')
    expect(refusalText(translate, { ...locked, retryAfterSeconds: 600 }, 'thisComputer')).toContain(
      '10 minutes',
    )
    expect(answerText(translate, 'durationWeeks', '1')).toBe('1 week')
    expect(answerText(translate, 'durationWeeks', '3')).toBe('3 weeks')
  })

  it('the worklist date boxes read YYYY-MM-DD, not the browser date picker', async () => {
    const { default: WorklistFilters } =
      await import('../../../src/renderer/src/features/review/WorklistFilters.vue')
    const { wrapper } = await mountWithApp(WorklistFilters, {
      api: {
        reviews: {
          worklist: vi.fn(async () => ({ ok: false, error: { kind: 'forbidden', message: '' } })),
        },
      },
      path: '/worklist',
    })
    const from = wrapper.get('#worklist-from')
    expect(from.attributes('type')).toBe('text')
    expect(from.attributes('placeholder')).toBe('YYYY-MM-DD')
  })
})
