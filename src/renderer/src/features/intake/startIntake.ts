import type { Router } from 'vue-router'
import type { ClinicApi } from '../../../../shared/contract/client'

/** Starts an intake for a patient and opens its first step; returns a message on failure. */
export async function startIntake(
  api: ClinicApi,
  router: Router,
  patientId: number,
): Promise<string | null> {
  const result = await api.intakes.start({ patientId })
  if (!result.ok) return result.error.message
  await router.push(`/intakes/${result.value.intake.id}/pain-map`)
  return null
}
