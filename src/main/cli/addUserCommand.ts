import { NewUserSchema } from '../../shared/auth/user'
import { createAuditTrail } from '../audit/auditTrail'
import { hashPassword } from '../auth/passwordHash'
import { createUserRepository } from '../auth/userRepository'
import { databaseFile } from '../dataDir'
import { openDatabase } from '../db/openDatabase'
import { FieldValidationError } from '../door/errors'
import { readPassword } from './readPassword'

export interface AddUserFlags {
  readonly username?: string | undefined
  readonly role?: string | undefined
  readonly 'display-name'?: string | undefined
}

/**
 * `add-user --data-dir DIR --username U --role R --display-name N`, password on stdin or at a
 * prompt. For a first administrator without the app, or scripted set-ups; recorded in the trail.
 */
export async function runAddUser(dataDir: string, flags: AddUserFlags): Promise<number> {
  if (!flags.username || !flags.role || !flags['display-name']) {
    console.error('Give --username, --role (front_desk, clinician or admin) and --display-name.')
    return 2
  }
  const password = await readPassword()
  const parsed = NewUserSchema.safeParse({
    username: flags.username,
    role: flags.role,
    displayName: flags['display-name'],
    password,
  })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      console.error(`${issue.path.join('.') || 'input'}: ${issue.message}`)
    }
    return 2
  }
  const { password: _typed, ...fields } = parsed.data
  const passwordHash = await hashPassword(parsed.data.password)
  const db = openDatabase({ file: databaseFile(dataDir) })
  try {
    const now = new Date()
    const user = createUserRepository(db).create({ ...fields, passwordHash }, now.toISOString())
    createAuditTrail(db, () => now).append({
      user: null,
      shell: 'cli',
      action: 'create',
      entityType: 'user',
      entityId: user.id,
      outcome: 'ok',
      detail: 'add_user',
    })
    console.log(`Added ${user.username} (${user.role}) to ${dataDir}`)
    return 0
  } catch (error) {
    if (error instanceof FieldValidationError) {
      console.error(error.message)
      return 1
    }
    throw error
  } finally {
    db.close()
  }
}
