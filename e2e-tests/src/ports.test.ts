/*
 * The ports of the end-to-end suites: one owner each, and taken from
 * ports.ts by every suite, so that the uniqueness checked here is the
 * uniqueness the suites run with.
 */
import fs from 'node:fs';
import path from 'node:path';
import { E2E_PORTS, portAssignments } from './ports';

/** Every TypeScript file of this package's sources, relative to src/. */
function sourceFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(path.join(dir, entry.name), relative);
    }
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

/** Ways a suite could choose a port of its own instead of E2E_PORTS's. */
const PORT_LITERALS = [
  /\bport:\s*\d+/g,
  /localhost:\d+/g,
  /usePortalInBrowser\(\s*\d+/g,
  /startPrivatePostgres\(\s*\d+/g,
  /const port of \[\s*\d+/g,
  /\?\s*\d{4,5}\s*:\s*\d{4,5}/g,
];

describe('the ports of the end-to-end suites', () => {
  it('gives no two suites, and no two servers of a suite, the same port', () => {
    const owners = new Map<number, string[]>();
    for (const { suite, role, port } of portAssignments()) {
      owners.set(port, [...(owners.get(port) ?? []), `${suite}.${role}`]);
    }
    const shared = [...owners]
      .filter(([, names]) => names.length > 1)
      .map(([port, names]) => `${port}: ${names.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('lists every port of every suite, each a port a test may listen on', () => {
    const assignments = portAssignments();
    expect(assignments.length).toBe(
      Object.values(E2E_PORTS).reduce(
        (sum, ports) => sum + Object.keys(ports).length,
        0,
      ),
    );
    const outOfRange = assignments.filter(
      ({ port }) => !Number.isInteger(port) || port < 1024 || port > 32767,
    );
    expect(outOfRange).toEqual([]);
    // The suites being written beside this module keep what they were given.
    expect(E2E_PORTS.searchRestart).toEqual({ first: 7231, restarted: 7232 });
    expect(E2E_PORTS.accessibility.backend).toBe(7241);
    expect(E2E_PORTS.leaks.backend).toBe(7251);
  });

  it('is where every suite takes its ports from', () => {
    const written = sourceFiles(__dirname)
      .filter(file => !/^ports(\.test)?\.ts$/.test(file))
      .flatMap(file => {
        const text = fs.readFileSync(path.join(__dirname, file), 'utf8');
        return PORT_LITERALS.flatMap(pattern =>
          [...text.matchAll(pattern)].map(match => `${file}: ${match[0]}`),
        );
      });
    expect(written).toEqual([]);
  });
});
