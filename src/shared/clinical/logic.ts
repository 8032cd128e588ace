// Three-valued (Kleene) logic for reading answers. `undefined` means "cannot tell yet because a
// question is unanswered". Combining with these helpers keeps that honest: a conjunction is false
// as soon as one answered part is false, true only when every part is true, and otherwise
// undefined; a disjunction is the mirror image. Never coerce undefined to false: an unanswered
// question is not a "no".

export type Truth = boolean | undefined

export function all(...values: Truth[]): Truth {
  let unknown = false
  for (const value of values) {
    if (value === false) return false
    if (value === undefined) unknown = true
  }
  return unknown ? undefined : true
}

export function any(...values: Truth[]): Truth {
  let unknown = false
  for (const value of values) {
    if (value === true) return true
    if (value === undefined) unknown = true
  }
  return unknown ? undefined : false
}

export function not(value: Truth): Truth {
  return value === undefined ? undefined : !value
}

/** A comparison on a value that may be unanswered. */
export function when<T>(value: T | undefined, test: (answered: T) => boolean): Truth {
  return value === undefined ? undefined : test(value)
}

/** Whether an answered list contains any of the given values; undefined when unanswered. */
export function includesAny<T>(list: readonly T[] | undefined, ...values: readonly T[]): Truth {
  return list === undefined ? undefined : values.some((value) => list.includes(value))
}

/** Whether an answered single choice is one of the given values; undefined when unanswered. */
export function isOneOf<T>(value: T | undefined, ...values: readonly T[]): Truth {
  return value === undefined ? undefined : values.includes(value)
}
