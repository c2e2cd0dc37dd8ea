/**
 * Value-level mutations of JSON text: a node replaced by a value of another
 * type or an edge value (-0, 2^53, 1.5, lone surrogates, odd base64),
 * keys removed, renamed, added or repeated, bodies wrapped or merged. The
 * result is JSON text again (JSON.stringify writes lone surrogates as
 * \u escapes, as a client's serialiser would).
 */
import type { Rng } from './rng.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const EDGE_NUMBERS = [
  0, -0, 1, -1, 1.5, -1.5, 0.1, 255, 256, 65535, 65536, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1,
  2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 2 ** 64, -(2 ** 53), 1e308, -1e308, 5e-324, 1e21, 2.5, 60, 90.0000001,
];
const EDGE_STRINGS = [
  '', ' ', '0', '-0', '00', '1', '-1', '1.5', '1e3', '0x10', ' 1', '4294967295', '4294967296', '9007199254740991',
  '9007199254740992', '99999999999999999999', 'NaN', 'Infinity', 'true', 'null', '\u0000', '\ud800', '\udc00',
  'a\ud83dz', '\ud83d\ude00', '\ufffd', '\u2028', 'é', 'AAAA', 'AAAAAA==', 'AAAAAB==', 'AQ', 'AR', 'AQ=', 'A===', '-_-_',
  '+/+/', 'AQID\n', '====', 'QUJD', 'VOICE', 'TEXT', 'LIVE', 'COMPLETE', 'CONTENT_TYPE_UNSPECIFIED', 'opus', 'audio',
  'jpeg', 'x'.repeat(300), '\ud800'.repeat(3), '../', '__proto__',
];
const EDGE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'ref', 'seq', 'command', 'type'];

// Plain assignment of "__proto__" would set the prototype; JSON.parse makes an own key, so do the same.
function setKey(target: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function randomString(rng: Rng): string {
  if (rng.chance(0.6)) return rng.pick(EDGE_STRINGS);
  const length = rng.count(12);
  let s = '';
  for (let i = 0; i < length; i++) {
    const r = rng.below(10);
    s += String.fromCharCode(r < 6 ? rng.between(0x20, 0x7e) : r < 8 ? rng.between(0, 0x7ff) : rng.below(0x10000));
  }
  return s;
}

function randomValue(rng: Rng, keys: readonly string[], depth: number): Json {
  switch (rng.below(depth > 2 ? 5 : 7)) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return rng.chance(0.7) ? rng.pick(EDGE_NUMBERS) : (rng.u32() | 0) * (rng.chance(0.5) ? 1 : 1e-3);
    case 3:
    case 4:
      return randomString(rng);
    case 5: {
      const n = rng.below(4);
      return Array.from({ length: n }, () => randomValue(rng, keys, depth + 1));
    }
    default: {
      const out: { [key: string]: Json } = {};
      const n = rng.below(4);
      for (let i = 0; i < n; i++) setKey(out, rng.pick(keys), randomValue(rng, keys, depth + 1));
      return out;
    }
  }
}

/** Every container in `root` with the key (or index) of each of its children. */
function slots(root: Json): { parent: Json[] | { [key: string]: Json }; key: string | number }[] {
  const out: { parent: Json[] | { [key: string]: Json }; key: string | number }[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        out.push({ parent: node, key: i });
        walk(child);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        out.push({ parent: node, key });
        walk(node[key] as Json);
      }
    }
  };
  walk(root);
  return out;
}

function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function mutateValue(rng: Rng, value: Json, keys: readonly string[]): Json {
  if (typeof value === 'number' && rng.chance(0.5)) {
    return rng.pick([String(value), -value, value + 0.5, value * 2 ** 32, value - 1, value + 1]);
  }
  if (typeof value === 'string' && rng.chance(0.5)) {
    const at = rng.below(value.length + 1);
    return value.slice(0, at) + randomString(rng) + value.slice(at + (rng.chance(0.5) ? 1 : 0));
  }
  if (rng.chance(0.15)) return [value];
  if (rng.chance(0.15) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const out = { ...value };
    setKey(out, rng.pick(keys), randomValue(rng, keys, 1));
    return out;
  }
  return randomValue(rng, keys, 1);
}

/** Keys appearing anywhere in `texts` (for type confusion across frames), plus edge keys. */
export function jsonKeys(texts: readonly string[]): string[] {
  const keys = new Set(EDGE_KEYS);
  for (const text of texts) {
    for (const slot of slots(JSON.parse(text) as Json)) {
      if (typeof slot.key === 'string') {
        keys.add(slot.key);
        keys.add(snakeCase(slot.key));
      }
    }
  }
  return [...keys];
}

/** A few value-level mutations of `text`; undefined when it is not JSON (byte mutations made it so). */
export function mutateJson(rng: Rng, text: string, keys: readonly string[]): string | undefined {
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
  let duplicate: string | undefined;
  const rounds = rng.count(4);
  for (let i = 0; i < rounds; i++) {
    const all = slots(root);
    if (all.length === 0 || rng.chance(0.05)) {
      root = mutateValue(rng, root, keys);
      continue;
    }
    const { parent, key } = rng.pick(all);
    const op = rng.below(10);
    if (Array.isArray(parent)) {
      const index = key as number;
      if (op === 0) parent.splice(index, 1);
      else if (op === 1) parent.splice(index, 0, structuredClone(parent[index] as Json));
      else parent[index] = mutateValue(rng, parent[index] as Json, keys);
      continue;
    }
    const name = key as string;
    const value = parent[name] as Json;
    if (op === 0) delete parent[name];
    else if (op === 1) {
      delete parent[name];
      setKey(parent, rng.chance(0.5) ? snakeCase(name) : rng.pick(keys), value);
    } else if (op === 2) setKey(parent, rng.pick(keys), randomValue(rng, keys, 1));
    else if (op === 3) duplicate = name;
    else setKey(parent, name, mutateValue(rng, value, keys));
  }
  const out = JSON.stringify(root);
  // JSON.parse keeps the last of two equal keys: repeat one textually with another value first.
  if (duplicate !== undefined) {
    const quoted = JSON.stringify(duplicate);
    const at = out.indexOf(`${quoted}:`);
    if (at >= 0) return `${out.slice(0, at)}${quoted}:${JSON.stringify(randomValue(rng, keys, 1))},${out.slice(at)}`;
  }
  return out;
}
