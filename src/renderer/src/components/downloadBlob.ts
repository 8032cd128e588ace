/**
 * Saves a file the app made through the browser's own download (it asks where, or uses the
 * Downloads folder): PDF summaries and FHIR bundles alike.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
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
