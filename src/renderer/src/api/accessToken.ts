const STORAGE_KEY = 'clinic-intake.access-token'

/**
 * The browser shell prints its address with a per-launch token. Keep the token for this tab
 * (so a reload still works) and take it out of the address bar so it is not bookmarked or shared.
 */
export function takeAccessToken(
  location: Location,
  storage: Storage,
  history: History,
): string | null {
  const url = new URL(location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    storage.setItem(STORAGE_KEY, fromUrl)
    url.searchParams.delete('token')
    history.replaceState(history.state, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return storage.getItem(STORAGE_KEY)
}
