import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { esmRequireBanner } from '../../infra/constructs/comment-function.ts';
import { cacheablePath, cacheKeyQueryStrings, widgetPath } from '../../infra/constructs/edge.ts';
import { relay, requiredGroup, routes } from '../../infra/routes.ts';
import { apiThrottle, cors } from '../../infra/stack.ts';
import { relayBatchSize, relayFilterPatterns, table } from '../../infra/table.ts';
import { resourcesOf, type Synthesized, synth } from './synth.ts';

const prodOrigins = 'https://news.example,https://www.news.example';
let dev: Synthesized;
let prod: Synthesized;

beforeAll(() => {
  // The dev stage bundles every handler for real (esbuild, no Docker); prod reuses the tree without bundling.
  dev = synth({ stage: 'dev' }, { bundle: true });
  prod = synth({ stage: 'prod', allowedOrigins: prodOrigins });
});

/** Our functions (one per route, and the relay), not the CDK's own custom-resource handlers. */
const functionIds = [...routes.map((route) => route.id), relay.id];
const ownResource = (logicalId: string, part: string) =>
  functionIds.some((id) => new RegExp(`^${id}${part}[A-F0-9]{8}$`).test(logicalId));
const functionsOf = (s: Synthesized) =>
  resourcesOf(s.template, 'AWS::Lambda::Function').filter(([logicalId]) =>
    ownResource(logicalId, 'Function'),
  );

/** The function made for a route or the relay, found by the construct id prefix of its logical id. */
function functionProps(s: Synthesized, id: string): Record<string, unknown> {
  const match = functionsOf(s).find(([logicalId]) => logicalId.startsWith(`${id}Function`));
  if (!match) throw new Error(`no function for ${id}`);
  return match[1];
}

describe('the comments table', () => {
  it('has the declared keys, on-demand billing, PITR, TTL and a NEW_AND_OLD_IMAGES stream', () => {
    dev.template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: table.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: table.sortKey.name, KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: table.timeToLiveAttribute, Enabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
  });

  it('has every declared index, projecting all attributes', () => {
    const [[, props]] = resourcesOf(dev.template, 'AWS::DynamoDB::Table') as [
      [string, Record<string, unknown>],
    ];
    const indexes = props.GlobalSecondaryIndexes as {
      IndexName: string;
      KeySchema: unknown;
      Projection: unknown;
    }[];
    expect(indexes.map((index) => index.IndexName).sort()).toEqual(
      table.indexes.map((index) => index.name).sort(),
    );
    for (const declared of table.indexes) {
      expect(indexes.find((index) => index.IndexName === declared.name)).toMatchObject({
        KeySchema: [
          { AttributeName: declared.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: declared.sortKey.name, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      });
    }
  });

  it('is destroyed with a dev stage and retained, deletion-protected, in prod', () => {
    dev.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
    });
    prod.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
  });
});

