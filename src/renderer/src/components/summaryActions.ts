import { ref } from 'vue'
import type { ClinicApi } from '../../../shared/contract/client'
import type { RpcError } from '../../../shared/contract/errors'
import { downloadPdf, pdfBlob, printPdfInHiddenFrame } from './pdfFiles'

export type SummaryAction = 'save' | 'print'

/** What happened, as a message key and its values for vue-i18n. */
export interface SummaryOutcome {
  readonly tone: 'success' | 'info' | 'error'
  readonly key: string
  readonly values?: Record<string, string>
}

/**
 * Save as PDF and Print for one intake. In the desktop shell (window.clinic present) the main
 * process shows the system's save and print dialogs; in the browser shell the PDF comes back as
 * bytes and the browser saves it (a download) or prints it from a hidden frame (its print dialog
 * opens directly).
 */
export function useSummaryActions(api: ClinicApi, desktop: boolean) {
  const busy = ref<SummaryAction | null>(null)
  const outcome = ref<SummaryOutcome | null>(null)

  function failed(error: RpcError): SummaryOutcome {
    return { tone: 'error', key: 'summaryActions.failed', values: { reason: error.message } }
  }

  async function saveAsPdf(intakeId: number): Promise<SummaryOutcome> {
    if (desktop) {
      const result = await api.summaries.saveToFile({ intakeId })
      if (!result.ok) return failed(result.error)
      return result.value.outcome === 'saved'
        ? { tone: 'success', key: 'summaryActions.saved' }
        : { tone: 'info', key: 'summaryActions.saveCancelled' }
    }
    const result = await api.summaries.render({ intakeId })
    if (!result.ok) return failed(result.error)
    downloadPdf(pdfBlob(result.value.pdfBase64), result.value.fileName)
    return {
      tone: 'success',
      key: 'summaryActions.downloaded',
      values: { fileName: result.value.fileName },
    }
  }

  async function print(intakeId: number): Promise<SummaryOutcome> {
    if (desktop) {
      const result = await api.summaries.print({ intakeId })
      if (!result.ok) return failed(result.error)
      return result.value.outcome === 'printed'
        ? { tone: 'success', key: 'summaryActions.printed' }
        : { tone: 'info', key: 'summaryActions.printCancelled' }
    }
    const result = await api.summaries.renderForPrint({ intakeId })
    if (!result.ok) return failed(result.error)
    try {
      await printPdfInHiddenFrame(pdfBlob(result.value.pdfBase64))
    } catch {
      return { tone: 'error', key: 'summaryActions.printFailed' }
    }
    return { tone: 'info', key: 'summaryActions.printDialogOpened' }
  }

  async function run(action: SummaryAction, intakeId: number): Promise<void> {
    if (busy.value !== null) return
    busy.value = action
    outcome.value = null
    try {
      outcome.value = action === 'save' ? await saveAsPdf(intakeId) : await print(intakeId)
    } finally {
      busy.value = null
    }
  }

  return { busy, outcome, run }
}
