import type { Answers } from '../../../src/shared/intake/answers'
import type { BrowserShell } from './browserShell'
import { rpc } from './staffAccounts'

/**
 * Starts an intake for `patientId` and submits `answers` through the one door, as the front
 * desk's form does; returns the intake's id.
 */
export async function submitIntakeFor(
  shell: BrowserShell,
  patientId: number,
  answers: Answers,
  visitDate?: string,
): Promise<number> {
  const started = await rpc<{ intake: { id: number; version: number } }>(shell, 'intakes.start', {
    patientId,
    ...(visitDate ? { visitDate } : {}),
  })
  await rpc(shell, 'intakes.submit', {
    id: started.intake.id,
    version: started.intake.version,
    answers,
  })
  return started.intake.id
}
