// Preloaded into a benchmarked process (node --import): reports its own peak resident memory at exit, since
// Node cannot read a child's rusage.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\n__CANVAS3D_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
