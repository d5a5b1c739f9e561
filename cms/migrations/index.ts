import * as migration_20261204_154154_initial from './20261204_154154_initial';

export const migrations = [
  {
    up: migration_20261204_154154_initial.up,
    down: migration_20261204_154154_initial.down,
    name: '20261204_154154_initial'
  },
];