describe('the HTTP API', () => {
  it('has one route per declaration, each to its own function', () => {
    const declared = routes.map((route) => `${route.method} ${route.path}`).sort();
    const made = resourcesOf(dev.template, 'AWS::ApiGatewayV2::Route').map(([, props]) => props.RouteKey);
    expect(made.sort()).toEqual(declared);
    expect(resourcesOf(dev.template, 'AWS::ApiGatewayV2::Integration')).toHaveLength(routes.length);
    // One function per route, plus the relay.
    expect(functionsOf(dev)).toHaveLength(routes.length + 1);
  });

  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))(
    'guards %s as its access says',
    (routeKey, route) => {
      const [[, props]] = resourcesOf(dev.template, 'AWS::ApiGatewayV2::Route').filter(
        ([, p]) => p.RouteKey === routeKey,
      ) as [[string, Record<string, unknown>]];
      if (requiredGroup(route.access)) {
        expect(props.AuthorizationType).toBe('JWT');
        expect(props.AuthorizerId).toBeDefined();
      } else {
        expect(props.AuthorizationType).toBe('NONE');
        expect(props.AuthorizerId).toBeUndefined();
      }
    },
  );

  it('checks moderators with a JWT authorizer whose issuer is the user pool and audience its client', () => {
    const [[poolId]] = resourcesOf(dev.template, 'AWS::Cognito::UserPool') as [[string, unknown]];
    const [[clientId]] = resourcesOf(dev.template, 'AWS::Cognito::UserPoolClient') as [[string, unknown]];
    dev.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: clientId }],
        Issuer: {
          'Fn::Join': [
            '',
            Match.arrayWith([Match.stringLikeRegexp('^https://cognito-idp\\.'), { Ref: poolId }]),
          ],
        },
      },
    });
  });

  it('answers CORS for the configured origins with the contract headers', () => {
    prod.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: {
        AllowOrigins: prodOrigins.split(','),
        AllowMethods: [...cors.allowMethods],
        AllowHeaders: [...cors.allowHeaders],
        ExposeHeaders: [...cors.exposeHeaders],
      },
    });
    dev.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: ['http://localhost:3000', 'http://127.0.0.1:3000'],
      }),
    });
  });

  it('logs access and throttles the default stage', () => {
    dev.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: {
        DestinationArn: Match.anyValue(),
        Format: Match.stringLikeRegexp('\\$context.requestId'),
      },
      DefaultRouteSettings: {
        ThrottlingRateLimit: apiThrottle.rateLimit,
        ThrottlingBurstLimit: apiThrottle.burstLimit,
      },
    });
  });
});

describe('the moderators user pool', () => {
  it('admits no self sign-up, signs in by email and asks for strong passwords', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      UsernameAttributes: ['email'],
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 14,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        }),
      },
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
  });

  it('requires TOTP MFA in production only', () => {
    prod.template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
    dev.template.hasResourceProperties('AWS::Cognito::UserPool', { MfaConfiguration: 'OPTIONAL' });
  });

  it('has the moderators and admins groups and a public client for the moderation tool', () => {
    for (const group of ['moderators', 'admins']) {
      dev.template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: group });
    }
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      PreventUserExistenceErrors: 'ENABLED',
      ExplicitAuthFlows: Match.arrayWith(['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']),
    });
  });
});

