/**
 * JSON Schemas of protobuf messages in their JSON form, from the reflection
 * of proto/voxring.proto (the `pbjs -t json` descriptor the build writes
 * beside the generated code): camelCase names, 64-bit integers as numbers
 * (the code is generated with --force-number), enums by name, repeated
 * fields as arrays, message fields as `$ref`s to their own schema, or null
 * (the JSON answers write an absent sub-message as null). proto3 writes no
 * field as required: a JSON answer may leave any of them out.
 */
import { readFile } from 'node:fs/promises';
import protobuf from 'protobufjs/light.js';
import { VoxError } from '../../common/errors.js';
import type { JsonSchema } from './route-spec.js';

/** The protobuf package the HTTP messages are in. */
const PACKAGE = 'voxring.v1';

/** Where the build writes the descriptor: beside the generated code, in the source tree and in dist/ alike. */
export const PROTO_DESCRIPTOR_URL = new URL('../../proto/generated/voxring.json', import.meta.url);

/** The reflection of proto/voxring.proto, read from its JSON descriptor. */
export async function loadProtoRoot(url: URL = PROTO_DESCRIPTOR_URL): Promise<protobuf.Root> {
  let text: string;
  try {
    text = await readFile(url, 'utf8');
  } catch (err) {
    throw new VoxError('VOX_INTERNAL', `the protobuf descriptor ${url.pathname} is missing: run make build`, { cause: err });
  }
  return protobuf.Root.fromJSON(JSON.parse(text) as protobuf.INamespace);
}

const SCALARS: Readonly<Record<string, JsonSchema>> = {
  string: { type: 'string' },
  bool: { type: 'boolean' },
  bytes: { type: 'string', contentEncoding: 'base64' },
  double: { type: 'number' },
  float: { type: 'number' },
  int32: { type: 'integer', minimum: -(2 ** 31), maximum: 2 ** 31 - 1 },
  sint32: { type: 'integer', minimum: -(2 ** 31), maximum: 2 ** 31 - 1 },
  sfixed32: { type: 'integer', minimum: -(2 ** 31), maximum: 2 ** 31 - 1 },
  uint32: { type: 'integer', minimum: 0, maximum: 2 ** 32 - 1 },
  fixed32: { type: 'integer', minimum: 0, maximum: 2 ** 32 - 1 },
  // --force-number: 64-bit fields are JavaScript numbers in the JSON form.
  int64: { type: 'integer' },
  sint64: { type: 'integer' },
  sfixed64: { type: 'integer' },
  uint64: { type: 'integer', minimum: 0 },
  fixed64: { type: 'integer', minimum: 0 },
};

/**
 * The schemas of `messages` and of every message and enum they reach, by
 * short name (`HttpMessage`, `ContentType`), each message's fields referring
 * to the others as `${refPrefix}<Name>`.
 */
export function protoSchemas(root: protobuf.Root, messages: readonly string[], refPrefix: string): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = {};
  const pending = [...messages];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (Object.hasOwn(schemas, name)) continue;
    const found = root.lookup(`${PACKAGE}.${name}`);
    if (found instanceof protobuf.Enum) {
      schemas[name] = { type: 'string', enum: Object.keys(found.values), description: `enum ${PACKAGE}.${name}` };
    } else if (found instanceof protobuf.Type) {
      schemas[name] = messageSchema(found, refPrefix, (used) => pending.push(used));
    } else {
      throw new VoxError('VOX_INTERNAL', `no message or enum ${PACKAGE}.${name} in the protobuf descriptor`);
    }
  }
  return schemas;
}

function messageSchema(type: protobuf.Type, refPrefix: string, uses: (name: string) => void): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const field of type.fieldsArray) {
    // No HTTP message has one; their JSON form (an object keyed by the key) is not mapped here.
    if (field.map) throw new VoxError('VOX_INTERNAL', `protobuf map field ${field.fullName} has no JSON Schema mapping`);
    field.resolve();
    const one = fieldValueSchema(field, refPrefix, uses);
    properties[field.name] = field.repeated ? { type: 'array', items: one } : one;
  }
  return { type: 'object', description: `message ${PACKAGE}.${type.name} (proto/voxring.proto)`, properties };
}

function fieldValueSchema(field: protobuf.Field, refPrefix: string, uses: (name: string) => void): JsonSchema {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Type) {
    uses(resolved.name);
    const ref = { $ref: `${refPrefix}${resolved.name}` };
    return field.repeated ? ref : { anyOf: [ref, { type: 'null' }] };
  }
  if (resolved instanceof protobuf.Enum) {
    uses(resolved.name);
    return { $ref: `${refPrefix}${resolved.name}` };
  }
  const scalar = SCALARS[field.type];
  if (!scalar) throw new VoxError('VOX_INTERNAL', `protobuf field ${field.fullName} has a type with no JSON Schema: ${field.type}`);
  return scalar;
}
