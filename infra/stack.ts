import {
  Annotations,
  App,
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  Tags,
  Validations,
} from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { CURRENTLY_RECOMMENDED_FLAGS } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Construct } from 'constructs';
import { readStageConfig, type StageConfig } from './config.ts';
import { CommentFunction, type FunctionDefaults, repositoryRoot } from './constructs/comment-function.ts';
import { Edge } from './constructs/edge.ts';
import { KeysSecret } from './constructs/keys-secret.ts';
import { Monitoring } from './constructs/monitoring.ts';
import { type Route, relay as relayDeclaration, requiredGroup, routes } from './routes.ts';
import { relayBatchSize, relayFilterPatterns, table as tableDeclaration } from './table.ts';

/** CORS for the public routes: what the widget sends and what it must be able to read. */
export const cors = {
  allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
  allowHeaders: ['content-type', 'authorization', 'if-none-match', 'if-match'],
  exposeHeaders: ['x-request-id', 'etag', 'location', 'retry-after'],
} as const;

/** Steady-state requests per second and burst the `$default` stage admits before 429. */
export const apiThrottle = { rateLimit: 200, burstLimit: 400 } as const;

export const moderatorGroups = ['moderators', 'admins'] as const;

export interface CommentsStackProps extends StackProps {
  config: StageConfig;
  /** The built widget; defaults to `widget/dist` in the repository. */
  widgetDir?: string;
}

/**
 * The whole backend of one stage: the table and its stream relay, the HTTP API
 * with one function per route, the moderators' user pool, the approved-comments
 * queue, the CDN with the widget, and the alarms.
 */
export class CommentsStack extends Stack {
  readonly config: StageConfig;
  readonly table: dynamodb.Table;
  readonly api: apigwv2.HttpApi;
  readonly functions = new Map<string, CommentFunction>();

