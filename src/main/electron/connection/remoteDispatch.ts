import { z } from 'zod'
import { CHANNEL_NAMES } from '../../../shared/contract/channels'
import { CERTIFICATE_REF, NETWORK_REF, rpcResultSchema } from '../../../shared/contract/errors'
import type { RpcResult } from '../../../shared/contract/errors'
import { WORKSTATION_CREDENTIAL_HEADER } from '../../../shared/workstations/workstation'
import type { Dispatch } from '../../door/dispatcher'
import { TAB_HEADER } from '../../http/sessionCookies'
import type { Logger } from '../../log'
import {
  CertificateMismatchError,
  ServerCertificateOutdatedError,
  ServerUnreachableError,
} from '../../server/pinnedClient'
import type { PinnedClient } from '../../server/pinnedClient'
import type { CookieJars } from './cookieJars'

/** Any envelope; the renderer's client checks the value against the contract. */
const EnvelopeSchema = rpcResultSchema(z.unknown())
const KNOWN_CHANNELS: ReadonlySet<string> = new Set(CHANNEL_NAMES)

export function unreachableResult(message?: string): RpcResult<never> {
  return {
    ok: false,
    error: {
      kind: 'internal',
      message:
        message ??
        'The clinic server cannot be reached. The app keeps trying; what you typed stays on screen.',
      ref: NETWORK_REF,
    },
  }
}

export function certificateResult(error: CertificateMismatchError): RpcResult<never> {
  return { ok: false, error: { kind: 'internal', message: error.message, ref: CERTIFICATE_REF } }
}

/**
 * A paired workstation's door: each contract call goes to the clinic server as
 * `POST /rpc/<channel>` over the pinned HTTPS client, with the device credential, the calling
 * window's tab id and its own session cookie, so each window signs in on its own. The reply, errors included, is the server's result
 * envelope. No failure is thrown at the caller: an unreachable server and a wrong certificate
 * come back as typed results the renderer knows.
 */
export function createRemoteDispatch(options: {
  readonly client: Pick<PinnedClient, 'request' | 'server'>
  readonly credential: string
  readonly cookies: CookieJars
  readonly log: Logger
  /** The server showed another certificate; called before the result is returned. */
  readonly onCertificateMismatch: (error: CertificateMismatchError) => void
}): Dispatch {
  const { client, credential, cookies, log } = options
  const origin = client.server.origin

  return async (channel, payload, caller) => {
    if (!KNOWN_CHANNELS.has(channel)) {
      return { ok: false, error: { kind: 'not_found', message: 'This action does not exist.' } }
    }
    const path = `/rpc/${encodeURIComponent(channel)}`
    const url = new URL(path, origin).href
    try {
      const cookie = await cookies.cookieHeader(caller.sessionKey, url)
      const response = await client.request({
        method: 'POST',
        path,
        headers: {
          'content-type': 'application/json',
          [WORKSTATION_CREDENTIAL_HEADER]: credential,
          // This window's own sign-in on the server, as a browser tab names its own.
          [TAB_HEADER]: cookies.tabOf(caller.sessionKey),
          // What a page the server served would send: the server's checks on mutating calls
          // (Origin, Sec-Fetch-Site) see a same-origin call from its own app.
          origin,
          'sec-fetch-site': 'same-origin',
          ...(cookie ? { cookie } : {}),
        },
        body: JSON.stringify(payload ?? {}),
      })
      const setCookie = response.headers['set-cookie']
      if (setCookie) await cookies.store(caller.sessionKey, url, setCookie)
      const reply = EnvelopeSchema.safeParse(parseJson(response.body))
      if (reply.success) return reply.data as RpcResult<unknown>
      log.info('remote.reply_not_understood', { channel, status: response.status })
      return {
        ok: false,
        error: {
          kind: 'internal',
          message:
            'The clinic server’s reply was not understood. It may run another version of ' +
            'Clinic Intake: ask your administrator to update the server and this computer.',
          ref: 'remote_reply',
        },
      }
    } catch (error) {
      if (error instanceof CertificateMismatchError) {
        log.error('remote.certificate_mismatch', error, { channel })
        options.onCertificateMismatch(error)
        return certificateResult(error)
      }
      if (error instanceof ServerCertificateOutdatedError) {
        // The clinic's own certificate, for another address or out of date: a server restart
        // renews it, so the app keeps retrying like for an unreachable server.
        log.error('remote.certificate_outdated', error, { channel, reason: error.reason })
        return unreachableResult(error.message)
      }
      if (error instanceof ServerUnreachableError) {
        log.info('remote.unreachable', { channel, code: error.code })
        return unreachableResult()
      }
      log.error('remote.call_failed', error, { channel })
      return unreachableResult()
    }
  }
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    return undefined
  }
}
