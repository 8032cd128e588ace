// Browser-side handling of a PDF the app made: bytes from base64, a download, a viewer tab.

/** The PDF bytes from the base64 text the one door sends. */
export function pdfBlob(base64: string): Blob {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type: 'application/pdf' })
}

/** Saves through the browser's own download (it asks where, or uses the Downloads folder). */
export function downloadPdf(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has its own copy once started; free the memory soon after.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

/**
 * A tab for the browser's PDF viewer, opened while the click still counts as the person's own
 * action (browsers block tabs opened later, after the PDF has been made). Null when blocked.
 */
export function openViewerTab(): Window | null {
  const tab = window.open('', '_blank')
  if (tab) tab.opener = null
  return tab
}

/** Shows the PDF in the tab opened for it; the person prints from the viewer. */
export function showPdfInTab(tab: Window, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  tab.location.href = url
  // The tab keeps the document once loaded; the address is not needed for long.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
