import type { Database, Statement } from 'better-sqlite3-multiple-ciphers'

/** One statement a repository ran, with the parameters it ran it with. */
export interface ExecutedStatement {
  readonly sql: string
  readonly params: unknown[]
}

const RUN_METHODS = new Set(['all', 'get', 'iterate', 'run'])

/**
 * A view of the database that records every statement run through it. A repository created on
 * it prepares its statements through the view, so whatever SQL it builds (or changes later) is
 * exactly what a test then asks the planner about: the tests never hold a copy of the SQL.
 */
export function recordingDatabase(db: Database, executed: ExecutedStatement[]): Database {
  const wrap = (statement: Statement, sql: string) =>
    new Proxy(statement, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target)
        if (typeof value !== 'function') return value
        return (...params: unknown[]) => {
          if (RUN_METHODS.has(String(property))) executed.push({ sql, params })
          return (value as (...args: unknown[]) => unknown).apply(target, params)
        }
      },
    })
  return new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') return (sql: string) => wrap(target.prepare(sql), sql)
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value
    },
  })
}

export interface PlanStep {
  readonly id: number
  readonly parent: number
  readonly detail: string
}

/** The planner's plan for a statement, one step per line (`SEARCH i USING INDEX ...`). */
export function queryPlanSteps(db: Database, { sql, params }: ExecutedStatement): PlanStep[] {
  return db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as PlanStep[]
}

export function queryPlan(db: Database, statement: ExecutedStatement): string[] {
  return queryPlanSteps(db, statement).map((step) => step.detail)
}

/** The steps nested under the first step whose detail matches `head` (e.g. a CTE's plan). */
export function stepsUnder(steps: readonly PlanStep[], head: RegExp): string[] {
  const root = steps.find((step) => head.test(step.detail))
  if (!root) return []
  const inside = new Set([root.id])
  const found: string[] = []
  for (const step of steps) {
    if (inside.has(step.parent)) {
      inside.add(step.id)
      found.push(step.detail)
    }
  }
  return found
}
