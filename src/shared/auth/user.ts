import { z } from 'zod'
import { ROLES } from '../contract/roles'
import { clinicAddressSchema, clinicNameSchema } from '../settings/settings'

export const RoleSchema = z.enum(ROLES)
export const UserIdSchema = z.int().positive()

/** Short enough to fit a list column; a bigger number only invites a 2-second scrypt. */
export const MIN_PASSWORD_LENGTH = 10
export const MAX_PASSWORD_LENGTH = 200

/** Names used to sign in: lower case, so "JSmith" and "jsmith" are the same account. */
export const UsernameSchema = z
  .string({ error: 'Enter a username' })
  .trim()
  .toLowerCase()
  .min(3, { error: 'Use at least 3 characters' })
  .max(32, { error: 'Use 32 characters or fewer' })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, {
    error: 'Use letters, digits, dots, dashes or underscores, starting with a letter or digit',
  })

export const DisplayNameSchema = z
  .string({ error: 'Enter the name staff will see' })
  .trim()
  .min(1, { error: 'Enter the name staff will see' })
  .max(80, { error: 'Use 80 characters or fewer' })
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), { error: 'Use one line of text' })

/** A new password: long rather than complicated (NIST SP 800-63B); never trimmed. */
export const NewPasswordSchema = z
  .string({ error: 'Enter a password' })
  .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(MAX_PASSWORD_LENGTH, { error: `Use ${MAX_PASSWORD_LENGTH} characters or fewer` })

/** A password typed to sign in or unlock: checked against the stored hash, not against rules. */
export const PasswordAttemptSchema = z
  .string({ error: 'Enter your password' })
  .min(1, { error: 'Enter your password' })
  .max(MAX_PASSWORD_LENGTH, { error: 'Enter your password' })

function passwordAvoidsUsername(value: { username: string; password: string }): boolean {
  return !value.password.toLowerCase().includes(value.username.toLowerCase())
}
const PASSWORD_CONTAINS_USERNAME = {
  error: 'The password must not contain the username',
  path: ['password'],
}

/** An account as admins see it; never the password hash. */
export const UserSchema = z.object({
  id: UserIdSchema,
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  disabled: z.boolean(),
  /** Set while too many failed sign-ins keep the account locked at some place. */
  lockedUntil: z.string().nullable(),
  /** Failed sign-ins in a row, at the place with the most. */
  failedAttempts: z.int().nonnegative(),
  passwordChangedAt: z.string(),
  /** An administrator set the password: the user must choose their own at the next sign-in. */
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type User = z.infer<typeof UserSchema>

/** Who is signed in, as the renderer needs it. */
export const SessionUserSchema = UserSchema.pick({
  id: true,
  username: true,
  displayName: true,
  role: true,
})
export type SessionUser = z.infer<typeof SessionUserSchema>

export const NewUserSchema = z
  .object({
    username: UsernameSchema,
    displayName: DisplayNameSchema,
    role: RoleSchema,
    /** A temporary password: its owner must choose their own at the first sign-in. */
    password: NewPasswordSchema,
    /**
     * The owner is typing their own password, so it is kept: only the installation's first
     * administrator, added at the server's console (`add-user --own-password`); refused otherwise.
     */
    ownPassword: z.literal(true).optional(),
  })
  .refine(passwordAvoidsUsername, PASSWORD_CONTAINS_USERNAME)
export type NewUser = z.infer<typeof NewUserSchema>

/**
 * The first account, made on the first start: always an administrator. The first-run screen
 * also asks for the clinic's name and address, saved to the settings in the same call; both are
 * optional here so an older client (or a test) that sends only the account still works.
 */
export const NewAdminSchema = z
  .object({
    username: UsernameSchema,
    displayName: DisplayNameSchema,
    password: NewPasswordSchema,
    clinicName: clinicNameSchema.optional(),
    clinicAddress: clinicAddressSchema.optional(),
  })
  .refine(passwordAvoidsUsername, PASSWORD_CONTAINS_USERNAME)

export const SignInSchema = z.object({
  username: z
    .string({ error: 'Enter your username' })
    .trim()
    .toLowerCase()
    .min(1, { error: 'Enter your username' })
    .max(64, { error: 'Enter your username' }),
  password: PasswordAttemptSchema,
})

export const UnlockSchema = z.object({ password: PasswordAttemptSchema })

export const SetDisabledSchema = z.object({ id: UserIdSchema, disabled: z.boolean() })

export const ResetPasswordSchema = z.object({ id: UserIdSchema, password: NewPasswordSchema })

/** A signed-in user choosing their own password: the current one proves it is them. */
export const ChangePasswordSchema = z
  .object({ currentPassword: PasswordAttemptSchema, newPassword: NewPasswordSchema })
  .refine((value) => value.newPassword !== value.currentPassword, {
    error: 'Choose a password different from the current one',
    path: ['newPassword'],
  })
