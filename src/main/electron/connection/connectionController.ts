import type { ConnectionStatus } from '../../../shared/connection/connection'
import { PairInputSchema } from '../../../shared/connection/connection'
import { toFieldIssues } from '../../../shared/contract/errors'
import type { RpcResult } from '../../../shared/contract/errors'
import type { Dispatch } from '../../door/dispatcher'
import type { Logger } from '../../log'
import type { Pairing } from '../../server/pairWithServer'
import { CertificateMismatchError } from '../../server/pinnedClient'
import type { PinnedClient, PinnedServer } from '../../server/pinnedClient'
import type { ConnectionChoice, ConnectionFileStore } from './connectionFile'
import type { CookieJars } from './cookieJars'
import { openRemoteLiveStream } from '../live/remoteLiveStream'
import type { OpenLive } from '../live/liveRelay'
import { withLocalFileActions } from './localFileActions'
import { certificateResult, createRemoteDispatch } from './remoteDispatch'
import type { DesktopFileActions } from '../../summaries/desktopFileActions'

export interface ConnectionControllerOptions {
  readonly store: ConnectionFileStore
  /** A database or key is already in the data folder: an existing install stays local. */
  readonly hasLocalData: () => boolean
  /** Opens this computer's own core (the Electron layer keeps the host, to close it). */
  readonly openLocal: () => Dispatch
  readonly pair: (input: {
    readonly origin: string
    readonly code: string
    readonly workstationName: string
  }) => Promise<RpcResult<Pairing>>
  readonly connect: (server: PinnedServer) => PinnedClient
  readonly cookies: CookieJars
  readonly log: Logger
  /**
   * This computer's save and print dialogs: a paired workstation fetches the document from the
   * server and shows them here (see localFileActions.ts), never on the server.
   */
  readonly fileActions?: DesktopFileActions
  /** A window's live updates from this computer's own core (the Electron layer has the host). */
  readonly localLive?: OpenLive
  /** Backoff of a paired window's live stream (tests shorten it). */
  readonly liveDelaysMs?: readonly number[]
}

type State =
  | { readonly kind: 'unchosen' }
  | { readonly kind: 'local'; readonly dispatch: Dispatch }
  | {
      readonly kind: 'server'
      readonly choice: Extract<ConnectionChoice, { mode: 'server' }>
      readonly client: PinnedClient
      readonly dispatch: Dispatch
    }
  | {
      readonly kind: 'certificate_mismatch'
      readonly choice: Extract<ConnectionChoice, { mode: 'server' }>
      readonly error: CertificateMismatchError
    }

const NOT_CHOSEN: RpcResult<never> = {
  ok: false,
  error: {
    kind: 'forbidden',
    message: 'Choose first whether this computer works on its own or with a clinic server.',
  },
}

const ALREADY_CHOSEN: RpcResult<never> = {
  ok: false,
  error: {
    kind: 'forbidden',
    message:
      'This computer is already set up. To connect it to another clinic server, ask your ' +
      'administrator.',
  },
}

/**
 * Where this computer's calls go: its own database ("This computer only", the default and what
 * an existing install keeps), or a clinic server it paired with. The Electron layer only passes
 * IPC calls through this; everything that decides lives here and is tested with stand-ins.
 */
