// A simulated clinician's worklist reads, as the worklist screen makes them (worklistStore's
// refresh): one read at a time, and a change heard during a read asks for one more once it is
// back. Both bench phases use it, so their clinicians read the way the app does.
import { z } from 'zod'
import type { WorkstationClient } from './workstationClient'
import { timed } from './workstations'
import type { LoadRecord } from './workstations'

const WorklistIds = z.object({ items: z.array(z.object({ intakeId: z.int().positive() })) })

/** `read()` reads (or asks for one more); `done()` waits for the read under way, if any. */
export interface WorklistReader {
  read(): Promise<void>
  done(): Promise<void>
}

/** `onPage` hears the intake ids of each page read. */
export function serialWorklistReader(
  client: WorkstationClient,
  record: LoadRecord,
  going: () => boolean,
  onPage: (intakeIds: number[]) => void = () => undefined,
): WorklistReader {
  let inFlight: Promise<void> | null = null
  let readAgain = false
  const read = (): Promise<void> => {
    if (inFlight) {
      readAgain = true
      return inFlight
    }
    inFlight = (async () => {
      do {
        readAgain = false
        const page = WorklistIds.safeParse(
          await timed(record, 'reviews.worklist', () =>
            client.call('reviews.worklist', { status: 'awaiting' }),
          ),
        )
        if (page.success) onPage(page.data.items.map((item) => item.intakeId))
      } while (readAgain && going())
    })().finally(() => (inFlight = null))
    return inFlight
  }
  return { read, done: async () => void (await inFlight) }
}
