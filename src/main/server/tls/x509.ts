// @peculiar/x509 resolves its algorithms through tsyringe, which needs the Reflect metadata API
// before the library loads: this import must stay first.
import 'reflect-metadata'
import { webcrypto } from 'node:crypto'
import * as x509 from '@peculiar/x509'

// Node's own WebCrypto does the key generation and signing; the library only writes the ASN.1.
x509.cryptoProvider.set(webcrypto)

export { x509 }
export { webcrypto }
