import { FhirBundleFileSchema } from '../../../shared/fhir/fhirExchange'
import type { RpcResult } from '../../../shared/contract/errors'
import { RenderedSummarySchema } from '../../../shared/summaries/summary'
import type { Caller, Dispatch } from '../../door/dispatcher'
import type { Logger } from '../../log'
import type { DesktopFileActions } from '../../summaries/desktopFileActions'

/**
 * The desktop-only calls that open a system dialog, and the browser-shell call a paired desktop
 * makes instead: it fetches the document from the clinic server (audited there as an export or
 * a print, like the browser's download) and shows the dialog on this computer. Run on the server
 * as they are, they would open a dialog on the server's screen.
 */
export const LOCAL_DIALOG_CALLS = {
  'summaries.saveToFile': 'summaries.render',
  'summaries.print': 'summaries.renderForPrint',
  'fhir.saveBundleToFile': 'fhir.exportBundle',
} as const
type LocalDialogCall = keyof typeof LOCAL_DIALOG_CALLS

const isLocalDialogCall = (channel: string): channel is LocalDialogCall =>
  Object.hasOwn(LOCAL_DIALOG_CALLS, channel)

function notUnderstood(): RpcResult<never> {
  return {
    ok: false,
    error: {
      kind: 'internal',
      message:
        'The clinic server sent a document this computer could not read. Nothing was saved or ' +
        'printed. Try again; if it happens again, ask your administrator to update the server ' +
        'and this computer to the same version.',
      ref: 'remote_document',
    },
  }
}

function dialogFailed(what: 'saved' | 'printed'): RpcResult<never> {
  return {
    ok: false,
    error: {
      kind: 'internal',
      message:
        what === 'saved'
          ? 'The file could not be saved on this computer. Check that the folder you chose ' +
            'exists and has free space, then try again.'
          : 'The summary could not be printed on this computer. Check the printer, then try ' +
            'again.',
      ref: 'local_dialog',
    },
  }
}

/**
 * Wraps a paired workstation's door so the dialog calls run here: every other call goes to the
 * server untouched. The reply has the shape the contract gives the original call.
 */
export function withLocalFileActions(
  remote: Dispatch,
  actions: DesktopFileActions,
  log: Logger,
): Dispatch {
  async function run(
    channel: LocalDialogCall,
    payload: unknown,
    caller: Caller,
  ): Promise<RpcResult<unknown>> {
    const fetched = await remote(LOCAL_DIALOG_CALLS[channel], payload, caller)
    // Refused, not signed in, server unreachable: the server's answer, as for any call.
    if (!fetched.ok) return fetched
    try {
      if (channel === 'fhir.saveBundleToFile') {
        const bundle = FhirBundleFileSchema.safeParse(fetched.value)
        if (!bundle.success) return notUnderstood()
        return {
          ok: true,
          value: { outcome: await actions.saveJson(bundle.data.fileName, bundle.data.json) },
        }
      }
      const summary = RenderedSummarySchema.safeParse(fetched.value)
      if (!summary.success) return notUnderstood()
      const pdf = Buffer.from(summary.data.pdfBase64, 'base64')
      const outcome =
        channel === 'summaries.print'
          ? await actions.printPdf(pdf)
          : await actions.savePdf(summary.data.fileName, pdf)
      return { ok: true, value: { outcome } }
    } catch (error) {
      log.error('remote.local_dialog_failed', error, { channel })
      return dialogFailed(channel === 'summaries.print' ? 'printed' : 'saved')
    }
  }

  return (channel, payload, caller) =>
    isLocalDialogCall(channel) ? run(channel, payload, caller) : remote(channel, payload, caller)
}
