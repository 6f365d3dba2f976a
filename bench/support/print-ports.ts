// For scripts/bench.sh: the benchmark's ports, one a line.
import { benchPorts } from './ports';

console.log(Object.values(benchPorts).join('\n'));
