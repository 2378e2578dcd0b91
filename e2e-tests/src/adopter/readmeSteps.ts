/*
 * The installation steps of the README, as the adopter test applies them:
 * every fenced block after an `<!-- adopter-test -->` marker, in order. The
 * test applies these and nothing else to a stock portal, so the README
 * cannot drift from what works.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** One marked block of the README. */
export interface ReadmeStep {
  lang: string;
  code: string;
}

/** The marked blocks of a markdown file, in order. */
export function readAdopterSteps(markdownFile: string): ReadmeStep[] {
  const text = fs.readFileSync(markdownFile, 'utf8');
  const steps: ReadmeStep[] = [];
  const marked = /<!-- adopter-test -->\s*```(\w+)\n([\s\S]*?)```/g;
  for (const match of text.matchAll(marked)) {
    steps.push({ lang: match[1], code: match[2] });
  }
  return steps;
}

/** What `yarn --cwd <workspace> add [-D] <specs…>` would write. */
export interface DependencyAddition {
  workspace: string;
  dev: boolean;
  name: string;
  range: string | undefined;
}

/** The `yarn --cwd … add …` lines of a shell step. */
export function dependencyAdditions(step: ReadmeStep): DependencyAddition[] {
  if (step.lang !== 'sh') throw new Error(`Not a shell step: ${step.code}`);
  return step.code
    .split('\n')
    .filter(line => line.trim())
    .flatMap(line => {
      const words = line.trim().split(/\s+/);
      const [yarn, cwdFlag, workspace, add, ...rest] = words;
      if (yarn !== 'yarn' || cwdFlag !== '--cwd' || add !== 'add') {
        throw new Error(`Cannot apply this README line: ${line}`);
      }
      const dev = rest[0] === '-D';
      return (dev ? rest.slice(1) : rest).map(spec => {
        const at = spec.lastIndexOf('@');
        return at > 0
          ? {
              workspace,
              dev,
              name: spec.slice(0, at),
              range: spec.slice(at + 1),
            }
          : { workspace, dev, name: spec, range: undefined };
      });
    });
}

/**
 * Writes the additions into the portal's package.json files, as `yarn add`
 * would; a package without a range gets `^` and the version given by
 * `versionOf` (the packed version, standing in for the registry's latest).
 */
export function applyDependencyAdditions(
  portal: string,
  additions: DependencyAddition[],
  versionOf: (name: string) => string,
) {
  for (const a of additions) {
    const file = path.join(portal, a.workspace, 'package.json');
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
    const field = a.dev ? 'devDependencies' : 'dependencies';
    pkg[field] = {
      ...pkg[field],
      [a.name]: a.range ?? `^${versionOf(a.name)}`,
    };
    fs.writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  }
}

/** The file a TypeScript step names in its first comment line. */
export function targetOf(step: ReadmeStep): string {
  const first = step.code.split('\n')[0];
  const match = /^\/\/ ([\w./-]+)/.exec(first) ?? /^# ([\w./-]+)/.exec(first);
  if (!match) throw new Error(`Step names no file: ${first}`);
  return match[1].replace(/[:,]$/, '');
}

/** Inserts the backend step's lines before `backend.start();`. */
export function applyBackendStep(portal: string, step: ReadmeStep) {
  const file = path.join(portal, targetOf(step));
  const source = fs.readFileSync(file, 'utf8');
  const lines = step.code.split('\n').slice(1).join('\n');
  if (!source.includes('backend.start();')) {
    throw new Error(`${file} has no backend.start()`);
  }
  fs.writeFileSync(
    file,
    source.replace('backend.start();', `${lines}\nbackend.start();`),
  );
}

/** The catalog rule of the YAML step. */
export function catalogRuleOf(step: ReadmeStep): unknown {
  const [rule] = parse(step.code);
  return rule;
}

/**
 * Adds the app step's import to App.tsx and the names it imports to the
 * `features` of `createApp`.
 */
export function applyAppModulesStep(portal: string, step: ReadmeStep) {
  const file = path.join(portal, targetOf(step));
  const importStatement = step.code.split('\n').slice(1).join('\n').trim();
  const names = /import\s*\{([^}]*)\}/
    .exec(importStatement)![1]
    .split(',')
    .map(n => n.trim())
    .filter(Boolean);
  let source = fs.readFileSync(file, 'utf8');
  if (!/features:\s*\[/.test(source)) {
    throw new Error(`${file} passes no features to createApp`);
  }
  source = source.replace(/features:\s*\[/, `features: [${names.join(', ')}, `);
  fs.writeFileSync(file, `${importStatement}\n${source}`);
}
