/*
 * The pure validators and the CLI on the fuzz generator's entities: each
 * entity made invalid is rejected and each made valid accepted, whatever an
 * author writes they return problems (never throw), every problem names
 * its field, and nothing leaks into shared prototypes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  validateDataMeshEntity,
  validatePhaseAnnotations,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { FuzzedEntity, fuzzedEntities, problemsOf } from './hostileEntities';
import { repoRoot } from '../backendProcess';

const cliBin = path.join(repoRoot, 'plugins/data-mesh-cli/bin/data-mesh');

/** An entity whose verdict differs from what it was made to be, explained. */
const disagreement = (f: FuzzedEntity, problems: string[]) =>
  `${f.entity.metadata.name} was made ${f.expected} (${f.reasons
    .join('; ')
    .slice(0, 200)}) but ${
    problems.length
      ? `was rejected: ${problems.join('; ').slice(0, 200)}`
      : 'was accepted'
  }`;

describe('the validators on fuzzed entities', () => {
  it('reject every entity made invalid and accept every one made valid', async () => {
    const fuzzed = fuzzedEntities(20261125, 1500);
    const wrong: string[] = [];
    for (const f of fuzzed) {
      const problems = await problemsOf(f.entity);
      const verdict = problems.length ? 'invalid' : 'valid';
      if (verdict !== f.expected) wrong.push(disagreement(f, problems));
    }
    expect(wrong).toEqual([]);
    const invalid = fuzzed.filter(f => f.expected === 'invalid').length;
    expect(invalid).toBe(1500);
    expect(fuzzed.length - invalid).toBeGreaterThanOrEqual(500);
  });

  it('answer every entity with problems that name their field', async () => {
    const fuzzed = fuzzedEntities(20261125, 1500);
    const unnamed: string[] = [];
    let problems = 0;
    for (const { entity } of fuzzed) {
      const found =
        entity.kind === 'Domain'
          ? validatePhaseAnnotations(entity)
          : validateDataMeshEntity(entity);
      for (const problem of found) {
        problems++;
        // A path into the entity, and a message that starts with it.
        if (
          !/^(apiVersion|kind|metadata|spec)\b/.test(problem.path) ||
          !problem.message.startsWith(problem.path)
        ) {
          unnamed.push(`${entity.metadata.name}: ${problem.message}`);
        }
      }
    }
    expect(unnamed).toEqual([]);
    expect(problems).toBeGreaterThanOrEqual(1500);
    // Entities with __proto__ and constructor keys polluted nothing.
    expect(({} as any).polluted).toBeUndefined();
    expect((Object.prototype as any).polluted).toBeUndefined();
  });
});

describe('data-mesh validate on fuzzed entities', () => {
  it('names every document made invalid and only those, without a stack trace', async () => {
    const fuzzed = fuzzedEntities(20261126, 400);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-fuzz-cli-'));
    try {
      // One JSON document per line (JSON is YAML), so a finding's line says
      // which document it is about, whatever the fuzzer did to its name.
      fs.writeFileSync(
        path.join(dir, 'fuzzed.yaml'),
        fuzzed.map(f => JSON.stringify(f.entity)).join('\n---\n'),
      );
      const result = spawnSync(
        process.execPath,
        [cliBin, 'validate', '--format', 'json', 'fuzzed.yaml'],
        { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
      const report = JSON.parse(result.stdout);
      const lineOfDocument = (i: number) => 2 * i + 1;
      const badLines = fuzzed
        .map((f, i) => (f.expected === 'invalid' ? lineOfDocument(i) : 0))
        .filter(Boolean);
      const errorLines = new Set(
        report.findings
          .filter((f: any) => f.severity === 'error')
          .map((f: any) => f.line),
      );
      expect([...errorLines].sort((a: any, b: any) => a - b)).toEqual(badLines);
      expect(report.entities).toBe(fuzzed.length);
      expect(({} as any).polluted).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
