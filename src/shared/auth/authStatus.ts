import { z } from 'zod'
import { SESSION_END_CODES } from '../contract/errorCodes'
import { SessionUserSchema } from './user'

/** Default minutes without activity before the screen locks (HIPAA "automatic logoff"). */
export const DEFAULT_IDLE_LOCK_MINUTES = 10

const signedIn = {
  user: SessionUserSchema,
  /** Seconds without keyboard or pointer activity before the renderer locks the screen. */
  idleLockSeconds: z.int().positive(),
  /** Present (true) when an administrator set the password: the user must choose their own. */
  mustChangePassword: z.literal(true).optional(),
}

/**
 * Where this shell's session stands: the renderer shows the matching screen. A locked session
 * keeps its user (only that user's password unlocks it); the database states come before any
 * sign-in, because without a database there are no accounts to check.
 */
export const AuthStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('setup_required') }),
  z.object({
    state: z.literal('signed_out'),
    /**
     * Why the server ended this session, when it did so itself and still remembers. A code this
     * version does not know is dropped, not refused: the screen then says the general words.
     */
    endedBy: z.enum(SESSION_END_CODES).optional().catch(undefined),
  }),
  z.object({ state: z.literal('signed_in'), ...signedIn }),
  z.object({ state: z.literal('locked'), ...signedIn }),
  z.object({
    state: z.literal('database_unavailable'),
    /** damaged: unreadable or failed its check; too_new: written by a newer app version. */
    reason: z.enum(['damaged', 'too_new', 'disk_full', 'read_only']),
  }),
])
export type AuthStatus = z.infer<typeof AuthStatusSchema>

/** The reply to a successful sign-in, unlock or first-run setup. */
export const SignedInSchema = z.object({ state: z.literal('signed_in'), ...signedIn })
export type SignedIn = z.infer<typeof SignedInSchema>

/** Why a call was refused as unauthenticated; the renderer words each one. */
export const UNAUTHENTICATED_REASONS = [
  'wrong_credentials',
  'wait',
  'account_locked',
  'account_disabled',
  'signed_out',
  'locked',
  'database_unavailable',
  'password_change_required',
  // The clinic server: this computer is not paired, or its pairing was revoked (pair it again).
  'workstation_not_paired',
  'workstation_revoked',
] as const
export type UnauthenticatedReason = (typeof UNAUTHENTICATED_REASONS)[number]
