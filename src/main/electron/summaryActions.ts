import { writeFile } from 'node:fs/promises'
import { makePrivate, PRIVATE_FILE_MODE } from '../storage/fileModes'
import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import type { FileFilter, SaveDialogOptions } from 'electron'
import type { DesktopFileActions } from '../summaries/desktopFileActions'

/** Chromium refuses longer addresses; a summary is far smaller (tens of kilobytes). */
const MAX_DATA_URL = 2 * 1024 * 1024 - 64

/**
 * The desktop shell's Save and Print for a finished PDF: the system save dialog, and the system
 * print dialog over a hidden window showing the PDF. The PDF never goes to a temporary file.
 */
export function createElectronSummaryActions(
  parentWindow: () => BrowserWindow | null,
): DesktopFileActions {
  return {
    savePdf(fileName, pdf) {
      return saveThroughDialog(parentWindow(), fileName, pdf, {
        title: 'Save intake summary',
        filter: { name: 'PDF document', extensions: ['pdf'] },
      })
    },

    // A patient's record, like the PDF; a string is written as UTF-8.
    saveJson(fileName, json) {
      return saveThroughDialog(parentWindow(), fileName, json, {
        title: 'Save FHIR export',
        filter: { name: 'FHIR JSON', extensions: ['json'] },
      })
    },

    async printPdf(pdf) {
      const url = `data:application/pdf;base64,${pdf.toString('base64')}`
      if (url.length > MAX_DATA_URL) throw new Error('The summary is too large to print directly')
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          // Chromium's PDF viewer draws the document; its own in-memory session keeps the app's
          // Content-Security-Policy (which forbids plugins) off this one page.
          plugins: true,
          partition: 'summary-print',
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
        },
      })
      try {
        await window.loadURL(url)
        return await new Promise<'printed' | 'cancelled'>((resolve, reject) => {
          window.webContents.print({ silent: false, printBackground: true }, (success, reason) => {
            if (success) resolve('printed')
            else if (reason === 'cancelled') resolve('cancelled')
            else reject(new Error(`Printing failed: ${reason}`))
          })
        })
      } finally {
        window.destroy()
      }
    },
  }
}

interface SaveDialogKind {
  title: string
  filter: FileFilter
}

/**
 * Asks where to save through the system dialog (over the app's window when there is one) and
 * writes the file there. A patient's document: readable by this account only, wherever it is saved.
 */
async function saveThroughDialog(
  parent: BrowserWindow | null,
  fileName: string,
  contents: Buffer | string,
  kind: SaveDialogKind,
): Promise<'saved' | 'cancelled'> {
  const options: SaveDialogOptions = {
    title: kind.title,
    defaultPath: join(app.getPath('documents'), fileName),
    filters: [kind.filter],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
  const choice = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return 'cancelled'
  await writeFile(choice.filePath, contents, { encoding: 'utf8', mode: PRIVATE_FILE_MODE })
  // The mode above applies to a new file only: one saved over keeps its old mode otherwise.
  makePrivate(choice.filePath)
  return 'saved'
}
