import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../adapters/http/openapi.ts';
import { routes } from '../../infra/routes.ts';
import { publicCommentFields } from '../support/contract.ts';

type Json = Record<string, any>;
const document = openApiDocument() as Json;

/** Every `$ref` anywhere in a value. */
function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else refsIn(inner, found);
    }
  }
  return found;
}

function resolve(ref: string): unknown {
  expect(ref.startsWith('#/')).toBe(true);
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/gu, '/').replace(/~0/gu, '~'))
    .reduce<unknown>((node, part) => (node as Json | undefined)?.[part], document);
}

const operationOf = (route: (typeof routes)[number]) =>
  document.paths[route.path]?.[route.method.toLowerCase()];

/** The codes a response documents, from its schema's enum. */
function codesOf(response: Json): string[] {
  const schema = response.content?.['application/json']?.schema;
  const envelope = schema?.oneOf ? schema.oneOf[0] : schema;
  return envelope?.properties?.error?.properties?.code?.enum ?? [];
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with the 2020-12 dialect, built once', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(document.info).toMatchObject({ title: expect.any(String), version: '1' });
    expect(openApiDocument()).toBe(document);
    expect(() => JSON.stringify(document)).not.toThrow();
  });

  it('documents every route of infra/routes.ts with its method, and nothing else', () => {
    for (const route of routes) expect(operationOf(route), `${route.method} ${route.path}`).toBeDefined();
    const documented = Object.entries(document.paths as Json).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());
    const ids = routes.map((route) => operationOf(route).operationId);
    expect(new Set(ids).size).toBe(routes.length);
  });

  it('declares each path parameter of each route', () => {
    for (const route of routes) {
      const names = [...route.path.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]);
      const declared = operationOf(route)
        .parameters.filter((parameter: Json) => parameter.in === 'path')
        .map((parameter: Json) => parameter.name);
      expect(declared.sort(), route.id).toEqual(names.sort());
    }
  });

  it('gives every operation a success, a 500 INTERNAL, and the errors of its kind', () => {
    for (const route of routes) {
      const operation = operationOf(route);
      const statuses = Object.keys(operation.responses);
      expect(
        statuses.some((status) => /^2\d\d$/u.test(status)),
        route.id,
      ).toBe(true);
      expect(codesOf(operation.responses['500']), route.id).toEqual(['INTERNAL']);
      for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
        expect(response.description, `${route.id} ${status}`).toBeTruthy();
        expect(response.headers?.['x-request-id'], `${route.id} ${status}`).toBeDefined();
        if (Number(status) >= 400)
          expect(codesOf(response).length, `${route.id} ${status}`).toBeGreaterThan(0);
      }
      if (route.access !== 'public') {
        expect(codesOf(operation.responses['401'])).toContain('UNAUTHORIZED');
        expect(codesOf(operation.responses['403'])).toContain('FORBIDDEN');
        expect(operation.security).toEqual([{ moderatorJwt: [] }]);
      } else {
        expect(operation.security).toEqual([]);
      }
      if (operation.requestBody) {
        expect(codesOf(operation.responses['400'])).toEqual(
          expect.arrayContaining(['VALIDATION_FAILED', 'MALFORMED_JSON']),
        );
        expect(codesOf(operation.responses['413'])).toEqual(['PAYLOAD_TOO_LARGE']);
        expect(codesOf(operation.responses['415'])).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
      }
    }
  });

  it('names the route-specific statuses and codes of the contract', () => {
    const byId = (id: string) => operationOf(routes.find((route) => route.id === id)!);
    const post = byId('PostComment').responses;
    expect(Object.keys(post)).toEqual(
      expect.arrayContaining(['201', '400', '401', '404', '409', '413', '415', '422', '429', '500']),
    );
    expect(codesOf(post['409'])).toEqual(['ARTICLE_CLOSED', 'IDEMPOTENCY_CONFLICT']);
    expect(codesOf(post['401'])).toContain('INVALID_AUTHOR_TOKEN');
    expect(post['429'].headers['Retry-After']).toBeDefined();
    expect(post['201'].headers.Location).toBeDefined();
    const list = byId('ListComments').responses;
    expect(list['304']).toBeDefined();
    expect(codesOf(list['400'])).toContain('INVALID_CURSOR');
    expect(byId('ReportComment').responses['202'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/AcceptedReport',
    );
    expect(codesOf(byId('ReportComment').responses['404'])).toEqual(['COMMENT_NOT_FOUND']);
    const put = byId('PutPolicy');
    expect(codesOf(put.responses['412'])).toEqual(['PRECONDITION_FAILED']);
    expect(codesOf(put.responses['428'])).toEqual(['PRECONDITION_REQUIRED']);
    expect(put.parameters).toContainEqual(
      expect.objectContaining({ name: 'If-Match', in: 'header', required: true }),
    );
    expect(codesOf(byId('DecideComment').responses['409'])).toEqual(['VERSION_CONFLICT']);
    // In AWS the JWT authorizer answers 401 with its own body.
    expect(byId('ListQueue').responses['401'].content['application/json'].schema.oneOf[1].$ref).toBe(
      '#/components/schemas/GatewayUnauthorized',
    );
  });

  it('knows every error code of shared/errors.ts, plus INTERNAL, ROUTE_NOT_FOUND and UNAUTHORIZED', () => {
    const source = readFileSync(new URL('../../shared/errors.ts', import.meta.url), 'utf8');
    const declared = [...source.matchAll(/'([A-Z][A-Z_]+)'/gu)].map((match) => match[1]);
    const known: string[] = document.components.schemas.Error.properties.error.properties.code.enum;
    for (const code of [...declared, 'INTERNAL', 'ROUTE_NOT_FOUND', 'UNAUTHORIZED'])
      expect(known).toContain(code);
    expect(codesOf(document.components.responses.RouteNotFound)).toEqual(['ROUTE_NOT_FOUND']);
  });

  it('resolves every $ref', () => {
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of new Set(refs)) expect(resolve(ref), ref).toBeDefined();
  });

  it('describes a public comment with exactly its public fields, and a moderator view with its own', () => {
    const schemas = document.components.schemas;
    expect(Object.keys(schemas.PublicComment.properties).sort()).toEqual(publicCommentFields);
    expect(Object.keys(schemas.ModeratorComment.properties)).toEqual(
      expect.arrayContaining([
        'status',
        'version',
        'authorEmail',
        'authorKey',
        'signals',
        'reports',
        'decidedBy',
        'decidedAt',
      ]),
    );
    expect(schemas.PostCommentRequest.additionalProperties).toBe(false);
    expect(schemas.PostCommentRequest.properties.body).toMatchObject({ minLength: 1, maxLength: 5000 });
    expect(schemas.ReportRequest.properties.reason.enum).toEqual(['spam', 'abuse', 'off_topic', 'other']);
    expect(document.components.securitySchemes.moderatorJwt).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
  });
});
