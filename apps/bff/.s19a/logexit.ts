import { createLogger } from '@duo/server-kit/platform'
const l = createLogger('info')
for (let i = 0; i < 3; i++) l.info({ i }, 'regel')
process.exit(0)
