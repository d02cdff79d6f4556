import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml: { load(text: string): unknown } = require('js-yaml');

interface Service {
  image?: string;
  build?: unknown;
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}
const compose = yaml.load(readFileSync(join(__dirname, '..', '..', 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };

/** Issue 14 item 9: the compose stack an operator starts on day one. */
describe('docker-compose.yml', () => {
  it('pins every third-party image to an exact patch release', () => {
    const images = Object.entries(compose.services)
      .filter(([, service]) => !service.build)
      .map(([, service]) => service.image ?? '');
    expect(images.length).toBeGreaterThanOrEqual(2);
    for (const image of images) expect(image).toMatch(/:\d+\.\d+\.\d+(?:-[\w.-]+)?$/);
  });

  it("checks KurrentDB's readiness (the endpoint that fails until the node is ready), and the app waits for it", () => {
    expect(compose.services.kurrentdb.healthcheck?.test.join(' ')).toMatch(/curl -f\S* .*http:\/\/localhost:2113\/health\/live/);
    expect(compose.services.app.depends_on).toEqual({ kurrentdb: { condition: 'service_healthy' }, mongo: { condition: 'service_healthy' } });
  });

  it("builds the app from the Dockerfile and never mounts the host's node_modules (native addons)", () => {
    expect(compose.services.app.build).toBe('.');
    expect((compose.services.app.volumes ?? []).some((volume) => volume.includes('node_modules') || volume.startsWith('.'))).toBe(false);
    expect(readFileSync(join(__dirname, '..', '..', '.dockerignore'), 'utf8').split('\n')).toContain('node_modules');
  });
});
