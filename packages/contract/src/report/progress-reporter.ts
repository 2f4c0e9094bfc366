import type { ProgressEvent } from '../run/run-types.js';
import { countOutcomes } from './outcome-grid.js';

/** One line per progress event (no trailing newline). */
export function formatProgress(event: ProgressEvent): string {
  switch (event.type) {
    case 'start':
      return `org-api-contract: seed ${event.seed}, target ${event.baseUrl}, ${event.operations} operations, ${event.checks.length} checks`;
    case 'operation':
      return `  examples ${event.operationId}: ${event.requests} requests${event.note ? ` (${event.note})` : ''}`;
    case 'throttled':
      return `  throttled by the target: waiting ${event.seconds} s (Retry-After) before retrying ${event.operationId}`;
    case 'check': {
      const c = countOutcomes(event.results);
      const mark = c.fail ? 'FAIL' : c.pass ? 'PASS' : 'SKIP';
      return `  ${mark} ${event.check}: ${c.pass} passed, ${c.fail} failed, ${c.skip} skipped`;
    }
    case 'cleanup':
      return `  cleanup: deleted ${event.deleted}${event.leftovers.length ? `, could not delete ${event.leftovers.join(', ')}` : ''}`;
  }
}
