/**
 * The platform's demo organisations and personas, for a section's `demoData` (which runs only
 * with `DUO_DEMO_DATA`): ids are derived from meaning, so seeding twice finds the same rows.
 */
export {
  BESTUUR_A,
  BESTUUR_B,
  ADMINISTRATIEKANTOOR_KVK,
  DEMO_PERSONAS,
  demoId,
  demoPersoonId,
  type DemoPersona,
} from './platform/demo/seed'
