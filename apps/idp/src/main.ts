/**
 * Starts the eHerkenning test broker: `node --import tsx src/main.ts` (demo and tests only).
 * Configuration from environment variables, see README.md.
 */
import { createBroker } from './broker.ts'
import { optionsFromEnv } from './config.ts'

const options = optionsFromEnv()
const broker = createBroker(options)
const port = await broker.listen()

console.log(
  `[idp] eHerkenning testmakelaar (alleen demo) on port ${port}, issuer ${broker.issuer}, ` +
    `demo mode ${broker.demoMode ? 'on' : 'off'}, clients ${broker.clients.map((c) => c.clientId).join(', ')}`,
)

let stopping = false
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  console.log(`[idp] ${signal}: stopping`)
  broker.close().then(
    () => process.exit(0),
    () => process.exit(1),
  )
}
process.on('SIGINT', () => stop('SIGINT'))
process.on('SIGTERM', () => stop('SIGTERM'))
