import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCountdown, isCountdown, pause, phaseOf, remaining, reset, start } from '../../src/drill/countdown';

describe('countdown', () => {
  it('runs from an absolute end time and survives pause and resume', () => {
    let countdown = start(createCountdown(60_000), 1_000);
    assert.equal(remaining(countdown, 11_000), 50_000);
    countdown = pause(countdown, 11_000);
    assert.equal(remaining(countdown, 999_999), 50_000, 'a paused countdown does not move');
    countdown = start(countdown, 20_000);
    assert.equal(remaining(countdown, 30_000), 40_000);
    assert.equal(remaining(countdown, 80_000), -10_000, 'it counts overtime below zero');
    assert.deepEqual(reset(countdown), createCountdown(60_000));
  });
  it('names its phases', () => {
    assert.deepEqual([phaseOf(61_000), phaseOf(60_000), phaseOf(1), phaseOf(0), phaseOf(-5)], ['normal', 'last-minute', 'last-minute', 'overtime', 'overtime']);
  });
  it('recognises saved state and rejects junk', () => {
    assert.ok(isCountdown(start(createCountdown(5_000), 0)));
    for (const junk of [null, {}, { durationMs: 0, remainingMs: 0 }, { durationMs: 5, remainingMs: 'x' }]) assert.equal(isCountdown(junk), false);
  });
});
