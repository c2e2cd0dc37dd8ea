/** The OpenAPI document as the file docs/openapi.json holds it (`make docs`); a test compares the two. */
import { WEB_SOCKET_DOORS } from '../web-socket-doors.js';
import { openApiDocument } from './openapi.js';
import { loadProtoRoot } from './proto-json-schema.js';

/** The document of this router's tables and doors, pretty-printed with a final newline. */
export async function openApiJson(): Promise<string> {
  return `${JSON.stringify(openApiDocument(await loadProtoRoot(), WEB_SOCKET_DOORS), null, 2)}\n`;
}
