// Helpers of the FHIR tests: a Bundle's resources by type, and intakes to export.
import { expect } from 'vitest'
import type { Bundle, FhirResource } from '../../../src/main/fhir/fhirTypes'
import type { ClinicApi } from '../../../src/shared/contract/client'
import { expectOk } from '../support/testCore'

export type Resource = FhirResource & Record<string, unknown>

export function resourcesOf(bundle: Bundle, type: string): Resource[] {
  return bundle.entry
    .map((entry) => entry.resource as Resource)
    .filter((resource) => resource.resourceType === type)
}

export function onlyResource(bundle: Bundle, type: string): Resource {
  const found = resourcesOf(bundle, type)
  expect(found, `one ${type}`).toHaveLength(1)
  return found[0] as Resource
}

/** One intake's Bundle through the channel, as the review screen's "Export FHIR" gets it. */
export async function exportedBundle(api: ClinicApi, intakeId: number): Promise<Bundle> {
  const file = expectOk(await api.fhir.exportBundle({ intakeId }))
  return JSON.parse(file.json) as Bundle
}

/** The codes of a CodeableConcept-like value in one system. */
export function codesIn(concept: unknown, system: string): string[] {
  const codings = (concept as { coding?: { system?: string; code: string }[] }).coding ?? []
  return codings.filter((coding) => coding.system === system).map((coding) => coding.code)
}
