import * as migration_20261122_143310_initial from './20261122_143310_initial';
import * as migration_20261122_151108_pages from './20261122_151108_pages';
import * as migration_20261122_152644_referral_queue_index from './20261122_152644_referral_queue_index';
import * as migration_20261122_165020_intake_workspace from './20261122_165020_intake_workspace';
import * as migration_20261122_180247_intake_and_report_indexes from './20261122_180247_intake_and_report_indexes';
import * as migration_20261122_193723_field_encryption from './20261122_193723_field_encryption';
import * as migration_20261122_194338_rate_limits from './20261122_194338_rate_limits';
import * as migration_20261122_194502_read_audit from './20261122_194502_read_audit';
import * as migration_20261122_195506_retention_and_accounts from './20261122_195506_retention_and_accounts';
import * as migration_20261122_220000_referral_stays from './20261122_220000_referral_stays';
import * as migration_20261205_165645_events from './20261205_165645_events';
import * as migration_20261205_201449_outreach_content from './20261205_201449_outreach_content';
import * as migration_20261205_224542_resident_status_import_work_starts from './20261205_224542_resident_status_import_work_starts';
import * as migration_20261206_020608_finnish_updates_fidelity_profile from './20261206_020608_finnish_updates_fidelity_profile';
import * as migration_20261206_041017_import_removed_by from './20261206_041017_import_removed_by';
import * as migration_20261206_041120_socio_economic_estimate from './20261206_041120_socio_economic_estimate';
import * as migration_20261206_041643_units from './20261206_041643_units';
import * as migration_20261206_041824_service_targets from './20261206_041824_service_targets';
import * as migration_20261206_073911_stays_refresh_by_join from './20261206_073911_stays_refresh_by_join';
import * as migration_20261206_074107_event_campaign_locale from './20261206_074107_event_campaign_locale';
import * as migration_20261206_075954_pages_unit from './20261206_075954_pages_unit';
import * as migration_20261206_143244_report_event_indexes from './20261206_143244_report_event_indexes';
import * as migration_20261206_185444_report_reads from './20261206_185444_report_reads';
import * as migration_20261206_203316_report_milestones from './20261206_203316_report_milestones';
import * as migration_20261206_212500_stays_profile from './20261206_212500_stays_profile';
import * as migration_20261206_233657_stays_neighbours from './20261206_233657_stays_neighbours';
import * as migration_20261206_235910_report_referral_keys from './20261206_235910_report_referral_keys';
import * as migration_20261207_025651_referral_starts from './20261207_025651_referral_starts';

export const migrations = [
  {
    up: migration_20261122_143310_initial.up,
    down: migration_20261122_143310_initial.down,
    name: '20261122_143310_initial',
  },
  {
    up: migration_20261122_151108_pages.up,
    down: migration_20261122_151108_pages.down,
    name: '20261122_151108_pages',
  },
  {
    up: migration_20261122_152644_referral_queue_index.up,
    down: migration_20261122_152644_referral_queue_index.down,
    name: '20261122_152644_referral_queue_index',
  },
  {
    up: migration_20261122_165020_intake_workspace.up,
    down: migration_20261122_165020_intake_workspace.down,
    name: '20261122_165020_intake_workspace',
  },
  {
    up: migration_20261122_180247_intake_and_report_indexes.up,
    down: migration_20261122_180247_intake_and_report_indexes.down,
    name: '20261122_180247_intake_and_report_indexes',
  },
  {
    up: migration_20261122_193723_field_encryption.up,
    down: migration_20261122_193723_field_encryption.down,
    name: '20261122_193723_field_encryption',
  },
  {
    up: migration_20261122_194338_rate_limits.up,
    down: migration_20261122_194338_rate_limits.down,
    name: '20261122_194338_rate_limits',
  },
  {
    up: migration_20261122_194502_read_audit.up,
    down: migration_20261122_194502_read_audit.down,
    name: '20261122_194502_read_audit',
  },
  {
    up: migration_20261122_195506_retention_and_accounts.up,
    down: migration_20261122_195506_retention_and_accounts.down,
    name: '20261122_195506_retention_and_accounts',
  },
  {
    up: migration_20261122_220000_referral_stays.up,
    down: migration_20261122_220000_referral_stays.down,
    name: '20261122_220000_referral_stays',
  },
  {
    up: migration_20261205_165645_events.up,
    down: migration_20261205_165645_events.down,
    name: '20261205_165645_events',
  },
  {
    up: migration_20261205_201449_outreach_content.up,
    down: migration_20261205_201449_outreach_content.down,
    name: '20261205_201449_outreach_content',
  },
  {
    up: migration_20261205_224542_resident_status_import_work_starts.up,
    down: migration_20261205_224542_resident_status_import_work_starts.down,
    name: '20261205_224542_resident_status_import_work_starts',
  },
  {
    up: migration_20261206_020608_finnish_updates_fidelity_profile.up,
    down: migration_20261206_020608_finnish_updates_fidelity_profile.down,
    name: '20261206_020608_finnish_updates_fidelity_profile',
  },
  {
    up: migration_20261206_041017_import_removed_by.up,
    down: migration_20261206_041017_import_removed_by.down,
    name: '20261206_041017_import_removed_by',
  },
  {
    up: migration_20261206_041120_socio_economic_estimate.up,
    down: migration_20261206_041120_socio_economic_estimate.down,
    name: '20261206_041120_socio_economic_estimate',
  },
  {
    up: migration_20261206_041643_units.up,
    down: migration_20261206_041643_units.down,
    name: '20261206_041643_units',
  },
  {
    up: migration_20261206_041824_service_targets.up,
    down: migration_20261206_041824_service_targets.down,
    name: '20261206_041824_service_targets',
  },
  {
    up: migration_20261206_073911_stays_refresh_by_join.up,
    down: migration_20261206_073911_stays_refresh_by_join.down,
    name: '20261206_073911_stays_refresh_by_join',
  },
  {
    up: migration_20261206_074107_event_campaign_locale.up,
    down: migration_20261206_074107_event_campaign_locale.down,
    name: '20261206_074107_event_campaign_locale',
  },
  {
    up: migration_20261206_075954_pages_unit.up,
    down: migration_20261206_075954_pages_unit.down,
    name: '20261206_075954_pages_unit',
  },
  {
    up: migration_20261206_143244_report_event_indexes.up,
    down: migration_20261206_143244_report_event_indexes.down,
    name: '20261206_143244_report_event_indexes',
  },
  {
    up: migration_20261206_185444_report_reads.up,
    down: migration_20261206_185444_report_reads.down,
    name: '20261206_185444_report_reads',
  },
  {
    up: migration_20261206_203316_report_milestones.up,
    down: migration_20261206_203316_report_milestones.down,
    name: '20261206_203316_report_milestones',
  },
  {
    up: migration_20261206_212500_stays_profile.up,
    down: migration_20261206_212500_stays_profile.down,
    name: '20261206_212500_stays_profile',
  },
  {
    up: migration_20261206_233657_stays_neighbours.up,
    down: migration_20261206_233657_stays_neighbours.down,
    name: '20261206_233657_stays_neighbours',
  },
  {
    up: migration_20261206_235910_report_referral_keys.up,
    down: migration_20261206_235910_report_referral_keys.down,
    name: '20261206_235910_report_referral_keys',
  },
  {
    up: migration_20261207_025651_referral_starts.up,
    down: migration_20261207_025651_referral_starts.down,
    name: '20261207_025651_referral_starts',
  },
];
