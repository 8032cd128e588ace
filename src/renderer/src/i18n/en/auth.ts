/** Sign-in, first run, the lock screen and the damaged-database screen. */
export const auth = {
  auth: {
    username: 'Username',
    password: 'Password',
    loading: 'Opening Clinic Intake…',
    unreachable:
      'The app could not be reached. Check that it is still running, then reload this page.',
    // A workstation's (api/serverPlace.ts).
    unreachableClinicServer:
      'The clinic server could not be reached. Check this computer’s network connection, then reload this page; if it persists, tell whoever looks after the clinic server.',
    signIn: {
      title: 'Sign in',
      intro:
        'Each member of staff signs in with their own account, so every record shows who did what.',
      submit: 'Sign in',
      working: 'Signing in…',
      signedOut: 'You were signed out (the clinic server restarted or your session ended).',
      workKept:
        'What you typed is kept on this screen and will be saved once you sign in again as {name}. If someone else signs in here instead, it is closed without being saved.',
      amendmentKept:
        'The amendment you were writing is kept on this screen. Once you sign in again as {name}, it opens again for you to finish and save; it is not saved until you do. If someone else signs in here instead, it is closed without being saved.',
      // After an administrator disabled the account: nothing is promised, as they cannot sign in.
      disabledWorkKept:
        'What you typed has not been saved. It stays on this screen only in case an administrator enables your account again and you sign in as {name}; if someone else signs in here, it is closed without being saved.',
      workAndAmendmentKept:
        'What you typed is kept on this screen and will be saved once you sign in again as {name}; the amendment you were writing opens again for you to finish and save. If someone else signs in here instead, all of it is closed without being saved.',
    },
    setup: {
      title: 'Create the administrator account',
      intro:
        'This is the first start of Clinic Intake on this computer. The administrator adds the accounts of the front desk and the clinicians, looks after backups and reads the audit trail.',
      adminNote:
        'Administrators do not see patient records. If you also see patients, create your own front desk or clinician account afterwards.',
      clinicGroup: 'Your clinic',
      clinicName: 'Clinic name',
      clinicNameHint:
        'As it should print at the top of every summary, for example “Harbor Spine Clinic”. You can change it later under Settings.',
      clinicNameMissing: 'Enter the clinic name',
      clinicAddress: 'Clinic address',
      clinicAddressHint: 'Up to {lines} lines; it prints in the header of every summary.',
      displayName: 'Your name',
      displayNameHint: 'As staff will see it, for example Maria Lopez',
      username: 'Username',
      usernameHint: 'Used to sign in: letters, digits, dots or dashes, for example mlopez',
      password: 'Password',
      passwordHint:
        'At least {min} characters. A short sentence is easy to remember and hard to guess.',
      repeat: 'Repeat the password',
      mismatch: 'The two passwords are different',
      submit: 'Create administrator account',
      working: 'Creating…',
    },
    lock: {
      title: 'Screen locked',
      body: 'Locked for {name} ({username}). Everything on the screen is kept: enter your password to continue.',
      unlock: 'Unlock',
      wrongPassword: 'That password is not right.',
      working: 'Checking…',
      someoneElse: 'Sign in as someone else',
      someoneElseTitle: 'Sign in as someone else',
      someoneElseWarning:
        'This signs {name} out. Their saved work stays saved; anything on this screen is closed.',
      back: 'Back to unlock',
      signOut: 'Sign out',
    },
    menu: {
      signedInAs: 'Signed in as',
      changePassword: 'Change password',
      lock: 'Lock screen',
      signOut: 'Sign out',
    },
    changePassword: {
      title: 'Change your password',
      intro:
        'Type your current password, then your new one twice. If you are signed in anywhere else, you will be signed out there.',
      forcedTitle: 'Choose your own password',
      forcedSteps:
        'Type the temporary password, then your new one twice. Only you should know your new password.',
      forcedIntro:
        'An administrator set a temporary password. Choose your own to continue. Until you do, the rest of the app stays closed.',
      current: 'Current password',
      currentForced: 'Temporary password',
      currentForcedHint: 'The password the administrator gave you.',
      new: 'New password',
      newHint:
        'At least {min} characters, not containing your username. A short sentence is easy to remember and hard to guess.',
      repeat: 'Repeat the new password',
      mismatch: 'The two new passwords are different. Type the same password in both boxes.',
      submit: 'Change password',
      working: 'Changing…',
      cancel: 'Cancel',
      changed: 'Your password has been changed. Use the new one the next time you sign in.',
      dismiss: 'Dismiss',
    },
    roles: { front_desk: 'Front desk', clinician: 'Clinician', admin: 'Administrator' },
    refused: {
      wrong_credentials: 'The username or password is not right.',
      wait: 'Too many tries: wait {seconds} second, then try again. | Too many tries: wait {seconds} seconds, then try again.',
      account_locked:
        'This account is locked after too many failed sign-ins. Try again in {minutes} minute, or ask an administrator to set a new password. | This account is locked after too many failed sign-ins. Try again in {minutes} minutes, or ask an administrator to set a new password.',
      account_disabled: 'This account has been disabled. Ask an administrator.',
      signed_out: 'You have been signed out. Sign in again.',
      locked: 'The screen is locked.',
      database_unavailable: 'The database could not be opened safely.',
      password_change_required: 'Choose your own password to continue.',
      workstation_not_paired:
        'This computer is not paired with the clinic server. Pair it with a pairing code from your administrator.',
      workstation_revoked:
        'This computer’s pairing with the clinic server was withdrawn by an administrator. Ask your administrator for a new pairing code to pair it again.',
    },
    damaged: {
      title: 'The database could not be opened safely',
      damagedBody:
        'Clinic Intake checks its database every time it starts. This time the check failed, so the app has not opened the file, changed it, or started an empty database in its place.',
      diskFullBody:
        'The disk is full, so the app cannot open its database. Nothing has been lost and the database is not damaged. Free space on the drive that holds the app’s data, then start the app again.',
      readOnlyBody:
        'The app cannot write to its data folder (the drive is read-only or its permissions changed). Nothing has been lost and the database is not damaged. Ask whoever looks after this computer to make it writable again, then start the app again.',
      tooNewBody:
        'The database was last used by a newer version of Clinic Intake. Install the latest version to open it. Nothing was changed.',
      restoreIntro:
        'You can restore a backup. The damaged file is kept aside, not deleted, in case your IT support can recover more from it.',
      backupsIn: 'Backups found in {folder}',
      noBackups:
        'No backups were found in {folder}. Contact your IT support: do not delete or move the database file.',
      columns: { choose: 'Choose', name: 'Backup', made: 'Made', size: 'Size' },
      newest: 'newest',
      restore: 'Restore the selected backup…',
      // Shown while the chosen backup is checked on a copy, before the confirm step.
      inspecting: 'Checking the backup…',
      // The confirm step itself is the Backups screen's (admin.backups.inspection).
      confirmBody:
        'The damaged file is kept aside, not deleted. Anything entered after that backup was made is not in it. Everyone signs in again afterwards.',
      restoredTitle: 'The backup was restored',
      restored: 'The backup was restored. The damaged file was kept as {aside}.',
      continue: 'Continue to sign in',
    },
  },
} as const
