import { mount } from '@vue/test-utils'
import { computed } from 'vue'
import type { Component } from 'vue'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter, matchedRouteKey } from 'vue-router'
import { clinicApiKey } from '../../../src/renderer/src/api/clinicApi'
import { createAppI18n } from '../../../src/renderer/src/i18n'
import { routes } from '../../../src/renderer/src/router'
import type { ClinicApi } from '../../../src/shared/contract/client'

/**
 * Mounts a screen the way the app does (real i18n, Pinia and routes) with a fake ClinicApi, so a
 * component test exercises what staff see without a server. A screen mounted on its own stands
 * where `<RouterView>` would put it for `path`: its route guards (onBeforeRouteLeave) belong to
 * that route, as in the app. A `<RouterView>` inside (ScreenView) provides its own, as usual.
 */
export async function mountWithApp(
  component: Component,
  options: {
    api: Partial<Record<keyof ClinicApi, object>>
    props?: Record<string, unknown>
    path?: string
    /** More injections, e.g. live events or the alert sound. */
    provide?: Record<symbol, unknown>
  },
) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(options.path ?? '/')
  await router.isReady()
  const routeRecord = router.currentRoute.value.matched.at(-1)
  const wrapper = mount(component, {
    props: options.props ?? {},
    attachTo: document.body,
    global: {
      plugins: [createPinia(), createAppI18n(), router],
      provide: {
        [clinicApiKey as symbol]: options.api as ClinicApi,
        [matchedRouteKey as symbol]: computed(() => routeRecord),
        ...options.provide,
      },
    },
  })
  return { wrapper, router }
}

/** Lets pending promises (fake API calls) settle and Vue re-render. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}
