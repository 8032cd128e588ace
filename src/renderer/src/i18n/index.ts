import { createI18n } from 'vue-i18n'
import { en } from './en/index'

/** Composition-API i18n; every user-facing string in the renderer goes through `t()`. */
export function createAppI18n() {
  return createI18n({ legacy: false, locale: 'en', fallbackLocale: 'en', messages: { en } })
}
