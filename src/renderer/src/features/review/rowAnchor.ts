/** Where a worklist row was on screen before a refresh, so it can be put back there after. */
export interface RowAnchor {
  readonly intakeId: number
  /** Its top edge in the viewport, in CSS pixels. */
  readonly top: number
  /** Its position in the list, for when it has left the list meanwhile. */
  readonly index: number
  /** Whether the keyboard was in the table, so focus goes back to the row. */
  readonly hadFocus: boolean
}
