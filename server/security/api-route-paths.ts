import type { TApiRoute } from '~/server/http/api-routes';

type TPart = string | { name: string; alternatives: string[] | null };

const META = new Set([...'[](){}*+?|.^$']);

/** The named group starting at `start` (`(?<name>…)`) and the index just past its `)`. */
function readGroup(source: string, start: number): { name: string; body: string; end: number } {
  const nameEnd = source.indexOf('>', start);
  let depth = 1;
  let inClass = false;
  let i = nameEnd + 1;
  for (; i < source.length && depth > 0; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
  }
  return { name: source.slice(start + 3, nameEnd), body: source.slice(nameEnd + 1, i - 1), end: i };
}

/**
 * A route pattern as literal text and named groups. A group that is a plain
 * alternation (`customers|products`) lists its alternatives; any other group
 * (an id) has none and needs a value. Throws for patterns that are not
 * `^literal(?<name>…)literal…$`: such a route must be walked by hand.
 */
function partsOf(route: TApiRoute): TPart[] {
  const source = route.pattern.source;
  if (!source.startsWith('^') || !source.endsWith('$')) throw new Error(`${source}: an API route pattern must be anchored`);
  const body = source.slice(1, -1);
  const parts: TPart[] = [];
  let literal = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && /[^\w]/.test(body[i + 1] ?? 'x')) literal += body[++i];
    else if (body.startsWith('(?<', i)) {
      const group = readGroup(body, i);
      parts.push(literal, { name: group.name, alternatives: /^[\w-]+(\|[\w-]+)*$/.test(group.body) ? group.body.split('|') : null });
      literal = '';
      i = group.end - 1;
    } else if (c === '\\' || META.has(c)) throw new Error(`${source}: not a literal path with named groups; walk this route by hand`);
    else literal += c;
  }
  return [...parts, literal];
}

/** `GET /api/export/:entity.csv`: the route's method and path with its named groups as `:name`. */
export function routeTemplate(route: TApiRoute): string {
  return `${route.method} ${partsOf(route).map((p) => (typeof p === 'string' ? p : `:${p.name}`)).join('')}`;
}

/** Names of the groups that need a value (ids), as opposed to a fixed list of alternatives. */
export function freeGroups(route: TApiRoute): string[] {
  return partsOf(route).flatMap((p) => (typeof p !== 'string' && !p.alternatives ? [p.name] : []));
}

/**
 * Every concrete path of the route: each alternation group expanded to all
 * its alternatives, each free group filled from `values`.
 */
export function routePaths(route: TApiRoute, values: Record<string, string>): { path: string; params: Record<string, string> }[] {
  let paths = [{ path: '', params: {} as Record<string, string> }];
  for (const part of partsOf(route)) {
    if (typeof part === 'string') {
      paths = paths.map((p) => ({ ...p, path: p.path + part }));
      continue;
    }
    const choices = part.alternatives ?? [values[part.name] ?? ''];
    paths = paths.flatMap((p) => choices.map((choice) => ({ path: p.path + choice, params: { ...p.params, [part.name]: choice } })));
  }
  return paths;
}
