/** The routes an OpenAPI document and the README's HTTP API table name, as `METHOD /path/:param` (the route tables' form). */

/** Every operation of the document as `METHOD /path/:name`. */
export function documentedRoutes(document: Readonly<Record<string, unknown>>): string[] {
  const paths = document['paths'] as Record<string, Record<string, unknown>>;
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${path.replace(/\{([A-Za-z]+)\}/g, ':$1')}`),
  );
}

const METHOD_ONLY = /^(GET|HEAD|POST|PUT|DELETE)$/;
const METHOD_AND_PATH = /^(GET|HEAD|POST|PUT|DELETE) (\/[^\s?[]*)/;

/**
 * The routes of the README's first table under `## HTTP API` (`| method and path | does |`).
 * A row's first cell names them in code spans: `GET /p`, `GET /p?q=` `{body}`,
 * `GET` / `HEAD /p` (methods before a path share it), `POST /a` / `POST /b`.
 */
export function readmeRoutes(readme: string): string[] {
  const section = readme.split(/^## HTTP API$/m)[1]?.split(/^## /m)[0] ?? '';
  const lines = section.split('\n');
  const start = lines.findIndex((line) => line.startsWith('| method and path |'));
  if (start < 0) return [];
  const routes: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const cell = line.split(' | ')[0] ?? '';
    let methods: string[] = [];
    for (const span of cell.matchAll(/`([^`]*)`/g)) {
      const text = span[1] ?? '';
      const route = METHOD_AND_PATH.exec(text);
      if (METHOD_ONLY.test(text)) methods.push(text);
      else if (route) {
        for (const method of [...methods, route[1]]) routes.push(`${method} ${route[2]}`);
        methods = [];
      }
    }
  }
  return routes;
}
