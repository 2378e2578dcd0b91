import { cpuSeconds } from './procStats';

describe('cpuSeconds', () => {
  it('reads the CPU time this process used, as Node counts it', () => {
    const fromProc = cpuSeconds(process.pid);
    const fromNode = process.cpuUsage();
    const usedByNode = () => {
      const { user, system } = process.cpuUsage(fromNode);
      return (user + system) / 1e6;
    };
    // Busy until Node counts 300 ms of CPU, however busy the machine is.
    while (usedByNode() < 0.3);
    const used = cpuSeconds(process.pid) - fromProc;
    // Both count every thread of the process; /proc in clock ticks.
    expect(used).toBeGreaterThanOrEqual(0.25);
    expect(Math.abs(used - usedByNode())).toBeLessThan(0.05);
  });
});
