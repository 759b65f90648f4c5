import { existsSync, readdirSync } from 'node:fs';
import { Annotations, Duration, Fn, type RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/** The cacheable read; everything else under /v1 goes to the API uncached. */

/** Viewer headers the API reads (Authorization travels in the moderation cache key instead). */
export const apiOriginHeaders = [
  'Content-Type',
  'User-Agent',
  'If-Match',
  'If-None-Match',
  'Origin',
  'X-Correlation-Id',
  'Access-Control-Request-Method',
  'Access-Control-Request-Headers',
  'CloudFront-Viewer-Address',
];
export const cacheablePath = '/v1/articles/*/comments';
export const widgetPath = '/widget/*';
/** The query strings that change what the cacheable read returns. */
export const cacheKeyQueryStrings = ['limit', 'cursor', 'order'] as const;

export interface EdgeProps {
  stage: string;
  production: boolean;
  removalPolicy: RemovalPolicy;
  /** `https://<id>.execute-api.<region>.amazonaws.com` of the HTTP API. */
  apiEndpoint: string;
  /** The built widget (`widget/dist`); deployed to `/widget/` when it exists. */
  widgetDir: string;
  customDomain?: { domainName: string; certificateArn: string };
  wafEnabled: boolean;
  webAclArn?: string;
  wafPostRateLimit: number;
}

/**
 * CloudFront in front of the API and the widget: readers' comment lists come
 * from the edge for as long as the API's Cache-Control allows (60 s at most),
 * every other API path passes through uncached, and the widget script is served
 * from a private bucket through Origin Access Control.
 */
export class Edge extends Construct {
  readonly distribution: cloudfront.Distribution;
  readonly widgetBucket: s3.Bucket;
  readonly logsBucket: s3.Bucket;
  readonly webAcl?: wafv2.CfnWebACL;
  /** `https://` + the name readers use. */
  readonly url: string;
  readonly widgetDeployed: boolean;

  constructor(scope: Construct, id: string, props: EdgeProps) {
    super(scope, id);
    const autoDeleteObjects = !props.production;

    this.logsBucket = new s3.Bucket(this, 'LogsBucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // CloudFront standard logging writes with ACLs.
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: props.removalPolicy,
      autoDeleteObjects,
    });
    Validations.of(this.logsBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging it into itself would loop.',
    });

    this.widgetBucket = new s3.Bucket(this, 'WidgetBucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: props.production,
      serverAccessLogsBucket: this.logsBucket,
      serverAccessLogsPrefix: 'widget-bucket/',
      removalPolicy: props.removalPolicy,
      autoDeleteObjects,
    });

    const apiOrigin = new origins.HttpOrigin(Fn.select(2, Fn.split('/', props.apiEndpoint)), {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
    });
    const widgetOrigin = origins.S3BucketOrigin.withOriginAccessControl(this.widgetBucket);

    const commentsCachePolicy = new cloudfront.CachePolicy(this, 'CommentsCachePolicy', {
      comment: 'Comment lists: honour the API Cache-Control, at most 60 s',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(60),
      queryStringBehavior: cloudfront.CacheQueryStringBehavior.allowList(...cacheKeyQueryStrings),
      cookieBehavior: cloudfront.CacheCookieBehavior.none(),
      // The API answers CORS per Origin, so one origin's answer must not serve another.
      headerBehavior: cloudfront.CacheHeaderBehavior.allowList('Origin'),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    // GET and HEAD only reach the origin with Authorization when it is part of the
    // cache key. Keying on it (with a 1 s ceiling, and the API's no-store) keeps
    // moderators' reads per token and effectively uncached.
    const moderationCachePolicy = new cloudfront.CachePolicy(this, 'ModerationCachePolicy', {
      comment: 'Moderation API: pass Authorization, never share a response between tokens',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      queryStringBehavior: cloudfront.CacheQueryStringBehavior.all(),
      cookieBehavior: cloudfront.CacheCookieBehavior.none(),
      headerBehavior: cloudfront.CacheHeaderBehavior.allowList('Authorization'),
    });

    // What the API reads of a request, plus the viewer's own address: behind the
    // CDN, the source IP API Gateway sees is CloudFront's, and rate limits are per reader.
    const apiOriginRequestPolicy = new cloudfront.OriginRequestPolicy(this, 'ApiOriginRequestPolicy', {
      comment: 'Comments API: the headers handlers read and CloudFront-Viewer-Address',
      headerBehavior: cloudfront.OriginRequestHeaderBehavior.allowList(...apiOriginHeaders),
      queryStringBehavior: cloudfront.OriginRequestQueryStringBehavior.all(),
      cookieBehavior: cloudfront.OriginRequestCookieBehavior.none(),
    });

    const apiBehavior = (cachePolicy: cloudfront.ICachePolicy): cloudfront.BehaviorOptions => ({
      origin: apiOrigin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachedMethods: cloudfront.CachedMethods.CACHE_GET_HEAD,
      cachePolicy,
      originRequestPolicy: apiOriginRequestPolicy,
      compress: true,
    });
    const widgetBehavior: cloudfront.BehaviorOptions = {
      origin: widgetOrigin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy: cloudfront.ResponseHeadersPolicy.SECURITY_HEADERS,
      compress: true,
    };

    if (props.wafEnabled) {
      this.webAcl = this.createWebAcl(props);
    }
    const webAclId = this.webAcl?.attrArn ?? props.webAclArn;

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `Comments ${props.stage}: API and widget`,
      defaultBehavior: widgetBehavior,
      additionalBehaviors: {
        // Order matters: CloudFront takes the first pattern that matches.
        [cacheablePath]: apiBehavior(commentsCachePolicy),
        '/v1/moderation/*': apiBehavior(moderationCachePolicy),
        '/v1/*': apiBehavior(cloudfront.CachePolicy.CACHING_DISABLED),
        [widgetPath]: widgetBehavior,
      },
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logsBucket,
      logFilePrefix: 'cdn/',
      ...(webAclId ? { webAclId } : {}),
      ...(props.customDomain
        ? {
            domainNames: [props.customDomain.domainName],
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
            certificate: acm.Certificate.fromCertificateArn(
              this,
              'Certificate',
              props.customDomain.certificateArn,
            ),
          }
        : {}),
    });
    this.url = `https://${props.customDomain?.domainName ?? this.distribution.distributionDomainName}`;

    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'Readers of a news site come from anywhere; geographic restriction would be an editorial decision, not a default.',
    });
    if (!webAclId) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR2',
        reason: `WAF is off for stage "${props.stage}" (-c wafEnabled=true in us-east-1, or -c webAclArn=...); the API still rate-limits posts per client and the stage throttles.`,
      });
    }
    if (!props.customDomain) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain the distribution uses the *.cloudfront.net certificate, whose security policy CloudFront fixes (TLSv1); TLSv1.2_2021 applies once customDomain is set.',
      });
    }

    this.widgetDeployed = this.deployWidget(props.widgetDir);
  }

  /** A CLOUDFRONT-scope web ACL: AWS managed rule groups and a per-IP rate limit on POST. */
  private createWebAcl(props: EdgeProps): wafv2.CfnWebACL {
    const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      metricName,
      sampledRequestsEnabled: true,
    });
    const managed = (
      name: string,
      priority: number,
      excluded: string[] = [],
    ): wafv2.CfnWebACL.RuleProperty => ({
      name,
      priority,
      overrideAction: { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: 'AWS',
          name,
          ...(excluded.length > 0
            ? { ruleActionOverrides: excluded.map((rule) => ({ name: rule, actionToUse: { count: {} } })) }
            : {}),
        },
      },
      visibilityConfig: visibility(name),
    });
    return new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`comments-${props.stage}`),
      rules: [
        {
          name: 'PostRateLimit',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: props.wafPostRateLimit,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                byteMatchStatement: {
                  fieldToMatch: { method: {} },
                  positionalConstraint: 'EXACTLY',
                  searchString: 'POST',
                  textTransformations: [{ priority: 0, type: 'NONE' }],
                },
              },
            },
          },
          visibilityConfig: visibility('PostRateLimit'),
        },
        managed('AWSManagedRulesAmazonIpReputationList', 1),
        // The API takes bodies up to 32 KiB; the common set would block those over 8 KiB.
        managed('AWSManagedRulesCommonRuleSet', 2, ['SizeRestrictions_BODY']),
        managed('AWSManagedRulesKnownBadInputsRuleSet', 3),
      ],
    });
  }

  /**
   * Uploads widget/dist when it has been built. A fresh clone has no build yet, so
   * synth must not depend on it: the stack then deploys an empty /widget/.
   */
  private deployWidget(widgetDir: string): boolean {
    const built = existsSync(widgetDir) && readdirSync(widgetDir).length > 0;
    if (!built) {
      Annotations.of(this).addInfo(
        `No widget build at ${widgetDir}: /widget/ stays empty. Build the widget, then deploy again to publish it.`,
      );
      return false;
    }
    const deployment = new s3deploy.BucketDeployment(this, 'WidgetDeployment', {
      sources: [s3deploy.Source.asset(widgetDir)],
      destinationBucket: this.widgetBucket,
      destinationKeyPrefix: 'widget/',
      distribution: this.distribution,
      distributionPaths: [widgetPath],
      memoryLimit: 256,
    });
    const stack = Stack.of(this);
    const bucketLogicalId = stack.resolve((this.widgetBucket.node.defaultChild as s3.CfnBucket).logicalId);
    const handlerReason =
      'The handler role of the CDK BucketDeployment is made by aws-cdk-lib: it copies the widget asset from the CDK asset bucket into the widget bucket, removes stale files and invalidates /widget/*';
    // The deployment's handler is a CDK-provided singleton at the stack's root.
    const handlers = stack.node.children.filter((child) =>
      child.node.id.startsWith('Custom::CDKBucketDeployment'),
    );
    for (const scope of [deployment, ...handlers]) {
      Validations.of(scope).acknowledge(
        {
          id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
          reason: `${handlerReason}; the managed policy only lets it write its own logs.`,
        },
        {
          id: 'AwsSolutions-L1',
          reason:
            'The runtime of the CDK BucketDeployment handler is chosen and updated by aws-cdk-lib, not by this project.',
        },
        ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => ({
          id: `AwsSolutions-IAM5[Action::${action}]`,
          reason: `${handlerReason}; ${action} is the action group grantRead/grantReadWrite use, limited to the asset bucket and the widget bucket.`,
        })),
        {
          id: `AwsSolutions-IAM5[Resource::${assetBucketArn(stack)}/*]`,
          reason: `${handlerReason}; it reads the widget asset, whose key is known only at publish time, from the bootstrap asset bucket.`,
        },
        {
          id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/*]`,
          reason: `${handlerReason}; it writes and prunes any object under /widget/ of the widget bucket.`,
        },
        {
          id: 'AwsSolutions-IAM5[Resource::*]',
          reason: `${handlerReason}; cloudfront:CreateInvalidation and GetInvalidation take no resource-level restriction in the CDK handler policy.`,
        },
      );
    }
    return true;
  }
}

/**
 * The bootstrap asset bucket as cdk-nag names it: with tokens in an
 * environment-agnostic stack, spelled out when the stack names its account and region.
 */
function assetBucketArn(stack: Stack): string {
  const concrete = !Token.isUnresolved(stack.account) && !Token.isUnresolved(stack.region);
  return concrete
    ? `arn:aws:s3:::cdk-hnb659fds-assets-${stack.account}-${stack.region}`
    : 'arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>';
}
