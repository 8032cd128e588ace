/** The administrator's screens: staff accounts, the audit trail and backups. */
export const admin = {
  admin: {
    nav: { users: 'Users', audit: 'Audit trail', backups: 'Backups' },
    users: {
      title: 'Staff accounts',
      intro:
        'Everyone who uses Clinic Intake signs in with their own account. Disable the account of someone who leaves; the records they made keep their name.',
      add: 'Add a person',
      addTitle: 'Add a person',
      displayName: 'Name',
      username: 'Username',
      usernameHint: 'What they type to sign in, for example jsmith',
      role: 'Role',
      temporaryPassword: 'Temporary password',
      temporaryPasswordHint:
        'At least {min} characters. Give it to them in person: they must choose their own when they first sign in.',
      firstPasswordHint: 'At least {min} characters. Give it to them in person.',
      create: 'Add account',
      added:
        'Added {name} ({username}). Give them the temporary password in person; they will be asked to choose their own when they first sign in.',
      columns: {
        name: 'Name',
        username: 'Username',
        role: 'Role',
        status: 'Status',
        actions: 'Actions',
      },
      status: {
        active: 'Active',
        disabled: 'Disabled',
        lockedUntil: 'Sign-in locked until {time}',
        lockedDetail:
          'After {count} wrong passwords in a row at one computer or browser. Other places can still sign in.',
        failedAttempts:
          'No sign-in tries | 1 wrong password in a row | {count} wrong passwords in a row',
        mustChange: 'Must change password at next sign-in',
      },
      unlock: 'Unlock',
      unlockNamed: 'Unlock sign-in for {name}',
      unlockTitle: 'Unlock sign-in for {name}?',
      unlockBody:
        'This lifts the lock and the waits after wrong passwords, wherever they were typed, so {name} can try again now. If {name} did not type those passwords, someone may be guessing: set a new password instead.',
      unlockConfirm: 'Unlock now',
      unlockedFlash: '{name} can sign in again now.',
      reset: 'Set new password',
      resetNamed: 'Set a new password for {name}',
      resetTitle: 'New password for {name}',
      resetIntro:
        'Give it to them in person. They must choose their own password the next time they sign in, and anyone signed in with the old one is signed out. This also lifts a lock after too many failed sign-ins.',
      newPassword: 'New password',
      savePassword: 'Save password',
      resetFlash:
        'New password set for {name}. They will be asked to choose their own when they next sign in.',
      disable: 'Disable',
      disableNamed: 'Disable {name}',
      enable: 'Enable',
      enableNamed: 'Enable {name}',
      disabledFlash: '{name} can no longer sign in.',
      enabledFlash: '{name} can sign in again.',
    },
    idle: {
      title: 'Automatic lock',
      intro:
        'The screen locks when nobody has used the keyboard or mouse for this long. The same person unlocks it with their password; their work stays as it was.',
      minutes: 'Lock after (minutes)',
      hint: '1 to 240 minutes; 10 is the default',
      save: 'Save',
      saved:
        'The screen now locks after {minutes} minute without activity. | The screen now locks after {minutes} minutes without activity.',
      override:
        'This app was started with a lock time of {seconds} seconds, which applies instead until it restarts.',
    },
    audit: {
      title: 'Audit trail',
      intro:
        'Every sign-in, every record created, changed, opened, printed or exported, and every refused action, with who and when. Patient names and answers are never stored here: records are shown by number.',
      intact: 'The audit trail is intact: all {count} entries checked, none changed or removed.',
      importedUnverified:
        'Entries 1 to {last} came from another installation’s backup, restored with an administrator’s confirmation. They were imported unverified: this installation’s key cannot check them. The check above covers the entries after them.',
      broken:
        'The audit trail has been altered: entry {id} {problem}. Keep a copy of the database and contact your IT support.',
      problems: {
        edited: 'was changed after it was written',
        missing: 'does not follow the one before it, so entries were removed',
        out_of_order: 'is out of order',
        added: 'was not written by this app, so entries were added',
      },
      // Problems with the signed checkpoint rather than with one entry.
      brokenCheckpoint: {
        checkpoint_missing:
          'The audit trail cannot be confirmed: its checkpoint is missing, so the newest entries may have been removed. Keep a copy of the database and contact your IT support.',
        checkpoint_invalid:
          'The audit trail cannot be confirmed: its checkpoint was not written by this installation. Keep a copy of the database and contact your IT support.',
        other:
          'The audit trail has been altered: entries were removed or changed. Keep a copy of the database and contact your IT support.',
      },
      filters: 'Filter the audit trail',
      user: 'User',
      everyone: 'Everyone',
      action: 'Action',
      anyAction: 'Any action',
      from: 'From (YYYY-MM-DD)',
      to: 'To (YYYY-MM-DD)',
      apply: 'Show',
      clear: 'Clear filters',
      export: 'Export CSV',
      exported: 'Exported {count} entries as {file}.',
      showing: 'No entries | 1 entry, newest first | {count} entries, newest first',
      none: 'No entries match these filters.',
      older: 'Show older entries',
      nobody: 'not signed in',
      patientNumber: 'patient #{id}',
      columns: {
        number: 'No.',
        time: 'Time',
        user: 'User',
        action: 'Action',
        record: 'Record',
        outcome: 'Outcome',
      },
      actions: {
        create: 'Create',
        update: 'Change',
        view: 'Open',
        export: 'Export',
        print: 'Print',
        sign: 'Sign-off',
        amend: 'Amendment',
        acknowledge: 'Alert acknowledged',
        entered_in_error: 'Marked entered in error',
        sign_in: 'Sign-in',
        sign_out: 'Sign-out',
        lock: 'Screen lock',
        unlock: 'Unlock',
        refused: 'Refused call',
        backup: 'Backup',
        restore: 'Restore',
      },
      records: {
        patient: 'Patient',
        intake: 'Intake',
        review: 'Review',
        alert: 'Emergency alert',
        summary: 'Summary',
        user: 'Account',
        setting: 'Settings',
      },
      outcomes: {
        ok: 'Done',
        forbidden: 'Refused: not allowed for this role',
        unauthenticated: 'Refused',
        validation: 'Not saved: input to correct',
        not_found: 'Not found',
        conflict: 'Not done: conflict',
        bad_request: 'Not possible here',
        internal: 'Failed',
        failed: 'Failed',
      },
      details: {
        wrong_credentials: 'wrong username or password',
        wait: 'tried again too soon',
        account_locked: 'account locked',
        account_disabled: 'account disabled',
        signed_out: 'no one signed in',
        locked: 'screen was locked',
        idle: 'no activity',
        replaced: 'another person signed in',
        disabled: 'account disabled',
        setup: 'first start',
        daily: 'daily',
        cli: 'command line',
        add_user: 'command line',
        completed: 'completed',
        recovery: 'from the damaged-database screen',
      },
    },
    backups: {
      title: 'Backups',
      intro:
        'Backups are complete copies of the database, made while the app keeps working. Keep them on another drive or a network folder, so one broken disk cannot take both.',
      now: 'Back up now',
      working: 'Backing up…',
      done: 'Backup {name} written and checked ({size}).',
      settingsTitle: 'Where and how often',
      folder: 'Backup folder',
      folderHint: 'The full path, for example D:\\Clinic backups or /media/backup-disk/clinic',
      // Why the backup folder could not be listed (BackupList.folderProblem).
      folderProblem: {
        missing:
          'The backup folder does not exist yet. It is made with the first backup: choose “Back up now”, or check the backup folder set above.',
        unreadable:
          'The backup folder cannot be read. Check that its drive is connected and that this computer may open it, then reload this page.',
      },
      retention: 'Backups to keep',
      retentionHint: "The oldest of the app's own backups beyond this number are deleted",
      daily: 'Make a backup every day',
      saveSettings: 'Save settings',
      settingsSaved: 'Backup settings saved.',
      listTitle: 'Backups in the folder',
      none: 'There are no backups in this folder yet.',
      newest: 'newest',
      columns: { name: 'File', made: 'Made', size: 'Size', actions: 'Actions' },
      restore: 'Restore…',
      restoreNamed: 'Restore {name}',
      confirmTitle: 'Restore the backup made {made}?',
      confirmBody:
        'The backup was checked on a copy. The current database is kept aside, not deleted. Anything entered after the backup was made is not in it, and everyone signs in again.',
      confirm: 'Restore now',
      restoring: 'Restoring…',
      restored:
        'The backup was restored. The previous database was kept as {aside}. Everyone signs in again.',
      signInAgain: 'Sign in again',
      inspecting: 'Checking…',
      // The confirm step, after the backup was checked on a copy (also on the recovery screen).
      inspection: {
        origin: {
          this_installation:
            'Made by this installation and not changed since: its signature was checked.',
          other_installation:
            'Signed by another Clinic Intake installation, not this one. It may come from another clinic or computer.',
          signature_invalid:
            'Its signature does not match: the file was changed after it was made. Restore it only if you know why.',
          unsigned:
            'It has no signature: it was copied here from elsewhere, or made by a version of Clinic Intake from before backups were signed.',
        },
        foreignTitle: 'This backup was not made by this installation',
        foreignIntro:
          'Check where it came from before you restore it. It was only checked on a copy; nothing in it has run.',
        file: 'File',
        installation: 'Made by installation',
        unknown: 'unknown (no signature)',
        made: 'Made',
        madeUnsigned: 'not recorded; the file was written {written}',
        schemaVersion: 'Database version',
        holds: 'Records',
        holdsValue: '{patients} patients, {intakes} intakes',
        auditTrail: 'Audit trail',
        auditIntact: 'intact, checked with this installation’s key',
        auditNotVerified: 'not checked: only this installation’s own backups can be checked',
        fingerprint: 'Fingerprint (SHA-256)',
        accounts: 'Accounts that can sign in after the restore',
        admins:
          'No administrator accounts. | 1 administrator account (marked): make sure you know who it is. | {count} administrator accounts (marked): make sure you know who each one is.',
        noAccounts: 'The backup holds no accounts.',
        columns: { username: 'Username', role: 'Role', status: 'Status' },
        active: 'Active',
        disabled: 'Disabled',
        accept:
          'I have checked where this backup came from and the accounts it holds, and I want to restore it.',
        acceptHint: 'Tick the box above to restore this backup.',
        confirmForeign: 'Restore this backup',
      },
    },
  },
} as const
