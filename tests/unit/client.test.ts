import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { clientOf } from '../../adapters/http/client.ts';

const event = (headers: Record<string, string>) =>
  ({ headers, requestContext: { http: { sourceIp: '203.0.113.9' } } }) as unknown as APIGatewayProxyEventV2;

describe('the client of a request', () => {
  it('is the viewer CloudFront names, not the edge that called the API', () => {
    expect(
      clientOf(event({ 'cloudfront-viewer-address': '198.51.100.10:46532', 'user-agent': 'ua' })),
    ).toEqual({
      ip: '198.51.100.10',
      userAgent: 'ua',
    });
  });
  it('keeps an IPv6 viewer address whole but for its port', () => {
    expect(clientOf(event({ 'cloudfront-viewer-address': '2001:db8::1:443' })).ip).toBe('2001:db8::1');
  });
  it('is the source IP without a CDN in front', () => {
    expect(clientOf(event({}))).toEqual({ ip: '203.0.113.9', userAgent: '' });
  });
});
