import * as migration_20261204_161926_initial from './20261204_161926_initial';

export const migrations = [
  {
    up: migration_20261204_161926_initial.up,
    down: migration_20261204_161926_initial.down,
    name: '20261204_161926_initial'
  },
];
