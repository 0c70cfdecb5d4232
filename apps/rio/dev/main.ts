import { startHarness } from '@duo/section-kit/harness'
import section from '../src/section'

startHarness(section)
