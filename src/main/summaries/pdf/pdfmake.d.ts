// pdfmake 0.3 ships no TypeScript types. This declares the server-side API the app calls (see
// node_modules/pdfmake/js/index.js and base.js), with the document definition typed loosely
// here and precisely in ./pdfTypes.ts.
declare module 'pdfmake' {
  interface FontFiles {
    normal: string
    bold: string
    italics: string
    bolditalics: string
  }

  interface OutputDocument {
    getBuffer(): Promise<Buffer>
    getBase64(): Promise<string>
  }

  interface VirtualFileSystem {
    existsSync(fileName: string): boolean
    writeFileSync(fileName: string, content: Buffer): void
  }

  interface PdfMake {
    readonly virtualfs: VirtualFileSystem
    addFonts(fonts: Record<string, FontFiles>): void
    setUrlAccessPolicy(policy: (url: string) => boolean): void
    setLocalAccessPolicy(policy: (path: string) => boolean): void
    createPdf(docDefinition: object, options?: object): OutputDocument
  }

  const pdfmake: PdfMake
  export default pdfmake
}