describe('every function', () => {
  it('runs Node.js 24 on ARM64 with tracing and the shared environment, without loading source maps at init', () => {
    for (const [, props] of functionsOf(dev)) {
      expect(props).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogGroup: { Ref: expect.any(String) } },
        Environment: {
          Variables: expect.objectContaining({
            TABLE_NAME: { Ref: expect.stringMatching(/^Comments/) },
            POWERTOOLS_SERVICE_NAME: 'comments',
            POWERTOOLS_METRICS_NAMESPACE: expect.any(String),
          }),
        },
      });
      expect((props as { Environment: { Variables: object } }).Environment.Variables).not.toHaveProperty(
        'NODE_OPTIONS',
      );
    }
  });

  it('gives HTTP functions 512 MB, 10 s and the keys secret; the relay 256 MB, 30 s and the queue URL', () => {
    for (const route of routes) {
      expect(functionProps(dev, route.id)).toMatchObject({
        MemorySize: 512,
        Timeout: 10,
        Environment: { Variables: expect.objectContaining({ SECRETS_ARN: { Ref: expect.any(String) } }) },
      });
    }
    const relayProps = functionProps(dev, relay.id);
    expect(relayProps).toMatchObject({
      MemorySize: 256,
      Timeout: 30,
      Environment: {
        Variables: expect.objectContaining({ APPROVED_QUEUE_URL: { Ref: expect.any(String) } }),
      },
    });
    expect((relayProps.Environment as { Variables: object }).Variables).not.toHaveProperty('SECRETS_ARN');
  });

  it('keeps its logs in its own log group, a week in dev and three months (retained) in prod', () => {
    const retentions = (s: Synthesized) =>
      resourcesOf(s.template, 'AWS::Logs::LogGroup').map(([, props]) => props.RetentionInDays);
    expect(new Set(retentions(dev))).toEqual(new Set([7]));
    expect(new Set(retentions(prod))).toEqual(new Set([90]));
    prod.template.allResources('AWS::Logs::LogGroup', { DeletionPolicy: 'Retain' });
  });

  it('is bundled as an ESM module with the createRequire banner and node:http required, not imported', () => {
    const outdir = (dev.stack.node.root as { outdir?: string }).outdir;
    if (!outdir) throw new Error('no assembly directory');
    const assets = JSON.parse(readFileSync(join(outdir, `${dev.stack.artifactId}.assets.json`), 'utf8')) as {
      files: Record<string, { source: { path: string } }>;
    };
    const bundles = Object.values(assets.files)
      .map((file) => join(outdir, file.source.path, 'index.mjs'))
      .filter((path) => existsSync(path));
    expect(bundles).toHaveLength(routes.length + 1);
    for (const bundle of bundles) {
      const code = readFileSync(bundle, 'utf8');
      expect(code.startsWith(esmRequireBanner)).toBe(true);
      // node:http through the shim, not an ESM import (whose facade loads undici at init).
      expect(code).not.toMatch(/from\s*["']node:http["']/);
      expect(code).toMatch(/export\s*\{[^}]*\bas handler\b|export\s*\{\s*\w+ as handler/);
      expect(existsSync(`${bundle}.map`)).toBe(true);
    }
  });

  it('may write its own logs; HTTP functions read and write the table and read the secret', () => {
    const [[, postPolicy]] = resourcesOf(dev.template, 'AWS::IAM::Policy').filter(([id]) =>
      id.startsWith('PostCommentRoleDefaultPolicy'),
    ) as [[string, Record<string, unknown>]];
    const actions = JSON.stringify(postPolicy);
    for (const action of [
      'dynamodb:PutItem',
      'dynamodb:Query',
      'secretsmanager:GetSecretValue',
      'logs:PutLogEvents',
    ]) {
      expect(actions).toContain(action);
    }
    expect(actions).not.toContain('sqs:');
    const roles = resourcesOf(dev.template, 'AWS::IAM::Role').filter(([logicalId]) =>
      ownResource(logicalId, 'Role'),
    );
    expect(roles).toHaveLength(routes.length + 1);
    for (const [, role] of roles) expect(role.ManagedPolicyArns).toBeUndefined();
  });
});

describe('the relay', () => {
  it('reads the table stream from the trim horizon with the declared filters and batch size', () => {
    dev.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Comments'), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: relayBatchSize,
      FilterCriteria: {
        Filters: relayFilterPatterns.map((pattern) => ({ Pattern: JSON.stringify(pattern) })),
      },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      MaximumRecordAgeInSeconds: 86400,
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('^RelayFailures'), 'Arn'] } },
      },
    });
  });

  it('may send to the approved-comments queue and nothing else of it', () => {
    const [[, policy]] = resourcesOf(dev.template, 'AWS::IAM::Policy').filter(([id]) =>
      id.startsWith('RelayRoleDefaultPolicy'),
    ) as [[string, { PolicyDocument: { Statement: { Action: string | string[]; Resource: unknown }[] } }]];
    const statements = policy.PolicyDocument.Statement;
    const sqsStatements = statements.filter((s) => JSON.stringify(s.Action).includes('sqs:'));
    const approved = sqsStatements.filter((s) => JSON.stringify(s.Resource).includes('ApprovedComments'));
    expect(approved).toEqual([
      expect.objectContaining({
        Action: 'sqs:SendMessage',
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^ApprovedComments[A-F0-9]/), 'Arn'] },
      }),
    ]);
    expect(JSON.stringify(statements)).not.toContain('dynamodb:PutItem');
    expect(JSON.stringify(statements)).not.toContain('secretsmanager:');
  });
});

