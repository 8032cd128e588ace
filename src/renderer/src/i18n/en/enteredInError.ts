/** Discarding a draft, and marking a submitted intake "entered in error": kept, never deleted. */
export const enteredInError = {
  enteredInError: {
    discard: {
      button: 'Discard',
      buttonNamed: 'Discard the draft for {name}',
      title: 'Discard this draft?',
      body: 'The draft for {name} (visit {visitDate}) will leave the open intakes. It is kept on record, but nobody can continue it. Discard it only if it was started by mistake.',
      confirm: 'Discard draft',
      cancel: 'Keep the draft',
      working: 'Discarding…',
      done: 'The draft for {name} was discarded.',
    },
    mark: {
      button: 'Mark entered in error',
      title: 'Mark this intake entered in error?',
      body: 'Use this when the intake is wrong, for example started for the wrong patient. It is kept on record but leaves the worklist, the counts and the pain-over-time chart, and its summary is marked on every page. This cannot be undone.',
      reasonLabel: 'Reason',
      reasonHint: 'Say what is wrong, in 3 to 500 characters. Other clinicians will read it.',
      reasonTooLong:
        'The reason is {length} characters long; it can be at most {max}. Shorten it, then mark the intake. Nothing you typed has been removed.',
      confirm: 'Mark entered in error',
      cancel: 'Cancel',
      working: 'Marking…',
      done: 'This intake is now marked entered in error.',
    },
    banner: {
      title: 'Entered in error',
      detail: 'Marked by {name} on {at}. Reason: {reason}',
      detailNoName: 'Marked on {at}. Reason: {reason}',
      advice: 'Do not use this intake for care. It is kept only as a record.',
    },
    history: {
      label: 'entered in error',
      reason: 'Entered in error: {reason}',
    },
  },
} as const
