import { config } from 'zod'

// zod compiles fast parsers with `new Function` when it may. Its probe for that runs as each
// object schema is created, so this module must be imported before any schema exists. The
// renderer and the preload import it first: their CSP forbids eval, and the probe would
// otherwise report a CSP violation on every start.
config({ jitless: true })