export function createConnectionController(options: ConnectionControllerOptions) {
  const { store, cookies, log } = options
  let state: State = { kind: 'unchosen' }

  function useServer(choice: Extract<ConnectionChoice, { mode: 'server' }>): void {
    const client = options.connect(choice.server)
    const remote = createRemoteDispatch({
      client,
      credential: choice.credential,
      cookies,
      log,
      onCertificateMismatch: (error) => {
        // Never accepted: every later call is refused here, without contacting the server,
        // until an administrator pairs this computer again.
        client.close()
        cookies.forgetAll()
        state = { kind: 'certificate_mismatch', choice, error }
      },
    })
    const dispatch = options.fileActions
      ? withLocalFileActions(remote, options.fileActions, log)
      : remote
    state = { kind: 'server', choice, client, dispatch }
  }

  function useLocal(): void {
    state = { kind: 'local', dispatch: options.openLocal() }
  }

  function status(): ConnectionStatus {
    switch (state.kind) {
      case 'unchosen':
        return { mode: 'unchosen' }
      case 'local':
        return { mode: 'local' }
      case 'server':
        return {
          mode: 'server',
          origin: state.choice.server.origin,
          caFingerprint: state.choice.server.caFingerprint,
          workstationName: state.choice.workstationName,
        }
      case 'certificate_mismatch':
        return {
          mode: 'certificate_mismatch',
          origin: state.choice.server.origin,
          workstationName: state.choice.workstationName,
          pinnedFingerprint: state.error.pinnedFingerprint,
          presentedFingerprint: state.error.presentedFingerprint,
        }
    }
  }

  return {
    /** At launch: what was chosen before; an existing local install stays local. */
    start(): void {
      const choice = store.read()
      if (choice?.mode === 'server') return useServer(choice)
      if (choice?.mode === 'local') return useLocal()
      if (options.hasLocalData()) {
        store.write({ mode: 'local' })
        useLocal()
      }
    },

    status,

    chooseLocal(): RpcResult<ConnectionStatus> {
      if (state.kind !== 'unchosen') return ALREADY_CHOSEN
      store.write({ mode: 'local' })
      useLocal()
      return { ok: true, value: status() }
    },

    /** First pairing, or pairing again after the server's certificate changed. */
    async pair(input: unknown): Promise<RpcResult<ConnectionStatus>> {
      if (state.kind !== 'unchosen' && state.kind !== 'certificate_mismatch') return ALREADY_CHOSEN
      const parsed = PairInputSchema.safeParse(input)
      if (!parsed.success) {
        return {
          ok: false,
          error: {
            kind: 'validation',
            message: 'Please correct the highlighted fields.',
            issues: toFieldIssues(parsed.error.issues),
          },
        }
      }
      let paired: RpcResult<Pairing>
      try {
        paired = await options.pair(parsed.data)
      } catch (error) {
        if (error instanceof CertificateMismatchError) {
          log.error('connection.pair_certificate_mismatch', error)
          return certificateResult(error)
        }
        log.error('connection.pair_unreachable', error)
        return {
          ok: false,
          error: {
            kind: 'bad_request',
            message:
              `The clinic server at ${parsed.data.origin} could not be reached. Check the ` +
              'address (the one the server printed when it started), that the server is ' +
              'running and that this computer is on the clinic network, then try again.',
          },
        }
      }
      if (!paired.ok) return paired
      const choice: Extract<ConnectionChoice, { mode: 'server' }> = {
        mode: 'server',
        server: paired.value.server,
        workstationId: paired.value.workstationId,
        workstationName: parsed.data.workstationName,
        credential: paired.value.credential,
      }
      store.write(choice)
      cookies.forgetAll()
      useServer(choice)
      log.info('connection.paired', { workstationId: choice.workstationId })
      return { ok: true, value: status() }
    },

    /** The door for a window's contract call, wherever it is. */
    dispatch: (async (channel, payload, caller) => {
      switch (state.kind) {
        case 'unchosen':
          return NOT_CHOSEN
        case 'certificate_mismatch':
          return certificateResult(state.error)
        default:
          return state.dispatch(channel, payload, caller)
      }
    }) satisfies Dispatch,

    /**
     * A window's live updates, wherever its calls go: this computer's hub, or the server's
     * stream over the pinned client. Nothing before a choice or past a wrong certificate.
     */
    openLive: ((windowKey, deliver) => {
      switch (state.kind) {
        case 'local':
          return options.localLive?.(windowKey, deliver) ?? (() => {})
        case 'server':
          return openRemoteLiveStream({
            client: state.client,
            credential: state.choice.credential,
            cookies,
            windowKey,
            deliver,
            log,
            ...(options.liveDelaysMs ? { delaysMs: options.liveDelaysMs } : {}),
          })
        default:
          return () => {}
      }
    }) satisfies OpenLive,

    /** A window closed: its session cookie goes with it. */
    windowClosed(windowKey: string): void {
      cookies.forget(windowKey)
    },

    close(): void {
      if (state.kind === 'server') state.client.close()
    },
  }
}

export type ConnectionController = ReturnType<typeof createConnectionController>
