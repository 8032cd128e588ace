import type { Router } from 'vue-router'
import type { ClinicApi } from '../../../../shared/contract/client'
import type { RpcError } from '../../../../shared/contract/errors'

/** Starts an intake for a patient and opens its first step; returns the refusal, for the screen to word. */
export async function startIntake(
  api: ClinicApi,
  router: Router,
  patientId: number,
): Promise<RpcError | null> {
  const result = await api.intakes.start({ patientId })
  if (!result.ok) return result.error
  await router.push(`/intakes/${result.value.intake.id}/pain-map`)
  return null
}
