/** The page a browser gets from the clinic server before it is paired (see features/pairing). */
export const pairing = {
  pairing: {
    title: 'Pair this workstation',
    intro:
      'This computer is not yet paired with the clinic server. Ask your administrator for a pairing code (they make one under Workstations › Create pairing code, in the app’s menu), then give this computer a name everyone will recognise.',
    revoked:
      "This computer's pairing was withdrawn by an administrator, so it cannot reach the clinic's data. Pair it again with a new pairing code.",
    nameLabel: 'Name of this computer',
    nameHint: 'For example "Front desk" or "Room 3". Your administrator sees it in the list.',
    codeLabel: 'Pairing code',
    codeHint: 'Eight letters and digits, like ABCD-EFGH. It works once, for 10 minutes.',
    submit: 'Pair this workstation',
    pairing: 'Pairing…',
    unreachable:
      'The clinic server could not be reached. Check that this computer is on the clinic network, then try again. What you typed is kept.',
    failed: 'The computer could not be paired. {message}',
  },
} as const
