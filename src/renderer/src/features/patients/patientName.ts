/** "Family, Given": how a clinic list sorts and reads names. */
export function formatPatientName(patient: { givenName: string; familyName: string }): string {
  return `${patient.familyName}, ${patient.givenName}`
}
