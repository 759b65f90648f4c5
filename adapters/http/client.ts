import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/**
 * The reader's address. Behind CloudFront, API Gateway's source IP is the
 * edge's, so the CDN's `CloudFront-Viewer-Address` (`ip:port`) names the
 * reader; without the CDN (and locally) the source IP does.
 */
export function clientOf(event: APIGatewayProxyEventV2): { ip: string; userAgent: string } {
  const viewer = event.headers['cloudfront-viewer-address'];
  const ip = viewer ? viewer.slice(0, viewer.lastIndexOf(':')) || viewer : event.requestContext.http.sourceIp;
  return { ip, userAgent: event.headers['user-agent'] ?? '' };
}