describe('the approved-comments queue', () => {
  it('is FIFO, deduplicated per message group by the relay, encrypted, with a FIFO DLQ after 5 receives', () => {
    dev.template.hasResourceProperties('AWS::SQS::Queue', {
      QueueName: 'approved-comments-dev.fifo',
      FifoQueue: true,
      ContentBasedDeduplication: false,
      DeduplicationScope: 'messageGroup',
      FifoThroughputLimit: 'perMessageGroupId',
      SqsManagedSseEnabled: true,
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ApprovedCommentsDlq'), 'Arn'] },
        maxReceiveCount: 5,
      },
    });
    dev.template.hasResourceProperties('AWS::SQS::Queue', {
      QueueName: 'approved-comments-dev-dlq.fifo',
      FifoQueue: true,
      SqsManagedSseEnabled: true,
    });
  });

  it('refuses requests without TLS', () => {
    for (const [, props] of resourcesOf(dev.template, 'AWS::SQS::QueuePolicy')) {
      expect(JSON.stringify(props)).toContain('"aws:SecureTransport":"false"');
    }
    expect(resourcesOf(dev.template, 'AWS::SQS::QueuePolicy')).toHaveLength(3);
  });
});

describe('the keys secret', () => {
  it('holds the three keys, each generated by Secrets Manager, none in the template', () => {
    const secrets = resourcesOf(dev.template, 'AWS::SecretsManager::Secret');
    const generated = secrets.filter(([, props]) => props.GenerateSecretString);
    expect(generated).toHaveLength(3);
    const [[, keys]] = secrets.filter(([, props]) => props.SecretString) as [
      [string, Record<string, unknown>],
    ];
    const value = JSON.stringify(keys.SecretString);
    for (const key of ['authorTokenSecret', 'pseudonymSecret', 'cursorSecret']) {
      expect(value).toContain(`\\"${key}\\":\\"{{resolve:secretsmanager:`);
    }
  });

  it('is retained in prod and deleted with a dev stage', () => {
    prod.template.allResources('AWS::SecretsManager::Secret', { DeletionPolicy: 'Retain' });
    dev.template.allResources('AWS::SecretsManager::Secret', { DeletionPolicy: 'Delete' });
  });
});

describe('the CDN', () => {
  const behaviors = (s: Synthesized) => {
    const [[, props]] = resourcesOf(s.template, 'AWS::CloudFront::Distribution') as [
      [
        string,
        {
          DistributionConfig: {
            CacheBehaviors: Record<string, unknown>[];
            DefaultCacheBehavior: Record<string, unknown>;
          };
        },
      ],
    ];
    return props.DistributionConfig;
  };

  it('serves the comment lists from a cache that honours the API Cache-Control up to 60 s', () => {
    const listBehavior = behaviors(dev).CacheBehaviors[0];
    expect(listBehavior).toMatchObject({ PathPattern: cacheablePath, ViewerProtocolPolicy: 'https-only' });
    dev.template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: {
        MinTTL: 0,
        DefaultTTL: 0,
        MaxTTL: 60,
        ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({
          QueryStringsConfig: { QueryStringBehavior: 'whitelist', QueryStrings: [...cacheKeyQueryStrings] },
          CookiesConfig: { CookieBehavior: 'none' },
          HeadersConfig: { HeaderBehavior: 'whitelist', Headers: ['Origin'] },
        }),
      },
    });
  });

  it('passes every other /v1 path through uncached, forwarding the headers the API reads and the viewer address', () => {
    const config = behaviors(dev);
    const patterns = config.CacheBehaviors.map((b) => b.PathPattern);
    expect(patterns).toEqual([cacheablePath, '/v1/moderation/*', '/v1/*', widgetPath]);
    const uncached = config.CacheBehaviors.find((b) => b.PathPattern === '/v1/*');
    expect(uncached).toMatchObject({
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // CachingDisabled
      OriginRequestPolicyId: { Ref: expect.stringMatching(/ApiOriginRequestPolicy/) },
      AllowedMethods: expect.arrayContaining(['POST', 'PUT', 'DELETE', 'OPTIONS']),
    });
    dev.template.hasResourceProperties('AWS::CloudFront::OriginRequestPolicy', {
      OriginRequestPolicyConfig: Match.objectLike({
        HeadersConfig: {
          HeaderBehavior: 'whitelist',
          Headers: Match.arrayWith(['User-Agent', 'CloudFront-Viewer-Address']),
        },
      }),
    });
  });

  it('serves the widget from a private bucket through Origin Access Control', () => {
    const config = behaviors(dev);
    expect(config.CacheBehaviors.find((b) => b.PathPattern === widgetPath)).toMatchObject({
      ViewerProtocolPolicy: 'redirect-to-https',
    });
    dev.template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    dev.template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'widget-bucket/' }),
    });
  });

  it('empties its buckets with a dev stage and keeps them in prod', () => {
    dev.template.resourceCountIs('Custom::S3AutoDeleteObjects', 2);
    prod.template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
    prod.template.allResources('AWS::S3::Bucket', { DeletionPolicy: 'Retain' });
  });
});

