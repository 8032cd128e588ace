import { inject } from 'vue'
import type { InjectionKey } from 'vue'

const SAMPLE_RATE = 8_000
/** Two short high tones, the pattern of a monitor alarm: noticeable, not startling. */
const TONES = [
  { hz: 880, ms: 160 },
  { hz: 0, ms: 90 },
  { hz: 880, ms: 160 },
  { hz: 0, ms: 90 },
  { hz: 1175, ms: 260 },
] as const

/**
 * The alert sound as a WAV file (8 kHz, 16-bit mono PCM), made here so the app ships no audio
 * asset and fetches nothing. Each tone fades in and out over a few milliseconds to avoid clicks.
 */
export function alertWav(): ArrayBuffer {
  const samples: number[] = []
  const fade = Math.round(SAMPLE_RATE * 0.005)
  for (const tone of TONES) {
    const count = Math.round((SAMPLE_RATE * tone.ms) / 1000)
    for (let i = 0; i < count; i++) {
      const envelope = Math.min(1, i / fade, (count - 1 - i) / fade)
      const value = tone.hz === 0 ? 0 : Math.sin((2 * Math.PI * tone.hz * i) / SAMPLE_RATE)
      samples.push(Math.round(value * envelope * 0.6 * 32767))
    }
  }
  const dataBytes = samples.length * 2
  const buffer = new ArrayBuffer(44 + dataBytes)
  const view = new DataView(buffer)
  const text = (offset: number, value: string) => {
    for (let i = 0; i < value.length; i++) view.setUint8(offset + i, value.charCodeAt(i))
  }
  text(0, 'RIFF')
  view.setUint32(4, 36 + dataBytes, true)
  text(8, 'WAVE')
  text(12, 'fmt ')
  view.setUint32(16, 16, true) // size of the fmt chunk
  view.setUint16(20, 1, true) // PCM
  view.setUint16(22, 1, true) // mono
  view.setUint32(24, SAMPLE_RATE, true)
  view.setUint32(28, SAMPLE_RATE * 2, true) // bytes per second
  view.setUint16(32, 2, true) // bytes per frame
  view.setUint16(34, 16, true) // bits per sample
  text(36, 'data')
  view.setUint32(40, dataBytes, true)
  samples.forEach((sample, index) => view.setInt16(44 + index * 2, sample, true))
  return buffer
}

export type PlayAlertSound = () => Promise<void>

let context: AudioContext | null = null

/**
 * Plays the alert sound through the Web Audio API. Where there is no audio (or the browser
 * blocks it until the page is used) it stays silent: the banner itself is the alert.
 */
export const playAlertSound: PlayAlertSound = async () => {
  try {
    const Context = globalThis.AudioContext as typeof AudioContext | undefined
    if (!Context) return
    context ??= new Context()
    if (context.state === 'suspended') await context.resume()
    const buffer = await context.decodeAudioData(alertWav())
    const source = context.createBufferSource()
    source.buffer = buffer
    source.connect(context.destination)
    source.start()
  } catch {
    // No sound device, or autoplay refused: nothing more to do.
  }
}

export const alertSoundKey: InjectionKey<PlayAlertSound> = Symbol('alertSound')

export function useAlertSound(): PlayAlertSound {
  return inject(alertSoundKey, playAlertSound)
}
