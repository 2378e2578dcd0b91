/*
 * The portal's scaffolder templates (examples/templates) as the tests use
 * them: read from disk, run through the scaffolder's dry-run API with their
 * skeletons, and the validator's expected messages for a rendered file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { validateCatalogFile } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { RunningBackend, repoRoot } from '../backendProcess';

/** Folder of the templates; their skeletons are relative to it. */
export const templatesDir = path.join(repoRoot, 'examples/templates');

/** A template entity as written in examples/templates/<name>.yaml. */
export function readTemplate(name: string): any {
  return parse(
    fs.readFileSync(path.join(templatesDir, `${name}.yaml`), 'utf8'),
  );
}

/** Every form field of a template, across its pages, by name. */
export function templateFields(template: any): Record<string, any> {
  return Object.assign(
    {},
    ...template.spec.parameters.map((page: any) => page.properties),
  );
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(entry =>
      entry.isDirectory()
        ? filesUnder(path.join(dir, entry.name))
        : [path.join(dir, entry.name)],
    );
}

/** What a dry run answered. */
export interface DryRunAnswer {
  status: number;
  body: any;
  /** The files the run left in its workspace, by path. */
  files: Record<string, string>;
  /** The run's log messages of one step, without their level prefix. */
  stepLog(stepId: string): string[];
}

/**
 * Runs a template through `POST /api/scaffolder/v2/dry-run` with the files
 * of its folder (the skeleton), as the template editor does.
 */
export async function dryRun(
  backend: RunningBackend,
  token: string,
  name: string,
  values: Record<string, unknown>,
): Promise<DryRunAnswer> {
  const folder = path.join(templatesDir, name);
  const directoryContents = filesUnder(folder).map(file => ({
    path: path.relative(templatesDir, file),
    base64Content: fs.readFileSync(file).toString('base64'),
  }));
  const res = await fetch(`${backend.baseUrl}/api/scaffolder/v2/dry-run`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      template: readTemplate(name),
      values,
      directoryContents,
    }),
  });
  const body = await res.json();
  const files: Record<string, string> = Object.fromEntries(
    (body.directoryContents ?? []).map((f: any) => [
      f.path,
      Buffer.from(f.base64Content, 'base64').toString('utf8'),
    ]),
  );
  return {
    status: res.status,
    body,
    files,
    stepLog: stepId =>
      (body.log ?? [])
        .filter((entry: any) => entry.body.stepId === stepId)
        // Messages from an action's logger carry a coloured level prefix.
        .map((entry: any) =>
          String(entry.body.message)
            // eslint-disable-next-line no-control-regex
            .replace(/\u001b\[\d+m/g, '')
            .replace(/^(info|warn|error): /, ''),
        ),
  };
}

/**
 * The message data-mesh:validate gives for a file, derived from the common
 * package's validator: one line per error, `file:line ref: message`.
 */
export async function expectedValidateMessage(
  file: string,
  text: string,
): Promise<string> {
  const { problems } = await validateCatalogFile(text);
  const errors = problems.filter(p => p.severity === 'error');
  if (!errors.length) throw new Error(`${file} has no error to expect`);
  return errors.map(p => `${file}:${p.line} ${p.ref}: ${p.message}`).join('\n');
}
