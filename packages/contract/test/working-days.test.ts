import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addWorkingDays } from '../src/index.js';

describe('addWorkingDays', () => {
  it('skips weekends', () => {
    assert.equal(addWorkingDays('2026-11-27', 1), '2026-11-30'); // Friday → Monday
    assert.equal(addWorkingDays('2026-11-28', 10), '2026-12-11'); // Saturday + 10 working days
  });
  it('skips Swedish public holidays and the eves offices close on', () => {
    // Wed 23 Dec 2026: julafton (Thu), juldagen (Fri) and the weekend are skipped.
    assert.equal(addWorkingDays('2026-12-23', 1), '2026-12-28');
    // nyårsafton and nyårsdagen, then trettondedag jul (Wed 6 Jan 2027).
    assert.equal(addWorkingDays('2026-12-30', 1), '2027-01-04');
    assert.equal(addWorkingDays('2027-01-05', 1), '2027-01-07');
  });
  it('adds nothing for zero days', () => {
    assert.equal(addWorkingDays('2026-11-28', 0), '2026-11-28');
  });
});
