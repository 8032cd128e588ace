import { ref } from 'vue'
import type { ClinicApi } from '../../../../shared/contract/client'
import { downloadBlob } from '../../components/downloadBlob'
import { useErrorText } from '../../i18n/errorText'

/** What happened, as a message key and its values. */
export interface FhirExportOutcome {
  readonly tone: 'success' | 'info' | 'error'
  readonly key:
    'fhirExport.saved' | 'fhirExport.saveCancelled' | 'fhirExport.downloaded' | 'fhirExport.failed'
  readonly values?: Record<string, string>
}

/**
 * "Export FHIR" for one submitted intake, saved the way the PDF is: the desktop shell's save
 * dialog (window.clinic present), else the browser's download.
 */
export function useFhirExport(api: ClinicApi, desktop: boolean) {
  const busy = ref(false)
  const outcome = ref<FhirExportOutcome | null>(null)
  const { errorText } = useErrorText()

  async function exportIntake(intakeId: number): Promise<FhirExportOutcome> {
    if (desktop) {
      const result = await api.fhir.saveBundleToFile({ intakeId })
      if (!result.ok) {
        return {
          tone: 'error',
          key: 'fhirExport.failed',
          values: { reason: errorText(result.error) },
        }
      }
      return result.value.outcome === 'saved'
        ? { tone: 'success', key: 'fhirExport.saved' }
        : { tone: 'info', key: 'fhirExport.saveCancelled' }
    }
    const result = await api.fhir.exportBundle({ intakeId })
    if (!result.ok) {
      return {
        tone: 'error',
        key: 'fhirExport.failed',
        values: { reason: errorText(result.error) },
      }
    }
    downloadBlob(
      new Blob([result.value.json], { type: 'application/fhir+json' }),
      result.value.fileName,
    )
    return {
      tone: 'success',
      key: 'fhirExport.downloaded',
      values: { fileName: result.value.fileName },
    }
  }

  async function run(intakeId: number): Promise<void> {
    if (busy.value) return
    busy.value = true
    outcome.value = null
    try {
      outcome.value = await exportIntake(intakeId)
    } finally {
      busy.value = false
    }
  }

  return { busy, outcome, run }
}
