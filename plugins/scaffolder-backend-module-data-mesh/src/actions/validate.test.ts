import fs from 'node:fs';
import path from 'node:path';
import { OUTPUT_PORT_TYPES } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { createDataMeshValidateAction } from './validate';
import {
  contextFor,
  dataProductYaml,
  lineOf,
  makeTempDir,
} from '../__testUtils__/workspace';

describe('data-mesh:validate', () => {
  const action = createDataMeshValidateAction();
  let workspace: ReturnType<typeof makeTempDir>;

  beforeEach(() => {
    workspace = makeTempDir('dm-validate-');
  });
  afterEach(() => workspace.cleanup());

  it('passes a valid file and outputs the refs of its entities in file order', async () => {
    workspace.write(
      'catalog-info.yaml',
      `${dataProductYaml('orders-daily')}---\n${dataProductYaml(
        'orders-weekly',
      )}`,
    );
    const { ctx } = contextFor(workspace.dir, {});
    await action.handler(ctx);
    expect(ctx.output).toHaveBeenCalledWith('entityRefs', [
      'DataProduct:default/orders-daily',
      'DataProduct:default/orders-weekly',
    ]);
  });

  it("fails with the validator's message, the line and the entity of each error", async () => {
    const good = dataProductYaml('good-one');
    const bad = dataProductYaml('orders-daily', 'tabel');
    const text = `${good}---\n${bad}`;
    workspace.write('out/catalog-info.yaml', text);
    const { ctx } = contextFor(workspace.dir, {
      path: 'out/catalog-info.yaml',
    });
    // The bad port type is on its own line in the second document.
    const typeLine = lineOf(text, 'type: tabel');
    expect(typeLine).toBeGreaterThan(good.split('\n').length);
    await expect(action.handler(ctx)).rejects.toThrow(
      new Error(
        `out/catalog-info.yaml:${typeLine} DataProduct:default/orders-daily: spec.outputPorts[0].type must be one of ${OUTPUT_PORT_TYPES.join(
          ', ',
        )}; got "tabel"`,
      ),
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('lists every error of the file, one per line', async () => {
    const text = `${dataProductYaml('first', 'tabel')}---\n${dataProductYaml(
      'Not A Name',
    )}`;
    workspace.write('catalog-info.yaml', text);
    const { ctx } = contextFor(workspace.dir, {});
    const error = await action.handler(ctx).then(
      () => undefined,
      e => e as Error,
    );
    const lines = error?.message.split('\n') ?? [];
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(
        `^catalog-info\\.yaml:${lineOf(
          text,
          'tabel',
        )} DataProduct:default/first: spec\\.outputPorts\\[0\\]\\.type must be one of`,
      ),
    );
    expect(lines[1]).toMatch(
      new RegExp(
        `^catalog-info\\.yaml:${lineOf(
          text,
          'Not A Name',
        )} DataProduct:default/Not A Name: "metadata\\.name" is not valid`,
      ),
    );
  });

  it('fails on a YAML syntax error with its line', async () => {
    const text = `${dataProductYaml('orders-daily')}  bad: [unclosed\n`;
    workspace.write('catalog-info.yaml', text);
    const { ctx } = contextFor(workspace.dir, {});
    await expect(action.handler(ctx)).rejects.toThrow(
      /^catalog-info\.yaml:\d+: YAML syntax error: /,
    );
  });

  it('logs warnings without failing', async () => {
    const widget = [
      'apiVersion: example.com/v1',
      'kind: Widget',
      'metadata:',
      '  name: gadget',
      'spec: {}',
      '',
    ].join('\n');
    workspace.write('catalog-info.yaml', widget);
    const { ctx, logger } = contextFor(workspace.dir, {});
    await action.handler(ctx);
    expect(logger.warn).toHaveBeenCalledWith(
      // The warning is about the kind, so it points at the kind's line.
      expect.stringMatching(
        new RegExp(
          `^catalog-info\\.yaml:${lineOf(
            widget,
            'kind: Widget',
          )} Widget:default/gadget: kind Widget is not checked here`,
        ),
      ),
    );
    expect(ctx.output).toHaveBeenCalledWith('entityRefs', [
      'Widget:default/gadget',
    ]);
  });

  it('fails for a file without entities', async () => {
    workspace.write('catalog-info.yaml', '# nothing yet\n');
    const { ctx } = contextFor(workspace.dir, {});
    await expect(action.handler(ctx)).rejects.toThrow(
      'data-mesh:validate: catalog-info.yaml holds no entity; a catalog file needs at least one',
    );
  });

  it('names the missing file', async () => {
    const { ctx } = contextFor(workspace.dir, {});
    await expect(action.handler(ctx)).rejects.toThrow(
      'data-mesh:validate: input "path": catalog-info.yaml does not exist in the task workspace',
    );
  });

  describe('keeps to the workspace', () => {
    let outside: ReturnType<typeof makeTempDir>;
    beforeEach(() => {
      // A valid file outside the workspace: reading it would pass.
      outside = makeTempDir('dm-outside-');
      outside.write('catalog-info.yaml', dataProductYaml('outside'));
    });
    afterEach(() => outside.cleanup());

    it('refuses an absolute path', async () => {
      const file = path.join(outside.dir, 'catalog-info.yaml');
      const { ctx } = contextFor(workspace.dir, { path: file });
      await expect(action.handler(ctx)).rejects.toThrow(
        `data-mesh:validate: input "path" must be relative to the task workspace; got ${JSON.stringify(
          file,
        )}`,
      );
    });

    it('refuses a path with ..', async () => {
      const file = path.relative(
        workspace.dir,
        path.join(outside.dir, 'catalog-info.yaml'),
      );
      expect(file.startsWith('..')).toBe(true);
      const { ctx } = contextFor(workspace.dir, { path: file });
      await expect(action.handler(ctx)).rejects.toThrow(
        `data-mesh:validate: input "path" must stay inside the task workspace, so ".." is not allowed; got ${JSON.stringify(
          file,
        )}`,
      );
    });

    it('refuses a symbolic link that leads outside', async () => {
      fs.symlinkSync(outside.dir, path.join(workspace.dir, 'link'));
      const { ctx } = contextFor(workspace.dir, {
        path: 'link/catalog-info.yaml',
      });
      await expect(action.handler(ctx)).rejects.toThrow(
        'data-mesh:validate: input "path" must stay inside the task workspace; "link/catalog-info.yaml" leads outside it',
      );
    });
  });
});
