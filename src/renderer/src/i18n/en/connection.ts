/**
 * Where this computer's data is (the desktop app's first screen), and the state shown when the
 * clinic server does not answer or shows the wrong certificate.
 */
export const connection = {
  serverReach: {
    unreachableTitle: 'Clinic server unreachable, retrying…',
    unreachableBody:
      'Keep working: everything you type stays on this screen and is saved as soon as the server answers again. Do not close this window.',
    // The single-computer browser shell (api/serverPlace.ts): no clinic server is involved.
    appUnreachableTitle: 'The app is not answering, retrying…',
    appUnreachableBody:
      'Keep working: everything you type stays on this screen and is saved as soon as the app answers again. Check that it is still running, and do not close this window.',
    lastSaved: 'Last saved: {time}.',
    nothingSaved: 'Nothing has been saved from this window yet.',
    certificateTitle: 'Stopped: this may not be your clinic server',
    certificateKept:
      'Nothing was sent to it. What you typed stays on this screen. Ask your administrator; they can pair this computer again below.',
  },
  connection: {
    title: 'How will this computer be used?',
    intro:
      'Choose once. You can work on this computer alone, or connect it to your clinic’s server so that every computer in the clinic sees the same patients.',
    localTitle: 'This computer only',
    localBody: 'The patients and intakes are kept on this computer. Right for a single computer.',
    localAction: 'Use this computer only',
    serverTitle: 'Connect to a clinic server',
    serverBody:
      'Your administrator gives you the server’s address and a pairing code (valid for 10 minutes).',
    serverAction: 'Connect to a clinic server',
    origin: 'Clinic server address',
    originHint: 'As the server printed it when it started, for example https://192.168.1.20:8443',
    code: 'Pairing code',
    codeHint: 'Eight letters and digits, for example ABCD-EFGH',
    workstationName: 'Name of this computer',
    workstationNameHint: 'How the administrator sees it, for example Front desk or Room 3',
    pair: 'Connect',
    pairing: 'Connecting…',
    back: 'Back',
    paired: 'Connected to the clinic server at {origin}.',
    checkFingerprint:
      'Check with your administrator that the server printed this certificate fingerprint: {fingerprint}. If it differs, do not continue.',
    continue: 'Continue',
    mismatchTitle: 'Stopped: the clinic server’s certificate has changed',
    mismatchBody:
      'The server at {origin} showed a different certificate from the one this computer was paired with, so nothing was sent to it. Someone may be pretending to be the clinic server.',
    pinnedFingerprint: 'Certificate this computer was paired with (SHA-256): {fingerprint}',
    presentedFingerprint: 'Certificate shown now (SHA-256): {fingerprint}',
    mismatchWhatToDo:
      'Do not continue. Ask your administrator to compare these with the fingerprint the clinic server prints when it starts. Only if the server was set up anew, they pair this computer again with a new pairing code.',
    repairTitle: 'Pair this computer again (administrator)',
    failed: 'Could not connect: {reason}',
  },
} as const
