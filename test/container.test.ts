/**
 * What can be checked of the container without a Docker engine: the Dockerfile's runtime stage
 * runs as a non-root user, has a HEALTHCHECK on /healthz and production dependencies only; the
 * code it runs (`csb start`, `csb simulate`, `csb seed`) imports no dev dependency; compose keeps
 * the demo off. Without the last check a production-only image would fail at its first import.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './support/paths.ts';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** The instructions of each stage (continuation lines joined, comments dropped). */
function stages(dockerfile: string): { name: string; lines: string[] }[] {
  const lines = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const result: { name: string; lines: string[] }[] = [];
  for (const line of lines) {
    if (/^FROM\s/i.test(line)) result.push({ name: line.split(/\s+AS\s+/i)[1] ?? '', lines: [] });
    result.at(-1)?.lines.push(line);
  }
  return result;
}

describe('Dockerfile', () => {
  const all = stages(read('Dockerfile'));
  const runtime = all.at(-1);

  it('is multi-stage, and the runtime stage installs production dependencies only', () => {
    expect(all.length).toBeGreaterThanOrEqual(2);
    const installs = runtime?.lines.filter((l) => /\bnpm (ci|install)\b/.test(l)) ?? [];
    expect(installs).toHaveLength(1);
    expect(installs[0]).toContain('--omit=dev');
    // `prepare` (protobuf code generation) needs the dev tools: the build stage does it.
    expect(installs[0]).toContain('--ignore-scripts');
    expect(runtime?.lines).toContainEqual(
      expect.stringMatching(/^COPY --from=build \S*proto\/gen proto\/gen$/),
    );
    // No node_modules carried over from the build stage (it has the dev tools).
    expect(runtime?.lines.filter((l) => /--from=.*node_modules/.test(l))).toEqual([]);
  });

  it('copies the manifests and installs before the sources, so the install layer is cached', () => {
    const lines = runtime?.lines ?? [];
    const install = lines.findIndex((l) => /\bnpm ci\b/.test(l));
    const firstSource = lines.findIndex((l) => /^COPY (bin|\S+\/src)\b/.test(l));
    expect(install).toBeGreaterThan(0);
    expect(firstSource).toBeGreaterThan(install);
    for (const line of lines.slice(0, install).filter((l) => l.startsWith('COPY')))
      expect(line, line).toMatch(/package(-lock)?\.json/);
  });

  it('runs as a non-root user with a HEALTHCHECK on /healthz', () => {
    const users = runtime?.lines.filter((l) => /^USER\s/.test(l)) ?? [];
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^USER\s+(root|0)(:|\s|$)/);
    const healthcheck = runtime?.lines.find((l) => /^HEALTHCHECK\s/.test(l));
    expect(healthcheck).toContain('/healthz');
    expect(runtime?.lines.at(-1)).toBe('CMD ["node", "bin/csb.ts", "start"]');
  });

  it('copies only files that exist and that .dockerignore lets into the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.replace(/^\*\*\//, ''));
    const copies = all.flatMap((stage) => stage.lines.filter((l) => /^COPY (?!--from)/.test(l)));
    expect(copies.length).toBeGreaterThan(5);
    for (const line of copies) {
      for (const source of line.split(/\s+/).slice(1, -1)) {
        expect(existsSync(path.join(ROOT, source)), source).toBe(true);
        const parts = source.split('/');
        expect(
          ignored.filter(
            (entry) => source === entry || source.startsWith(`${entry}/`) || parts.includes(entry),
          ),
          source,
        ).toEqual([]);
      }
    }
  });
});

describe('docker-compose.yml', () => {
  it('keeps the demo off and publishes no admin or secret key on every csb node', () => {
    const compose = parseYaml(read('docker-compose.yml')) as {
      services: Record<string, { image?: string; environment?: Record<string, string | null> }>;
    };
    const nodes = Object.values(compose.services).filter((service) => service.image === 'csb:latest');
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    for (const service of nodes) {
      expect(service.environment?.CSB_SEED_DEMO).toBe('false');
      expect(service.environment?.CSB_ADMIN_KEY ?? null).toBeNull();
      expect(service.environment?.CSB_SECRET_KEY ?? null).toBeNull();
      expect(service.environment?.CSB_REDIS_URL).toMatch(/^redis:\/\//);
    }
  });
});

describe('the runtime imports production dependencies only', () => {
  const manifest = JSON.parse(read('package.json')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const workspaces: Record<string, string> = {
    '@csb/proto': 'proto/src/index.ts',
    '@csb/booking-core': 'booking-core/src/index.ts',
    '@csb/gateway': 'gateway/src/index.ts',
    '@csb/simulator': 'simulator/src/index.ts',
    '@csb/head-unit': 'head-unit/src/index.ts',
    '@csb/conformance': 'conformance/src/index.ts',
  };

  /** Every bare package name imported from the files reachable from `entry`. */
  function packagesReachableFrom(entry: string): Map<string, string> {
    const packages = new Map<string, string>(); // package -> first file importing it
    const seen = new Set<string>();
    const queue = [path.join(ROOT, entry)];
    while (queue.length > 0) {
      const file = queue.pop() ?? '';
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      const specifiers = [
        ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/g),
        ...text.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g),
        ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
      ].map((m) => m[1] ?? '');
      for (const specifier of specifiers) {
        if (specifier.startsWith('.')) {
          const target = path.resolve(path.dirname(file), specifier);
          if (/\.(ts|js)$/.test(target)) queue.push(target);
        } else if (workspaces[specifier]) {
          queue.push(path.join(ROOT, workspaces[specifier]));
        } else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier)) {
          const name = specifier.startsWith('@')
            ? specifier.split('/').slice(0, 2).join('/')
            : (specifier.split('/')[0] ?? '');
          if (!packages.has(name)) packages.set(name, path.relative(ROOT, file));
        }
      }
    }
    return packages;
  }

  it('bin/csb.ts and everything it imports need no devDependency', () => {
    const packages = packagesReachableFrom('bin/csb.ts');
    expect(packages.size).toBeGreaterThan(5);
    const notProduction = [...packages].filter(([name]) => !(name in manifest.dependencies));
    expect(notProduction).toEqual([]);
  });
});
