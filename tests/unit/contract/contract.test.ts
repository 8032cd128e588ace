import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { CHANNEL_NAMES, contract } from '../../../src/shared/contract/channels'
import { createClient } from '../../../src/shared/contract/client'
import { ROLES } from '../../../src/shared/contract/roles'

describe('the contract', () => {
  it('names every channel namespace.method with zod schemas and someone who may call it', () => {
    expect(CHANNEL_NAMES.length).toBeGreaterThan(0)
    for (const name of CHANNEL_NAMES) {
      expect(name).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/)
      const definition = contract[name]
      expect(definition.input).toBeInstanceOf(z.ZodType)
      expect(definition.output).toBeInstanceOf(z.ZodType)
      // A channel nobody may call is a mistake; console-only channels are for the CLI alone.
      expect(definition.roles.length > 0 || definition.console === true).toBe(true)
      for (const role of definition.roles) expect(ROLES).toContain(role)
    }
  })
})

describe('createClient', () => {
  it('builds one namespaced method per channel and sends plain JSON', async () => {
    const calls: [string, unknown][] = []
    const client = createClient(async (channel, payload) => {
      calls.push([channel, payload])
      return { ok: true, value: { patients: [] } }
    })
    const reply = await client.patients.search({ query: 'ab' })
    expect(reply).toEqual({ ok: true, value: { patients: [] } })
    expect(calls).toEqual([['patients.search', { query: 'ab' }]])
    for (const name of CHANNEL_NAMES) {
      const [namespace, method] = name.split('.') as [string, string]
      expect(
        typeof (client as unknown as Record<string, Record<string, unknown>>)[namespace]?.[method],
      ).toBe('function')
    }
  })

  it('turns a reply that breaks the contract into an internal error', async () => {
    const client = createClient(async () => ({ ok: true, value: { patients: [{ id: 'x' }] } }))
    const reply = await client.patients.search({ query: '' })
    expect(reply.ok).toBe(false)
    if (!reply.ok) expect(reply.error.kind).toBe('internal')
  })

  it('passes typed errors through unchanged', async () => {
    const error = { kind: 'not_found', message: 'This patient does not exist.' }
    const client = createClient(async () => ({ ok: false, error }))
    expect(await client.patients.get({ id: 9 })).toEqual({ ok: false, error })
  })
})
