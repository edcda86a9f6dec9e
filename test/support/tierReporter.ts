/**
 * Ends the run with one line that names each tier that did not run here and why
 * (support/tiers.ts), after vitest's own summary.
 */
import type { Reporter } from 'vitest/reporters';
import { STRICT, TIERS, missingTiers } from './tiers';

export default class TierReporter implements Reporter {
  onTestRunEnd(): void {
    const absent = missingTiers();
    const list = absent.map(({ tier, reason }) => `${tier} (${reason})`).join(', ');
    if (!absent.length) console.log(`\nall test tiers ran: ${['core', ...TIERS].join(', ')}`);
    else if (STRICT) console.log(`\nmissing (failed, CI=true / RFL_FFI_TEST_ALL=1): ${list}`);
    else console.log(`\nskipped: ${list}`);
  }
}
