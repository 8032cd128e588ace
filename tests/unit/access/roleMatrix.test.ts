import { describe, expect, it } from 'vitest'
import { CHANNEL_NAMES, contract } from '../../../src/shared/contract/channels'
import type { ChannelName } from '../../../src/shared/contract/channels'
import { ROLES } from '../../../src/shared/contract/roles'
import type { Role } from '../../../src/shared/contract/roles'
import { signedInClient, signedOutClient } from '../support/signedInClient'
import { useTestCore } from '../support/testCore'
import { EXPECTED_ACCESS, EXPECTED_AUDIT } from './expectedAccess'

const openTestCore = useTestCore()
const protectedChannels = CHANNEL_NAMES.filter((name) => EXPECTED_ACCESS[name] !== 'public')

/** Calls a channel by name with an empty payload, as any caller of the door could. */
function callAs(api: object, channel: ChannelName) {
  const [namespace, method] = channel.split('.') as [string, string]
  const client = api as Record<string, Record<string, (input: unknown) => Promise<unknown>>>
  return client[namespace]?.[method]?.({}) as Promise<
    { ok: true } | { ok: false; error: { kind: string; reason?: string } }
  >
}

function refusalsIn(core: ReturnType<typeof openTestCore>['core']) {
  return core.db
    .prepare("SELECT channel, user_id, outcome FROM audit_log WHERE action = 'refused'")
    .all() as { channel: string; user_id: number | null; outcome: string }[]
}

describe('the contract against the hand-written access table', () => {
  it('gives every channel exactly the roles the clinic expects', () => {
    expect(Object.keys(EXPECTED_ACCESS).sort()).toEqual([...CHANNEL_NAMES].sort())
    for (const name of CHANNEL_NAMES) {
      const definition = contract[name]
      const actual =
        'public' in definition && definition.public ? 'public' : [...definition.roles].sort()
      const expected = EXPECTED_ACCESS[name]
      expect({ channel: name, access: actual }).toEqual({
        channel: name,
        access: expected === 'public' ? 'public' : [...expected].sort(),
      })
    }
  })

  it('audits every create, update, view, export, print, sign-off and amendment', () => {
    for (const name of CHANNEL_NAMES) {
      const action = 'audit' in contract[name] ? contract[name].audit : undefined
      expect({ channel: name, audit: action }).toEqual({
        channel: name,
        audit: EXPECTED_AUDIT[name],
      })
    }
  })
})

describe.each(['browser', 'desktop'] as const)('the one door in the %s shell', (shell) => {
  it.each(ROLES)(
    'lets %s call exactly its channels and audits each refusal',
    async (role: Role) => {
      const { core } = openTestCore()
      const api = signedInClient(core, role, { shell })
      const userId = core.db.prepare('SELECT id FROM users WHERE role = ?').pluck().get(role)
      const forbidden: string[] = []
      for (const channel of protectedChannels) {
        const allowed = (EXPECTED_ACCESS[channel] as Role[]).includes(role)
        const result = await callAs(api, channel)
        const kind = result.ok ? 'ok' : result.error.kind
        if (allowed) {
          // It got past the door: it may still be invalid ({} is rarely a whole input).
          expect({ channel, kind }).not.toMatchObject({
            kind: expect.stringMatching(/forbidden|unauthenticated/),
          })
        } else {
          expect({ channel, kind }).toEqual({ channel, kind: 'forbidden' })
          forbidden.push(channel)
        }
      }
      expect(forbidden.length).toBeGreaterThan(0)
      expect(refusalsIn(core)).toEqual(
        forbidden.map((channel) => ({ channel, user_id: userId, outcome: 'forbidden' })),
      )
    },
  )

  it('refuses every protected channel to a session nobody signed in to', async () => {
    const { core } = openTestCore()
    const api = signedOutClient(core)
    for (const channel of protectedChannels) {
      const result = await callAs(api, channel)
      expect({ channel, result }).toMatchObject({
        channel,
        result: { ok: false, error: { kind: 'unauthenticated', reason: 'signed_out' } },
      })
    }
    expect(refusalsIn(core)).toHaveLength(protectedChannels.length)
  })

  it('refuses every protected channel while the screen is locked', async () => {
    const { core } = openTestCore()
    const api = signedInClient(core, 'clinician', { shell })
    await api.auth.lock({})
    for (const channel of protectedChannels) {
      const result = await callAs(api, channel)
      expect({ channel, result }).toMatchObject({
        channel,
        result: { ok: false, error: { kind: 'unauthenticated', reason: 'locked' } },
      })
    }
  })
})

it('checks the role before it reads the input, so a refused caller learns nothing of the schema', async () => {
  const { core } = openTestCore()
  const frontDesk = signedInClient(core, 'front_desk')
  const reply = await frontDesk.users.create({
    username: '',
    displayName: '',
    role: 'admin',
    password: 'x',
  })
  expect(reply).toEqual({
    ok: false,
    error: { kind: 'forbidden', message: expect.any(String) },
  })
  expect(core.db.prepare('SELECT count(*) FROM users').pluck().get()).toBe(1)
})
