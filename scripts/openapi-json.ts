/**
 * Writes the HTTP API's OpenAPI 3.1 document (router/http/openapi.ts), as a
 * router serves it at GET /v1/openapi.json, to the file named (`make docs`:
 * docs/openapi.json), or prints it. Run: node --import tsx scripts/openapi-json.ts [FILE]
 */
import { writeFile } from 'node:fs/promises';
import { openApiJson } from '../router/http/openapi-json.js';

const [target] = process.argv.slice(2);
const text = await openApiJson();
if (target === undefined) process.stdout.write(text);
else await writeFile(target, text);
