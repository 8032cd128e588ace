import { symlinkSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import type { Server } from 'node:http'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_CONNECTIONS } from '../../../src/main/http/rpcServer'
import { useTempDir } from '../support/tempDataDir'
import { startRpcServer, stopRpcServer, TOKEN } from './rpcServerSupport'
import type { RunningRpcServer } from './rpcServerSupport'

const tempDir = useTempDir()
let server: Server
let port: number

/** Sends raw bytes (headers, then the body in pieces) and gives back the status line, if any. */
function rawRequest(
  headers: Record<string, string>,
  bodyPieces: string[],
  pieceEveryMs: number,
  giveUpMs: number,
): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let reply = ''
    const done = (value: string) => {
      clearInterval(drip)
      clearTimeout(giveUp)
      socket.destroy()
      resolve(value)
    }
    const head = Object.entries({ Host: `127.0.0.1:${port}`, ...headers })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')
    socket.write(`POST /rpc/patients.search HTTP/1.1\r\n${head}\r\n`)
    const pieces = [...bodyPieces]
    const drip = setInterval(() => {
      const piece = pieces.shift()
      if (piece !== undefined && !socket.destroyed) socket.write(piece)
    }, pieceEveryMs)
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString()
      if (reply.includes('\r\n')) done(reply.split('\r\n')[0] as string)
    })
    socket.on('error', () => done(reply || 'connection error'))
    const giveUp = setTimeout(() => done(reply || 'no reply'), giveUpMs)
  })
}

function post(contentType: string): Promise<number> {
  return fetch(`http://127.0.0.1:${port}/rpc/patients.search`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, Authorization: `Bearer ${TOKEN}` },
    body: '{"query":""}',
  }).then((reply) => reply.status)
}

let running: RunningRpcServer
beforeEach(async () => {
  const dir = tempDir()
  running = await startRpcServer(dir, { bodyTimeoutMs: 400 })
  server = running.server
  port = running.port
  writeFileSync(join(dir, 'secret.js'), 'outside the renderer')
  symlinkSync(join(dir, 'secret.js'), join(running.rendererDir, 'leak.js'))
})

afterEach(() => stopRpcServer(running))

describe('the browser shell transport', () => {
  it('takes exactly application/json, with or without charset=utf-8, and nothing that only starts so', async () => {
    expect(await post('application/json')).toBe(200)
    expect(await post('application/json; charset=utf-8')).toBe(200)
    expect(await post('Application/JSON;charset=UTF-8')).toBe(200)
    for (const type of [
      'application/jsonp',
      'application/json-patch+json',
      'application/json5',
      'application/json; charset=latin1',
      'application/json, text/plain',
    ]) {
      expect(await post(type), type).toBe(415)
    }
  })

  it('does not follow a symbolic link out of the renderer folder', async () => {
    // With the launch token: the files are for an opened app only (see createRpcServer).
    const reply = await fetch(`http://127.0.0.1:${port}/leak.js`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    })
    expect(reply.status).toBe(404)
    expect(await reply.text()).not.toContain('outside the renderer')
  })

  it('cuts off a body that trickles in with 408', async () => {
    const status = await rawRequest(
      {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${TOKEN}`,
        'Content-Length': '40',
      },
      Array.from({ length: 40 }, () => ' '),
      100,
      3_000,
    )
    expect(status).toBe('HTTP/1.1 408 Request Timeout')
  })

  it('bounds header and request time and the number of open connections', () => {
    expect(server.maxConnections).toBe(MAX_CONNECTIONS)
    expect(MAX_CONNECTIONS).toBeGreaterThan(0)
    expect(server.headersTimeout).toBeGreaterThan(0)
    expect(server.headersTimeout).toBeLessThanOrEqual(15_000)
    expect(server.requestTimeout).toBeGreaterThan(0)
    expect(server.requestTimeout).toBeLessThanOrEqual(60_000)
  })
})
