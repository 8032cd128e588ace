/** The one font family of the summary: Roboto covers Latin Extended (Łukasz Żółć, Ærøskøbing). */
export const PDF_FONT = 'Roboto'
