import { createI18n } from 'vue-i18n'
import { en } from './en/index'
import type { MessageSchema } from './messageKeys'

/**
 * Composition-API i18n; every user-facing string in the renderer goes through `t()`. The English
 * texts are the schema: a translation missing one of their keys fails the type check.
 */
export function createAppI18n() {
  return createI18n<[MessageSchema], 'en', false>({
    legacy: false,
    locale: 'en',
    fallbackLocale: 'en',
    messages: { en },
  })
}
