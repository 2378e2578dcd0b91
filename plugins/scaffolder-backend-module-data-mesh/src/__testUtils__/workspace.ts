/*
 * Test helpers: a real workspace folder on disk, and an action context over
 * it, so the actions read and write real files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceMock, mockServices } from '@backstage/backend-test-utils';
import type { ActionContext } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';

/** A fresh temporary folder; `cleanup` removes it. */
export function makeTempDir(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    write(file: string, text: string) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    },
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** A mock action context over a real workspace, with a logger to inspect. */
export function contextFor(
  workspacePath: string,
  input: { path?: string },
): {
  ctx: ActionContext<{ path?: string }, any>;
  logger: ServiceMock<LoggerService>;
} {
  const logger = mockServices.logger.mock();
  // The test utilities are typed against an older scaffolder-node; the
  // context they build has every field the actions use.
  const ctx = createMockActionContext({
    workspacePath,
    input,
    logger: logger as any,
  }) as unknown as ActionContext<{ path?: string }, any>;
  return { ctx, logger };
}

/** The 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex(line => line.includes(needle));
  if (index < 0) throw new Error(`${needle} is not in the text`);
  return index + 1;
}

/** A valid DataProduct document with the given name and output port type. */
export function dataProductYaml(name: string, portType = 'table') {
  return [
    'apiVersion: data-mesh-portfolio.io/v1alpha1',
    'kind: DataProduct',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  owner: group:default/checkout-team',
    '  domain: domain:default/orders',
    '  lifecycle: proposed',
    '  outputPorts:',
    '    - name: daily',
    `      type: ${portType}`,
    '',
  ].join('\n');
}
