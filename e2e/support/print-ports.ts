// For scripts/test-e2e.sh: the e2e run's ports, one a line.
import { e2ePorts } from './ports';

console.log(e2ePorts.all().join('\n'));
