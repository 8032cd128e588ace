import { ref } from 'vue'
import type { ClinicApi } from '../../../shared/contract/client'
import type { RpcError } from '../../../shared/contract/errors'
import { useErrorText } from '../i18n/errorText'
import type { MessageKey } from '../i18n/messageKeys'
import { downloadBlob } from './downloadBlob'
import { pdfBlob, printPdfInHiddenFrame } from './pdfFiles'

export type SummaryAction = 'save' | 'print'

/** Which summary: the two-page one, or with every question of the form appended. */
export interface SummaryRequest {
  readonly intakeId: number
  readonly fullAnswers: boolean
}

/** What happened, as a message key and its values for vue-i18n. */
export interface SummaryOutcome {
  readonly tone: 'success' | 'info' | 'error'
  readonly key: MessageKey
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

  // Called from a component's setup, so the refusal is worded in the user's language.
  const { errorText } = useErrorText()

  function failed(error: RpcError): SummaryOutcome {
    return { tone: 'error', key: 'summaryActions.failed', values: { reason: errorText(error) } }
  }

  async function saveAsPdf(request: SummaryRequest): Promise<SummaryOutcome> {
    if (desktop) {
      const result = await api.summaries.saveToFile(request)
      if (!result.ok) return failed(result.error)
      return result.value.outcome === 'saved'
        ? { tone: 'success', key: 'summaryActions.saved' }
        : { tone: 'info', key: 'summaryActions.saveCancelled' }
    }
    const result = await api.summaries.render(request)
    if (!result.ok) return failed(result.error)
    downloadBlob(pdfBlob(result.value.pdfBase64), result.value.fileName)
    return {
      tone: 'success',
      key: 'summaryActions.downloaded',
      values: { fileName: result.value.fileName },
    }
  }

  async function print(request: SummaryRequest): Promise<SummaryOutcome> {
    if (desktop) {
      const result = await api.summaries.print(request)
      if (!result.ok) return failed(result.error)
      return result.value.outcome === 'printed'
        ? { tone: 'success', key: 'summaryActions.printed' }
        : { tone: 'info', key: 'summaryActions.printCancelled' }
    }
    const result = await api.summaries.renderForPrint(request)
    if (!result.ok) return failed(result.error)
    try {
      await printPdfInHiddenFrame(pdfBlob(result.value.pdfBase64))
    } catch {
      return { tone: 'error', key: 'summaryActions.printFailed' }
    }
    return { tone: 'info', key: 'summaryActions.printDialogOpened' }
  }

  async function run(action: SummaryAction, request: SummaryRequest): Promise<void> {
    if (busy.value !== null) return
    busy.value = action
    outcome.value = null
    try {
      outcome.value = action === 'save' ? await saveAsPdf(request) : await print(request)
    } finally {
      busy.value = null
    }
  }

  return { busy, outcome, run }
}
