import * as migration_20261204_161926_initial from './20261204_161926_initial';
import * as migration_20261204_173944_template_slug_unique from './20261204_173944_template_slug_unique';
import * as migration_20261204_182921_agency_booth from './20261204_182921_agency_booth';
import * as migration_20261204_193640_survey_responses from './20261204_193640_survey_responses';
import * as migration_20261204_193938_idempotency_records from './20261204_193938_idempotency_records';
import * as migration_20261204_211517_bookings_queue from './20261204_211517_bookings_queue';
import * as migration_20261204_212041_complaints from './20261204_212041_complaints';
import * as migration_20261204_212833_applications_audit from './20261204_212833_applications_audit';
import * as migration_20261204_214102_retention_jobs from './20261204_214102_retention_jobs';

export const migrations = [
  {
    up: migration_20261204_161926_initial.up,
    down: migration_20261204_161926_initial.down,
    name: '20261204_161926_initial',
  },
  {
    up: migration_20261204_173944_template_slug_unique.up,
    down: migration_20261204_173944_template_slug_unique.down,
    name: '20261204_173944_template_slug_unique',
  },
  {
    up: migration_20261204_182921_agency_booth.up,
    down: migration_20261204_182921_agency_booth.down,
    name: '20261204_182921_agency_booth',
  },
  {
    up: migration_20261204_193640_survey_responses.up,
    down: migration_20261204_193640_survey_responses.down,
    name: '20261204_193640_survey_responses',
  },
  {
    up: migration_20261204_193938_idempotency_records.up,
    down: migration_20261204_193938_idempotency_records.down,
    name: '20261204_193938_idempotency_records',
  },
  {
    up: migration_20261204_211517_bookings_queue.up,
    down: migration_20261204_211517_bookings_queue.down,
    name: '20261204_211517_bookings_queue',
  },
  {
    up: migration_20261204_212041_complaints.up,
    down: migration_20261204_212041_complaints.down,
    name: '20261204_212041_complaints',
  },
  {
    up: migration_20261204_212833_applications_audit.up,
    down: migration_20261204_212833_applications_audit.down,
    name: '20261204_212833_applications_audit',
  },
  {
    up: migration_20261204_214102_retention_jobs.up,
    down: migration_20261204_214102_retention_jobs.down,
    name: '20261204_214102_retention_jobs'
  },
];
