// Lists every route of the running express app ("METHOD /path"), walking mounted routers, so the authorization
// matrix is generated from the routers themselves: a route added anywhere shows up here.
import type { Express } from 'express';

interface Layer {
  rawPath?: string | RegExp | (string | RegExp)[];
  route?: { path: string | RegExp | (string | RegExp)[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Third-party dashboards mounted whole (bull-board's internal API changes with its versions): one row each. */
export const MOUNTED_WHOLE = ['/admin/queues'];

const asList = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);
const show = (p: string | RegExp) => (typeof p === 'string' ? p : String(p));

export function listRoutes(app: Express): string[] {
  const routes = new Set<string>();
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const methods = Object.keys(layer.route.methods).filter((m) => m !== '_all');
        for (const path of asList(layer.route.path))
          for (const m of methods) routes.add(`${m.toUpperCase()} ${prefix}${show(path)}`);
        continue;
      }
      for (const raw of asList(layer.rawPath ?? '/')) {
        const full = `${prefix}${raw === '/' ? '' : show(raw)}`;
        if (MOUNTED_WHOLE.includes(full)) routes.add(`ANY ${full}/*`);
        else if (layer.handle?.stack) walk(layer.handle.stack, full);
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return [...routes].sort();
}