  constructor(scope: Construct, id: string, props: CommentsStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.config = config;
    const removalPolicy = config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    Tags.of(this).add('project', 'leave-a-comment');
    Tags.of(this).add('stage', config.stage);

    // --- Data -------------------------------------------------------------
    const key = (attribute: { name: string; type: 'S' | 'N' }): dynamodb.Attribute => ({
      name: attribute.name,
      type: attribute.type === 'S' ? dynamodb.AttributeType.STRING : dynamodb.AttributeType.NUMBER,
    });
    this.table = new dynamodb.Table(this, tableDeclaration.logicalName, {
      partitionKey: key(tableDeclaration.partitionKey),
      sortKey: key(tableDeclaration.sortKey),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: tableDeclaration.timeToLiveAttribute,
      stream: dynamodb.StreamViewType[tableDeclaration.stream],
      deletionProtection: config.production,
      removalPolicy,
    });
    for (const index of tableDeclaration.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: key(index.partitionKey),
        sortKey: key(index.sortKey),
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }

    const keys = new KeysSecret(this, 'Keys', {
      removalPolicy,
      description: `Comments ${config.stage}: {authorTokenSecret, pseudonymSecret, cursorSecret}`,
    }).secret;

    // --- Publishing queue ---------------------------------------------------
    const queueDefaults = {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      removalPolicy,
    } as const;
    const approvedDeadLetters = new sqs.Queue(this, 'ApprovedCommentsDlq', {
      ...queueDefaults,
      queueName: `approved-comments-${config.stage}-dlq.fifo`,
      fifo: true,
      retentionPeriod: Duration.days(14),
    });
    const approvedQueue = new sqs.Queue(this, 'ApprovedComments', {
      ...queueDefaults,
      queueName: `approved-comments-${config.stage}.fifo`,
      fifo: true,
      // The relay sets MessageDeduplicationId = commentId:version.
      contentBasedDeduplication: false,
      deduplicationScope: sqs.DeduplicationScope.MESSAGE_GROUP,
      fifoThroughputLimit: sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
      retentionPeriod: Duration.days(14),
      visibilityTimeout: Duration.minutes(2),
      deadLetterQueue: { queue: approvedDeadLetters, maxReceiveCount: 5 },
    });
    const relayFailures = new sqs.Queue(this, 'RelayFailures', {
      ...queueDefaults,
      queueName: `comments-${config.stage}-relay-failures`,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(approvedDeadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is the dead-letter queue of approved-comments.',
    });
    Validations.of(relayFailures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        "This queue is the relay's on-failure destination: it holds the stream batches that failed every retry, a dead-letter queue by purpose.",
    });

    // --- Functions ------------------------------------------------------------
    const defaults: FunctionDefaults = {
      table: this.table,
      secret: keys,
      serviceName: 'comments',
      metricsNamespace: 'LeaveAComment',
      logRetention: config.production ? logs.RetentionDays.THREE_MONTHS : logs.RetentionDays.ONE_WEEK,
      removalPolicy,
    };

    const relay = new CommentFunction(this, relayDeclaration.id, {
      entry: relayDeclaration.handler,
      defaults: { ...defaults, secret: undefined },
      memorySize: 256,
      timeout: Duration.seconds(30),
      description: 'Table stream to the approved-comments queue',
      environment: { APPROVED_QUEUE_URL: approvedQueue.queueUrl },
      wildcardReason: 'dynamodb:ListStreams (added by the stream event source) takes no resource',
    });
    this.functions.set(relayDeclaration.id, relay);
    relay.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [approvedQueue.queueArn] }),
    );
    relay.function.addEventSource(
      new DynamoEventSource(this.table, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: relayBatchSize,
        filters: relayFilterPatterns.map((pattern) => lambda.FilterCriteria.filter(pattern)),
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: 10,
        maxRecordAge: Duration.days(1),
        onFailure: new SqsDlq(relayFailures),
      }),
    );

    // --- Moderators ---------------------------------------------------------
    const userPool = new cognito.UserPool(this, 'Moderators', {
      userPoolName: `comments-${config.stage}-moderators`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: config.production ? cognito.Mfa.REQUIRED : cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: config.production,
      removalPolicy,
    });
    if (!config.production) {
      Validations.of(userPool).acknowledge({
        id: 'AwsSolutions-COG2',
        reason: `MFA is optional in the non-production stage "${config.stage}" so test moderators can be scripted; production stages require TOTP MFA.`,
      });
    }
    moderatorGroups.forEach((groupName, precedence) => {
      new cognito.CfnUserPoolGroup(this, `${groupName}Group`, {
        userPoolId: userPool.userPoolId,
        groupName,
        precedence,
        description:
          groupName === 'admins'
            ? 'May change the moderation policy'
            : 'May review comments and decide on them',
      });
    });
    const moderationClient = userPool.addClient('ModerationToolClient', {
      userPoolClientName: 'moderation-tool',
      generateSecret: false,
      authFlows: { userSrp: true, userPassword: true },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });

    // --- HTTP API -------------------------------------------------------------
    const accessLogs = new logs.LogGroup(this, 'ApiAccessLogs', {
      retention: defaults.logRetention,
      removalPolicy,
    });
    this.api = new apigwv2.HttpApi(this, 'HttpApi', {
      apiName: `comments-${config.stage}`,
      description: `Comments API (${config.stage})`,
      createDefaultStage: false,
      ...(config.allowedOrigins.length > 0
        ? {
            corsPreflight: {
              allowOrigins: config.allowedOrigins,
              allowMethods: cors.allowMethods.map((method) => apigwv2.CorsHttpMethod[method]),
              allowHeaders: [...cors.allowHeaders],
              exposeHeaders: [...cors.exposeHeaders],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });
    if (config.allowedOrigins.length === 0) {
      Annotations.of(this.api).addWarningV2(
        'comments:noAllowedOrigins',
        `No allowedOrigins for stage "${config.stage}": no browser origin may call the API, so the widget cannot post. Deploy with -c allowedOrigins=https://news.example,...`,
      );
    }
    const apiStage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: apiThrottle,
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            userAgent: '$context.identity.userAgent',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            responseLatency: '$context.responseLatency',
            integrationLatency: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
          }),
        ),
      },
    });
    const authorizer = new HttpJwtAuthorizer(
      'ModeratorsAuthorizer',
      `https://cognito-idp.${this.region}.${this.urlSuffix}/${userPool.userPoolId}`,
      { jwtAudience: [moderationClient.userPoolClientId], identitySource: ['$request.header.Authorization'] },
    );

    for (const route of routes) this.addRoute(route, defaults, authorizer);

    // --- Edge -------------------------------------------------------------
    const edge = new Edge(this, 'Edge', {
      stage: config.stage,
      production: config.production,
      removalPolicy,
      apiEndpoint: this.api.apiEndpoint,
      widgetDir: props.widgetDir ?? `${repositoryRoot}widget/dist`,
      ...(config.customDomain ? { customDomain: config.customDomain } : {}),
      wafEnabled: config.wafEnabled,
      ...(config.webAclArn ? { webAclArn: config.webAclArn } : {}),
      wafPostRateLimit: config.wafPostRateLimit,
    });

    // --- Observability ----------------------------------------------------------
    const monitoring = new Monitoring(this, 'Monitoring', {
      stage: config.stage,
      api: this.api,
      apiStageName: '$default',
      functions: new Map([...this.functions].map(([name, fn]) => [name, fn.function])),
      relay: relay.function,
      approvedQueue,
      deadLetterQueues: new Map([
        ['ApprovedCommentsDlq', approvedDeadLetters],
        ['RelayFailures', relayFailures],
      ]),
      ...(config.alarmEmail ? { alarmEmail: config.alarmEmail } : {}),
    });

    // --- Outputs --------------------------------------------------------------
    const output = (name: string, value: string, description: string) =>
      new CfnOutput(this, name, { value, description });
    output('ApiUrl', apiStage.url, 'The HTTP API, called directly (moderation tool, tests)');
    output('CdnUrl', edge.url, 'CloudFront in front of the API and the widget: what the widget calls');
    output('WidgetUrl', `${edge.url}/widget/`, 'Where the widget files are served');
    output('UserPoolId', userPool.userPoolId, 'Cognito user pool of moderators and admins');
    output('UserPoolClientId', moderationClient.userPoolClientId, 'App client of the moderation tool');
    output(
      'ApprovedQueueUrl',
      approvedQueue.queueUrl,
      'FIFO queue of comment.published / comment.unpublished',
    );
    output(
      'ApprovedQueueArn',
      approvedQueue.queueArn,
      'ARN of the approved-comments queue, for consumer IAM policies',
    );
    output('ApprovedDlqUrl', approvedDeadLetters.queueUrl, 'Dead letters of the approved-comments queue');
    output('SecretArn', keys.secretArn, 'Secrets Manager secret with the signing keys');
    output('TableName', this.table.tableName, 'The comments table');
    output('AlarmTopicArn', monitoring.topic.topicArn, 'SNS topic every alarm notifies');
    output('DashboardName', monitoring.dashboard.dashboardName, 'CloudWatch dashboard of the stage');
  }

  private addRoute(route: Route, defaults: FunctionDefaults, authorizer: HttpJwtAuthorizer): void {
    const fn = new CommentFunction(this, route.id, {
      entry: route.handler,
      defaults,
      description: `${route.method} ${route.path}`,
    });
    this.functions.set(route.id, fn);
    this.table.grantReadWriteData(fn.function);
    defaults.secret?.grantRead(fn.function);

    const group = requiredGroup(route.access);
    const [created] = this.api.addRoutes({
      path: route.path,
      methods: [apigwv2.HttpMethod[route.method]],
      integration: new HttpLambdaIntegration(`${route.id}Integration`, fn.function),
      ...(group ? { authorizer } : {}),
    });
    // Query on any of the table's indexes; the index names come from infra/table.ts.
    const tableLogicalId = this.resolve((this.table.node.defaultChild as dynamodb.CfnTable).logicalId);
    Validations.of(fn.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
      reason: `Handlers query the table's indexes (${tableDeclaration.indexes.map((index) => index.name).join(', ')}), all declared in infra/table.ts; the grant is limited to this table.`,
    });
    if (!group && created) {
      Validations.of(created).acknowledge(
        {
          id: 'AwsSolutions-APIG4',
          reason: `${route.method} ${route.path} is public by the API contract (readers are anonymous or bring a site-signed token checked by the function); CORS, stage throttling and per-client rate limits guard it.`,
        },
        {
          id: 'AwsSolutions-COG4',
          reason: `${route.method} ${route.path} is public by the API contract; only /v1/moderation routes take the Cognito JWT authorizer.`,
        },
      );
    }
  }
}

