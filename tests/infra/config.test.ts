import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CfnResource } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { readStageConfig, StageConfigError } from '../../infra/config.ts';
import { createApp } from '../../infra/stack.ts';
import { resourcesOf, synth } from './synth.ts';

const reader =
  (context: Record<string, unknown>) =>
  (key: string): unknown =>
    context[key];
const certificateArn = 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';

describe('stage configuration', () => {
  it('reads a dev stage with the local demo origins by default', () => {
    expect(readStageConfig(reader({ stage: 'dev' }))).toEqual({
      stage: 'dev',
      production: false,
      allowedOrigins: ['http://localhost:3000', 'http://127.0.0.1:3000'],
      wafEnabled: false,
      wafPostRateLimit: 100,
    });
  });

  it('treats prod as production and reads comma-separated origins from the command line', () => {
    const config = readStageConfig(
      reader({ stage: 'prod', allowedOrigins: 'https://a.example, https://b.example' }),
    );
    expect(config.production).toBe(true);
    expect(config.allowedOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('lets cdk.json name the production-like stages and give origins as an array', () => {
    const config = readStageConfig(
      reader({ stage: 'live', productionStages: ['live'], allowedOrigins: ['https://news.example'] }),
    );
    expect(config).toMatchObject({ production: true, allowedOrigins: ['https://news.example'] });
  });

  it('reads booleans and numbers given as strings by -c', () => {
    const config = readStageConfig(reader({ stage: 'dev', wafEnabled: 'true', wafPostRateLimit: '500' }), {
      region: 'us-east-1',
    });
    expect(config).toMatchObject({ wafEnabled: true, wafPostRateLimit: 500 });
  });

  it('takes a custom domain as one object or as two flat keys', () => {
    const domain = { domainName: 'comments.news.example', certificateArn };
    expect(readStageConfig(reader({ stage: 'dev', customDomain: domain })).customDomain).toEqual(domain);
    expect(readStageConfig(reader({ stage: 'dev', ...domain })).customDomain).toEqual(domain);
  });

  it.each([
    [{}, /stage: missing/],
    [{ stage: 'Prod_1' }, /stage: must be 1\.\.20 of lowercase/],
    [{ stage: 'prod', allowedOrigins: 'http://news.example' }, /must use https/],
    [{ stage: 'prod', allowedOrigins: 'http://localhost:3000' }, /must use https/],
    [{ stage: 'dev', allowedOrigins: 'https://news.example/' }, /bare origin/],
    [{ stage: 'dev', allowedOrigins: 'news.example' }, /is not a URL/],
    [{ stage: 'dev', wafEnabled: 'yes' }, /wafEnabled/],
    [{ stage: 'dev', wafEnabled: true }, /must be created in us-east-1/],
    [{ stage: 'dev', domainName: 'comments.news.example' }, /give both or neither/],
    [
      {
        stage: 'dev',
        customDomain: {
          domainName: 'comments.news.example',
          certificateArn: certificateArn.replace('us-east-1', 'eu-west-1'),
        },
      },
      /us-east-1/,
    ],
    [
      { stage: 'dev', webAclArn: 'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/x/1' },
      /CLOUDFRONT-scope/,
    ],
    [{ stage: 'dev', alarmEmail: 'ops' }, /alarmEmail: must be an email/],
  ])('rejects %j', (context, message) => {
    expect(() => readStageConfig(reader(context))).toThrow(StageConfigError);
    expect(() => readStageConfig(reader(context))).toThrow(message);
  });

  it('lists every problem at once', () => {
    expect(() =>
      readStageConfig(reader({ stage: 'prod', allowedOrigins: 'http://a.example', alarmEmail: 'x' })),
    ).toThrow(/allowedOrigins[\s\S]*alarmEmail/);
  });
});

describe('optional edge features', () => {
  it('creates a CLOUDFRONT web ACL with a per-IP rate limit on POST when WAF is enabled in us-east-1', () => {
    // With a concrete account and a built widget, as an operator deploys it: cdk-nag must still pass.
    const widgetDir = mkdtempSync(join(tmpdir(), 'widget-dist-'));
    writeFileSync(join(widgetDir, 'leave-a-comment.js'), 'console.log("widget");\n');
    const waf = synth(
      { stage: 'dev', wafEnabled: 'true', wafPostRateLimit: '300' },
      { env: { account: '123456789012', region: 'us-east-1' }, widgetDir },
    );
    waf.template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: 'PostRateLimit',
          Action: { Block: {} },
          Statement: {
            RateBasedStatement: Match.objectLike({
              Limit: 300,
              AggregateKeyType: 'IP',
              ScopeDownStatement: {
                ByteMatchStatement: Match.objectLike({ FieldToMatch: { Method: {} }, SearchString: 'POST' }),
              },
            }),
          },
        }),
      ]),
    });
    const [[aclId]] = resourcesOf(waf.template, 'AWS::WAFv2::WebACL') as [[string, unknown]];
    waf.template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ WebACLId: { 'Fn::GetAtt': [aclId, 'Arn'] } }),
    });
    expect(waf.unacknowledged).toEqual([]);
    expect(waf.acknowledgements.map((a) => a.id)).not.toContain('AwsSolutions::AwsSolutions-CFR2');
  });

  it('serves a custom domain with its certificate and TLS 1.2 at least', () => {
    const domain = synth({ stage: 'dev', domainName: 'comments.news.example', certificateArn });
    domain.template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['comments.news.example'],
        ViewerCertificate: {
          AcmCertificateArn: certificateArn,
          MinimumProtocolVersion: 'TLSv1.2_2021',
          SslSupportMethod: 'sni-only',
        },
      }),
    });
    domain.template.hasOutput('CdnUrl', { Value: 'https://comments.news.example' });
    expect(domain.unacknowledged).toEqual([]);
  });

  it('deploys a built widget to /widget/ and invalidates it on the CDN', () => {
    const widgetDir = mkdtempSync(join(tmpdir(), 'widget-dist-'));
    writeFileSync(join(widgetDir, 'widget.js'), 'console.log("widget");\n');
    const withWidget = synth({ stage: 'dev', alarmEmail: 'ops@news.example' }, { widgetDir });
    withWidget.template.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketKeyPrefix: 'widget/',
      DistributionPaths: ['/widget/*'],
    });
    withWidget.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@news.example',
    });
    expect(withWidget.unacknowledged).toEqual([]);
  });

  it('synthesizes without a widget build, as a fresh clone does', () => {
    const fresh = synth({ stage: 'dev' }, { widgetDir: join(tmpdir(), 'no-such-widget-build') });
    fresh.template.resourceCountIs('Custom::CDKBucketDeployment', 0);
  });
});

describe('template validation', () => {
  it('fails the synth on a CloudFormation rule, not only warns', () => {
    const { app, stack } = createApp({
      context: { stage: 'dev', 'aws:cdk:bundling-stacks': [] },
      outdir: mkdtempSync(join(tmpdir(), 'comments-cdk-')),
      env: {},
    });
    new CfnResource(stack, 'Broken', { type: 'AWS::SQS::Queue', properties: { DelaySeconds: 'soon' } });
    expect(() => app.synth()).toThrow(/CloudFormation-Validate::F3012/);
  });
});
