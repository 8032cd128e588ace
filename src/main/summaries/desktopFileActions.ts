/**
 * What the desktop shell does with a finished PDF (or FHIR file): the system's save and print dialogs.
 * src/main/electron provides it; the browser shell and the CLI have none, and the channels that
 * need it say so with a typed error instead.
 */
export interface DesktopFileActions {
  savePdf(suggestedFileName: string, pdf: Buffer): Promise<'saved' | 'cancelled'>
  printPdf(pdf: Buffer): Promise<'printed' | 'cancelled'>
  /** A FHIR export (JSON) through the same save dialog. */
  saveJson(suggestedFileName: string, json: string): Promise<'saved' | 'cancelled'>
}
