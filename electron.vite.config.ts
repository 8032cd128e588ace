import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

// One build for both shells: `out/main/electron.js` is the desktop shell, `out/main/serve.js` the
// loopback browser shell; both serve the same `out/renderer`.
export default defineConfig({
  main: {
    build: {
      // better-sqlite3 and pdfmake load files relative to themselves, so they stay external.
      externalizeDeps: true,
      rollupOptions: {
        input: {
          electron: resolve(__dirname, 'src/main/electron/index.ts'),
          serve: resolve(__dirname, 'src/main/http/index.ts'),
          // The clinic server (HTTPS, headless): out/main/server.js.
          server: resolve(__dirname, 'src/main/server/index.ts'),
          // Summary PDFs are laid out in worker threads (src/main/summaries/pool): the worker is
          // its own entry, out/main/summaryWorker.js, found beside the bundle at run time.
          summaryWorker: resolve(__dirname, 'src/main/summaries/pool/summaryWorker.ts'),
          // The one-time work of a first start after an upgrade runs in a worker thread, so the
          // desktop's progress window keeps painting (src/main/host/prepareInWorker.ts).
          startupWorker: resolve(__dirname, 'src/main/host/startupWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): one CommonJS file, no shared chunks.
      isolatedEntries: true,
      externalizeDeps: false,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/preload/index.ts'),
          // The progress window's: fills in its text and bar, exposes nothing to the page.
          startupProgress: resolve(__dirname, 'src/preload/startupProgress.ts'),
        },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [vue()],
    build: {
      // The manifest tells the clinic server which files the pairing page needs: those alone
      // are served to a browser that is not paired (src/main/server/http/pairingPage.ts).
      manifest: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          pairing: resolve(__dirname, 'src/renderer/pairing.html'),
        },
      },
    },
  },
})
