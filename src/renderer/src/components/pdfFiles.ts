// Browser-side handling of a PDF the app made: bytes from base64, printing in a hidden frame.

/** The PDF bytes from the base64 text the one door sends. */
export function pdfBlob(base64: string): Blob {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type: 'application/pdf' })
}

/** How long the hidden print frame and its blob address are kept after print() was called. */
const PRINT_FRAME_LIFETIME_MS = 60_000

/**
 * Prints the PDF in one step: a hidden frame shows it (blob: frames are allowed by the app's
 * Content-Security-Policy) and calls print() once it has loaded, so the browser's print dialog
 * opens directly, with no new tab and no second Ctrl+P. Resolves when the dialog was asked for.
 */
export function printPdfInHiddenFrame(blob: Blob): Promise<void> {
  const url = URL.createObjectURL(blob)
  const frame = document.createElement('iframe')
  frame.dataset.testid = 'summary-print-frame'
  frame.title = 'Intake summary for printing'
  frame.setAttribute('aria-hidden', 'true')
  frame.tabIndex = -1
  // Off screen but laid out: a frame with display:none is not rendered, so it cannot print.
  Object.assign(frame.style, {
    position: 'fixed',
    right: '0',
    bottom: '0',
    width: '0',
    height: '0',
    border: '0',
  })
  return new Promise((resolve, reject) => {
    frame.addEventListener(
      'load',
      () => {
        try {
          frame.contentWindow?.focus()
          frame.contentWindow?.print()
          resolve()
        } catch (error) {
          reject(error instanceof Error ? error : new Error('print failed'))
        } finally {
          // The print dialog has its own copy of the document by the time it closes.
          setTimeout(() => {
            frame.remove()
            URL.revokeObjectURL(url)
          }, PRINT_FRAME_LIFETIME_MS)
        }
      },
      { once: true },
    )
    frame.src = url
    document.body.append(frame)
  })
}
