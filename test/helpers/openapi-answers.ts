/**
 * Checks real answers against an OpenAPI 3.1 document's response schemas
 * with Ajv's draft 2020-12 validator (the JSON Schema dialect of 3.1); the
 * `#/components/schemas/...` references resolve inside the document.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';

const DOCUMENT_ID = 'urn:voxring:openapi';

/** JSON Pointer segment, URI-escaped (`/v1/messages/{id}` → `~1v1~1messages~1%7Bid%7D`). */
function pointerSegment(segment: string): string {
  return encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'));
}

export class OpenApiAnswers {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });

  constructor(document: Readonly<Record<string, unknown>>) {
    this.ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  }

  /** What is wrong with `body` as the JSON answer `status` of `method` on the OpenAPI `path`; empty when it conforms. */
  problems(method: string, path: string, status: number, body: unknown): string[] {
    const pointer = ['paths', path, method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema']
      .map(pointerSegment)
      .join('/');
    const validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}#/${pointer}` });
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'} ${JSON.stringify(e.params)}`);
  }
}