describe('observability', () => {
  const alarmMetricNames = (s: Synthesized) =>
    resourcesOf(s.template, 'AWS::CloudWatch::Alarm').map(([, props]) => JSON.stringify(props));

  it('alarms on both dead-letter queues, the relay iterator age and the API 5xx rate', () => {
    const alarms = alarmMetricNames(dev);
    const depthAlarms = alarms.filter((a) => a.includes('ApproximateNumberOfMessagesVisible'));
    expect(depthAlarms.some((a) => a.includes('ApprovedCommentsDlq'))).toBe(true);
    expect(depthAlarms.some((a) => a.includes('RelayFailures'))).toBe(true);
    expect(alarms.some((a) => a.includes('"MetricName":"IteratorAge"'))).toBe(true);
    expect(
      alarms.some((a) => a.includes('"MetricName":"5xx"') && a.includes('100 * errors / requests')),
    ).toBe(true);
  });

  it('alarms on the errors and throttles of every function, all to the SNS topic', () => {
    const alarms = alarmMetricNames(dev);
    const functionCount = routes.length + 1;
    expect(alarms.filter((a) => a.includes('"MetricName":"Errors"'))).toHaveLength(functionCount);
    expect(alarms.filter((a) => a.includes('"MetricName":"Throttles"'))).toHaveLength(functionCount);
    const [[topicId]] = resourcesOf(dev.template, 'AWS::SNS::Topic') as [[string, unknown]];
    dev.template.allResourcesProperties('AWS::CloudWatch::Alarm', { AlarmActions: [{ Ref: topicId }] });
  });

  it('has one dashboard', () => {
    dev.template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    dev.template.hasResourceProperties('AWS::CloudWatch::Dashboard', { DashboardName: 'comments-dev' });
  });
});

describe('outputs', () => {
  it.each([
    'ApiUrl',
    'CdnUrl',
    'WidgetUrl',
    'UserPoolId',
    'UserPoolClientId',
    'ApprovedQueueUrl',
    'ApprovedQueueArn',
  ])('exports %s', (name) => {
    dev.template.hasOutput(name, { Value: Match.anyValue() });
  });
});

describe('checks', () => {
  it('leaves no cdk-nag or CloudFormation rule finding unacknowledged in dev or prod', () => {
    expect(dev.unacknowledged).toEqual([]);
    expect(prod.unacknowledged).toEqual([]);
  });

  it('gives every acknowledgement a specific reason', () => {
    const all = [...dev.acknowledgements, ...prod.acknowledgements];
    expect(all.length).toBeGreaterThan(0);
    for (const { id, reason } of all) {
      expect(id).toMatch(/^(AwsSolutions::AwsSolutions-|Annotation::)/);
      expect(reason.length, `${id}: ${reason}`).toBeGreaterThan(40);
    }
  });

  it('warns when a production stage lets no browser origin in', () => {
    const bare = synth({ stage: 'prod' });
    expect(bare.unacknowledged.join('\n')).toContain('noAllowedOrigins');
  });
});
