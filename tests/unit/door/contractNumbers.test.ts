import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { contract, CHANNEL_NAMES } from '../../../src/shared/contract/channels'

interface NumberLeaf {
  readonly path: string
  readonly schema: z.ZodNumber
}

type Def = {
  type: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  element?: z.ZodType
  options?: z.ZodType[]
  valueType?: z.ZodType
  keyType?: z.ZodType
  in?: z.ZodType
  out?: z.ZodType
  left?: z.ZodType
  right?: z.ZodType
  items?: z.ZodType[]
  rest?: z.ZodType | null
  getter?: () => z.ZodType
}

/** Every number an input schema accepts, with where it sits (`*` for any key or index). */
function numberLeaves(schema: z.ZodType, path = '', seen = new Set<z.ZodType>()): NumberLeaf[] {
  if (seen.has(schema)) return []
  seen.add(schema)
  const def = schema._zod.def as unknown as Def
  const walk = (child: z.ZodType | null | undefined, at: string) =>
    child ? numberLeaves(child, at, seen) : []
  switch (def.type) {
    case 'number':
      return [{ path: path || '(value)', schema: schema as z.ZodNumber }]
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, child]) =>
        walk(child, path ? `${path}.${key}` : key),
      )
    case 'array':
      return walk(def.element, `${path}[*]`)
    case 'tuple':
      return [
        ...(def.items ?? []).flatMap((item, i) => walk(item, `${path}[${i}]`)),
        ...walk(def.rest, `${path}[*]`),
      ]
    case 'record':
      return [...walk(def.keyType, `${path}{key}`), ...walk(def.valueType, `${path}.*`)]
    case 'union':
      return (def.options ?? []).flatMap((option) => walk(option, path))
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)]
    case 'pipe':
      return [...walk(def.in, path), ...walk(def.out, path)]
    case 'lazy':
      return walk(def.getter?.(), path)
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return walk(def.innerType, path)
    default:
      return []
  }
}

const LARGEST = Number.MAX_SAFE_INTEGER

/** Bounded: a safe integer (zod's `z.int()`), or an explicit finite range. */
function isBounded(schema: z.ZodNumber): boolean {
  const min = schema.minValue ?? -Infinity
  const max = schema.maxValue ?? Infinity
  return min >= -LARGEST && max <= LARGEST
}

const channelLeaves = CHANNEL_NAMES.map((name) => ({
  name,
  leaves: numberLeaves(contract[name].input as z.ZodType),
}))

describe('numbers in the contract', () => {
  it('finds the numbers it is meant to check (the walk itself works)', () => {
    const get = channelLeaves.find((channel) => channel.name === 'patients.get')
    expect(get?.leaves.map((leaf) => leaf.path)).toEqual(['id'])
    expect(channelLeaves.flatMap((channel) => channel.leaves).length).toBeGreaterThan(20)
  })

  it('bounds every number any channel accepts (a safe integer or an explicit range)', () => {
    const unbounded = channelLeaves.flatMap(({ name, leaves }) =>
      leaves.filter((leaf) => !isBounded(leaf.schema)).map((leaf) => `${name}: ${leaf.path}`),
    )
    expect(unbounded).toEqual([])
  })

  it.each([2 ** 53 + 1, 1e300, -(2 ** 53 + 1)])(
    'rejects %s in every id and count of every channel, at that field',
    (poison) => {
      const accepted: string[] = []
      for (const { name, leaves } of channelLeaves) {
        for (const leaf of leaves) {
          // Only plain fields of the top-level object: a payload can be built for them directly.
          if (!/^[A-Za-z]+$/.test(leaf.path)) continue
          const result = contract[name].input.safeParse({ [leaf.path]: poison })
          const flagged =
            !result.success &&
            result.error.issues.some((issue) => issue.path.join('.') === leaf.path)
          if (!flagged) accepted.push(`${name}: ${leaf.path}`)
        }
      }
      expect(accepted).toEqual([])
    },
  )
})
