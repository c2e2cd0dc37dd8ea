import t from 'tap';
import type { FieldSpec, FrameCase, MessageSchema } from '../../proto/frame-schema.js';
import {
  CLIENT_CASES,
  CONTENT_TYPE,
  MESSAGE_STATE,
  SERVER_CASES,
  TIMELINE_EVENT_TYPE,
} from '../../proto/frame-schema.js';
import { voxring } from '../../proto/generated/voxring.js';

// The generated classes put every field's default on the prototype, in
// .proto declaration order; that is enough to catch a field added to the
// schema and forgotten in frame-schema.ts, or a changed type.
const generated = voxring.v1 as unknown as Record<
  string,
  { prototype: Record<string, unknown> } | undefined
>;

function protoFields(name: string): string[] {
  const cls = generated[name];
  if (!cls) throw new Error(`no generated class ${name}`);
  return Object.keys(cls.prototype).filter((k) => k !== 'toJSON' && k !== 'body');
}

function defaultMatches(spec: FieldSpec, value: unknown): boolean {
  switch (spec.kind) {
    case 'string':
      return value === '';
    case 'uint32':
    case 'int32':
    case 'float':
    case 'enum':
      return value === 0;
    case 'uint64':
      return typeof value === 'object' && value !== null && 'low' in value;
    case 'bool':
      return value === false;
    case 'bytes':
      return value instanceof Uint8Array;
    case 'message':
      return value === null;
    case 'repeated':
      return Array.isArray(value);
  }
}

/** Adds a line to `problems` for every mismatch between `schema` (and what it nests) and the generated classes. */
function checkMessage(schema: MessageSchema, seen: Set<string>, problems: string[]): void {
  if (seen.has(schema.name)) return;
  seen.add(schema.name);
  const names = schema.fields.map((f) => f.name).join(',');
  const expected = protoFields(schema.name).join(',');
  if (names !== expected) problems.push(`${schema.name} fields ${names} != generated ${expected}`);
  const prototype = generated[schema.name]!.prototype;
  for (const field of schema.fields) {
    if (!defaultMatches(field.spec, prototype[field.name])) {
      problems.push(`${schema.name}.${field.name} is not ${field.spec.kind}`);
    }
    if (field.spec.kind === 'message') checkMessage(field.spec.schema, seen, problems);
    if (field.spec.kind === 'repeated' && field.spec.of.kind === 'message') {
      checkMessage(field.spec.of.schema, seen, problems);
    }
  }
}

function checkCases(frameName: string, cases: ReadonlyMap<string, FrameCase>): string[] {
  const problems: string[] = [];
  const types = [...cases.keys()].join(',');
  const expected = protoFields(frameName)
    .filter((k) => k !== 'ref')
    .join(',');
  if (types !== expected) problems.push(`${frameName} cases ${types} != generated ${expected}`);
  const seen = new Set<string>();
  for (const frameCase of cases.values()) checkMessage(frameCase.schema, seen, problems);
  return problems;
}

void t.test('client frame schema matches the generated classes', async (t) => {
  t.strictSame(checkCases('ClientFrame', CLIENT_CASES), []);
});

void t.test('server frame schema matches the generated classes', async (t) => {
  t.strictSame(checkCases('ServerFrame', SERVER_CASES), []);
});

void t.test('enum names match the generated enums, by number', async (t) => {
  const enums = voxring.v1 as unknown as Record<string, Record<string, number>>;
  for (const [name, spec] of [
    ['ContentType', CONTENT_TYPE],
    ['MessageState', MESSAGE_STATE],
    ['TimelineEventType', TIMELINE_EVENT_TYPE],
  ] as const) {
    const values = enums[name]!;
    const byNumber: string[] = [];
    for (const key in values) byNumber[values[key]!] = key;
    t.strictSame([...spec.names], byNumber, name);
  }
});

void t.test('snake_case aliases follow the .proto names', async (t) => {
  const header = SERVER_CASES.get('header')!.schema;
  t.strictSame(header.fields.map((f) => f.protoName).slice(0, 7), [
    'message_id',
    'conversation_id',
    'sender_id',
    'sender_name',
    'content_type',
    'opus',
    'started_at_ms',
  ]);
  t.equal(CLIENT_CASES.get('timelineRequest')!.protoName, 'timeline_request');
});