/** Context every synth gets unless cdk.json or -c overrides it. */
export const appContext: Record<string, unknown> = {
  ...CURRENTLY_RECOMMENDED_FLAGS,
  // CloudFormation's own template rules fail the synth instead of warning.
  '@aws-cdk/core:validateAgainstDefaultRules': true,
};

export interface CreateAppOptions {
  /** Extra context, as `-c` would give it. */
  context?: Record<string, unknown>;
  outdir?: string;
  widgetDir?: string;
  /** Where the stack deploys; `CDK_DEFAULT_*` when omitted (unset without credentials: env-agnostic). */
  env?: { account?: string | undefined; region?: string | undefined };
}

/** The CDK app: the stage's stack, checked by cdk-nag and CloudFormation's template rules on every synth. */
export function createApp(options: CreateAppOptions = {}): { app: App; stack: CommentsStack } {
  const app = new App({
    context: { ...appContext, ...options.context },
    ...(options.outdir ? { outdir: options.outdir } : {}),
  });
  const env = options.env ?? {
    account: process.env.CDK_DEFAULT_ACCOUNT,
    region: process.env.CDK_DEFAULT_REGION,
  };
  const config = readStageConfig((key) => app.node.tryGetContext(key), { region: env.region });
  const stack = new CommentsStack(app, `Comments-${config.stage}`, {
    config,
    ...(options.widgetDir ? { widgetDir: options.widgetDir } : {}),
    ...(env.account || env.region ? { env } : {}),
    description: `Leave a Comment backend, stage ${config.stage}`,
    terminationProtection: config.production,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}
