/** The app frame and words every screen uses. */
export const app = {
  app: {
    name: 'Clinic Intake',
    tagline: 'Lower back and hip pain',
    skipToContent: 'Skip to main content',
    mainNav: 'Main',
    nav: { patients: 'Patients' },
    notConnected: {
      title: 'Open the app from its own address',
      body: 'This page was opened without the access key. Use the address that the app printed when it started (it begins with http://127.0.0.1).',
    },
  },
  common: {
    optional: 'optional',
    cancel: 'Cancel',
    loading: 'Loading…',
    saving: 'Saving…',
    choose: 'Choose…',
    fixErrors:
      'Please correct the highlighted field. Nothing you typed has been lost. | Please correct the {count} highlighted fields. Nothing you typed has been lost.',
  },
  // A full or read-only disk: what happened and where (the place is named by the server), and
  // what became of what was typed.
  storageProblem: {
    title: 'Not saved: there is a problem with the disk',
    disk_full:
      'The disk is full; nothing you entered has been lost. Free space on the drive that holds {location} and try again.',
    read_only:
      'The app cannot write to {location} (the drive is read-only or the folder’s permissions changed); nothing you entered has been lost. Ask whoever looks after this computer to make it writable again, then try again.',
    dataFolder: 'the app’s data folder',
    retrying:
      'Everything you typed is still on this screen, and the app keeps trying to save it. Keep this screen open until it says it is saved.',
    saveAgain:
      'Everything you typed is still on this screen. Once the problem is fixed, save again.',
  },
  sex: { female: 'Female', male: 'Male', other: 'Other', unknown: 'Unknown' },
} as const
