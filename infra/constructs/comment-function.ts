import { fileURLToPath } from 'node:url';
import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/** The repository root: handler paths in infra/routes.ts are relative to it. */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Lets the ESM bundle load the CommonJS dependencies that call `require`. */
export const esmRequireBanner =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/**
 * Imports the ESM bundles resolve to a file of ours (esbuild's `alias`). An ESM import of
 * `node:http` (the AWS SDK's HTTP handler and credential providers have one) makes Node
 * build the built-in's ESM facade, which reads every export, including the lazy WebSocket,
 * CloseEvent and MessageEvent getters that load Node's bundled undici: ~12 ms of every cold
 * start here, for classes no function uses (nodejs/node#59686). The shim hands out the same
 * module object through `process.getBuiltinModule`, as `require` would.
 */
const nodeHttpShim = fileURLToPath(new URL('./builtins/node-http.cjs', import.meta.url));
export const builtinAliases: Readonly<Record<string, string>> = {
  'node:http': nodeHttpShim,
  http: nodeHttpShim,
};

/** What every function of one stack shares. */
export interface FunctionDefaults {
  table: dynamodb.ITable;
  /** `{authorTokenSecret, pseudonymSecret, cursorSecret}`; omitted for functions that sign nothing. */
  secret?: secretsmanager.ISecret;
  serviceName: string;
  metricsNamespace: string;
  logRetention: logs.RetentionDays;
  /** Applied to the log group: production keeps logs after the stack is gone. */
  removalPolicy: RemovalPolicy;
}

export interface CommentFunctionProps {
  /** Handler file, relative to the repository root (`functions/...ts`, exporting `handler`). */
  entry: string;
  defaults: FunctionDefaults;
  memorySize?: number;
  timeout?: Duration;
  description?: string;
  environment?: Record<string, string>;
  /** Why this function needs a `Resource::*` statement beyond X-Ray's, if it does. */
  wildcardReason?: string;
}

/**
 * One Lambda function with every default of the project: Node.js 24 on ARM64, an
 * ESM bundle built by esbuild on this machine (no Docker), source maps, X-Ray,
 * its own log group with retention, and a role that starts empty: it may write
 * its own logs and nothing else until the stack grants more.
 */
export class CommentFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: CommentFunctionProps) {
    super(scope, id);
    const { defaults } = props;

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: defaults.logRetention,
      removalPolicy: defaults.removalPolicy,
    });
    // A role of our own instead of AWSLambdaBasicExecutionRole: logs go to this
    // function's log group only.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the ${id} function`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: `${repositoryRoot}${props.entry}`,
      handler: 'handler',
      projectRoot: repositoryRoot,
      depsLockFilePath: `${repositoryRoot}package-lock.json`,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: lambda.Tracing.ACTIVE,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      role: this.role,
      ...(props.description ? { description: props.description } : {}),
      // The bundles ship their source maps, but Node does not load them at every cold
      // start (12-18 ms a function, measured by npm run bench:cold); see docs/DEPLOY.md.
      environment: {
        TABLE_NAME: defaults.table.tableName,
        ...(defaults.secret ? { SECRETS_ARN: defaults.secret.secretArn } : {}),
        POWERTOOLS_SERVICE_NAME: defaults.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: defaults.metricsNamespace,
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node24',
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        mainFields: ['module', 'main'],
        banner: esmRequireBanner,
        esbuildArgs: { '--alias': Object.entries(builtinAliases).map(([from, to]) => `${from}=${to}`) },
        // Bundle the AWS SDK too: the functions run the versions the tests ran.
        externalModules: [],
      },
    });

    // Tracing adds xray:PutTraceSegments/PutTelemetryRecords, which take no resource.
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: [
        'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions',
        props.wildcardReason,
        'every other statement of this role names its resources.',
      ]
        .filter(Boolean)
        .join('; '),
    });
  }
}
