// The English locale object is the schema of every translation: its dotted leaf paths are the
// only keys `t()` accepts, so a key that does not exist fails the type check instead of showing
// the key itself to the person at the screen.
import type { en } from './en/index'

export type MessageSchema = typeof en

/** "a.b.c" for every string leaf of `T`. */
type LeafPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafPaths<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every key of the English texts, e.g. 'admin.backups.title'. */
export type MessageKey = LeafPaths<MessageSchema>

/** Named values a message interpolates, e.g. `{ count: 3 }` for "{count} weeks". */
export type NamedValues = Record<string, unknown>

/**
 * `t` with the keys checked. vue-i18n's own `t` takes any string as well as the schema's keys
 * (`<Key extends string>(key: Key | ResourceKeys)`), so only this narrower signature catches a
 * missing key. A plural count chooses the form ("1 week | {count} weeks").
 */
export interface Translate {
  (key: MessageKey): string
  (key: MessageKey, plural: number): string
  (key: MessageKey, named: NamedValues, plural?: number): string
}

/** Whether a key built at run time exists; narrows it so it can be given to `t`. */
export type HasText = (key: string) => key is MessageKey
