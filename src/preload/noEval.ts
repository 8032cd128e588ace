import { config } from 'zod'

// zod compiles fast parsers with `new Function` when it may. Its probe for that runs as each
// object schema is created, so this module must be imported before any schema exists: the
// preload then never attempts eval, which the page's CSP forbids anyway.
config({ jitless: true })
