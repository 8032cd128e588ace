/** One figure of the benchmark table (and of its JSON). */
export interface BenchRow {
  /** Stable key for the JSON and for floors and targets to refer to, e.g. `submit.p99`. */
  readonly id: string
  readonly label: string
  readonly value: number
  readonly unit: string
  /** For floor rows: how ratio cells name this floor, e.g. `insert p99`. */
  readonly short?: string
  /** The floor figure this one is divided by in the ratio column (a row id). */
  readonly floorId?: string
  readonly target?: Target
}

/** What the figure must meet: below a fixed value, and optionally within N times its floor. */
export interface Target {
  readonly below: number
  readonly withinFloorRatio?: number
}
