// The renderer's only way to vue-i18n's composer (ESLint refuses `useI18n` from 'vue-i18n'
// elsewhere): the same global composer, with `t` narrowed to the keys of the English schema.
import { useI18n as useVueI18n } from 'vue-i18n'
import type { HasText, MessageSchema, Translate } from './messageKeys'

export type { HasText, MessageKey, MessageSchema, NamedValues, Translate } from './messageKeys'

/** `t` (keys checked), `te` (for keys built at run time) and the current `locale`. */
export function useI18n() {
  const composer = useVueI18n<{ message: MessageSchema }, 'en'>()
  return {
    t: composer.t as Translate,
    te: composer.te as HasText,
    locale: composer.locale,
  }
}
