import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PlaceholderResolverParams } from '@backstage/plugin-catalog-node';
import { textPlaceholderResolver } from './textPlaceholder';

describe('the $text placeholder', () => {
  let root: string;
  let folder: string;
  const emit = jest.fn();

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-text-'));
    folder = path.join(root, 'orders');
    fs.mkdirSync(path.join(folder, 'contracts'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'orders.odcs.yaml'), 'id: orders\n');
    fs.writeFileSync(
      path.join(folder, 'contracts', 'lines.odcs.yaml'),
      'id: lines\n',
    );
    fs.writeFileSync(path.join(root, 'secret.txt'), 'not yours');
    fs.symlinkSync(
      path.join(root, 'secret.txt'),
      path.join(folder, 'escape.yaml'),
    );
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const params = (
    value: unknown,
    baseUrl = path.join(folder, 'catalog-info.yaml'),
  ): PlaceholderResolverParams => ({
    key: 'text',
    value: value as any,
    baseUrl,
    read: jest.fn(async () => Buffer.from('read through the catalog')),
    resolveUrl: jest.fn((url: string, base: string) => new URL(url, base).href),
    emit,
  });

  it('reads a file next to a file-located catalog file, or below it', async () => {
    await expect(
      textPlaceholderResolver(params('./orders.odcs.yaml')),
    ).resolves.toBe('id: orders\n');
    await expect(
      textPlaceholderResolver(params('contracts/lines.odcs.yaml')),
    ).resolves.toBe('id: lines\n');
  });

  it.each([
    ['../secret.txt', "inside the catalog file's folder"],
    ['escape.yaml', "inside the catalog file's folder"],
    ['/etc/hostname', 'relative to the catalog file'],
    ['missing.yaml', 'no such file'],
    ['contracts', 'expected a file'],
  ])('refuses %s: %s', async (value, reason) => {
    await expect(textPlaceholderResolver(params(value))).rejects.toThrow(
      reason,
    );
  });

  it('refuses a value that is not a string', async () => {
    await expect(textPlaceholderResolver(params({ a: 1 }))).rejects.toThrow(
      'Placeholder $text could not read {"a":1}: expected a relative path or a URL as a string',
    );
  });

  it('reads what a URL location names through the catalog reader', async () => {
    const given = params(
      './orders.odcs.yaml',
      'https://git.example.com/org/repo/blob/main/catalog-info.yaml',
    );
    await expect(textPlaceholderResolver(given)).resolves.toBe(
      'read through the catalog',
    );
    expect(given.read).toHaveBeenCalledWith(
      'https://git.example.com/org/repo/blob/main/orders.odcs.yaml',
    );
    expect(emit).toHaveBeenCalledWith({
      type: 'refresh',
      key: 'url:https://git.example.com/org/repo/blob/main/orders.odcs.yaml',
    });
  });
});
