/**
 * What the desktop shell does with a finished PDF: the system's save dialog and print dialog.
 * src/main/electron provides it; the browser shell and the CLI have none, and the channels that
 * need it say so with a typed error instead.
 */
export interface DesktopFileActions {
  savePdf(suggestedFileName: string, pdf: Buffer): Promise<'saved' | 'cancelled'>
  printPdf(pdf: Buffer): Promise<'printed' | 'cancelled'>
}
