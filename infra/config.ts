import * as z from 'zod';

/**
 * A deployment stage's configuration, read from CDK context (`cdk.json`, or
 * `-c key=value` on the command line) and validated before any construct is
 * made, so a typo fails the synth with a sentence instead of a broken stack.
 */
export interface StageConfig {
  /** The stage name: part of the stack name and of every named resource. */
  stage: string;
  /** Production-like stages keep their data (RETAIN, deletion protection, MFA required). */
  production: boolean;
  /** Browser origins that may call the public routes (CORS); empty: none may. */
  allowedOrigins: string[];
  /** Serve the CDN under this name; the certificate must live in us-east-1. */
  customDomain?: { domainName: string; certificateArn: string };
  /** Create an AWS WAF web ACL (scope CLOUDFRONT) in this stack; needs the stack in us-east-1. */
  wafEnabled: boolean;
  /** Attach an existing CLOUDFRONT-scope web ACL instead of creating one. */
  webAclArn?: string;
  /** Requests per 5 minutes one IP may POST before WAF blocks it. */
  wafPostRateLimit: number;
  /** Subscribe this address to the alarm topic. */
  alarmEmail?: string;
}

/** Stages that hold real data unless `productionStages` says otherwise. */
export const defaultProductionStages = ['prod', 'production', 'staging'] as const;

/** What a non-production stage allows when no origins are given: the local demo page. */
export const defaultDevOrigins = ['http://localhost:3000', 'http://127.0.0.1:3000'] as const;

/** Reads one context value; the CDK `App#node.tryGetContext` fits this shape. */
export type ContextReader = (key: string) => unknown;

/** Where the stack will be deployed, when known at synth time. */
export interface DeploymentTarget {
  region?: string | undefined;
}

export class StageConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid CDK context:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'StageConfigError';
  }
}

const stageName = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{0,19}$/,
    'must be 1..20 of lowercase letters, digits and "-", starting with a letter',
  );

/** A comma-separated string (from `-c key=a,b`) or an array (from cdk.json). */
const list = z.union([
  z.array(z.string()),
  z.string().transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  ),
]);

/** `true`/`false` as booleans (cdk.json) or strings (`-c wafEnabled=true`). */
const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]);

const certificateArn = z
  .string()
  .regex(
    /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/,
    'must be an ACM certificate ARN in us-east-1 (CloudFront only takes certificates from us-east-1)',
  );

const domainName = z
  .string()
  .regex(/^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/, 'must be a lowercase DNS name');

const customDomainObject = z.strictObject({ domainName, certificateArn });

const webAclArn = z
  .string()
  .regex(
    /^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/.+$/,
    'must be the ARN of a CLOUDFRONT-scope web ACL (arn:aws:wafv2:us-east-1:<account>:global/webacl/...)',
  );

/** An origin as browsers send it: scheme, host, optional port, nothing else. */
function originProblem(origin: string, production: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return `"${origin}" is not a URL`;
  }
  if (url.origin !== origin)
    return `"${origin}" must be a bare origin like https://news.example (no path or trailing slash)`;
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && local && !production) return undefined;
  return `"${origin}" must use https (http is allowed only for localhost in non-production stages)`;
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => issue.message).join('; ');
}

/**
 * Reads and validates the stage configuration.
 *
 * Context keys: `stage` (required), `productionStages`, `allowedOrigins`,
 * `customDomain` (object) or `domainName` + `certificateArn`, `wafEnabled`,
 * `webAclArn`, `wafPostRateLimit`, `alarmEmail`.
 *
 * @throws StageConfigError listing every problem at once.
 */
export function readStageConfig(context: ContextReader, target: DeploymentTarget = {}): StageConfig {
  const problems: string[] = [];
  const parse = <T>(key: string, schema: z.ZodType<T>, fallback: T): T => {
    const raw = context(key);
    if (raw === undefined || raw === '') return fallback;
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    problems.push(`${key}: ${describe(result.error)}`);
    return fallback;
  };

  const rawStage = context('stage');
  let stage = 'dev';
  if (rawStage === undefined) problems.push('stage: missing; pass -c stage=<name> (for example dev or prod)');
  else stage = parse('stage', stageName, 'dev');

  const productionStages = parse('productionStages', list, [...defaultProductionStages]);
  const production = productionStages.includes(stage);

  const origins = parse('allowedOrigins', list, []);
  // A production stage without origins synthesizes (so `cdk synth -c stage=prod`
  // works anywhere) but lets no browser origin in; the stack warns about it.
  const allowedOrigins = origins.length > 0 || production ? origins : [...defaultDevOrigins];
  for (const origin of allowedOrigins) {
    const problem = originProblem(origin, production);
    if (problem) problems.push(`allowedOrigins: ${problem}`);
  }

  let customDomain = parse<StageConfig['customDomain']>('customDomain', customDomainObject, undefined);
  const flatDomain = parse('domainName', domainName, undefined);
  const flatCertificate = parse('certificateArn', certificateArn, undefined);
  if (flatDomain !== undefined || flatCertificate !== undefined) {
    if (customDomain)
      problems.push('customDomain: give either customDomain or domainName + certificateArn, not both');
    else if (flatDomain === undefined || flatCertificate === undefined)
      problems.push('domainName and certificateArn: give both or neither');
    else customDomain = { domainName: flatDomain, certificateArn: flatCertificate };
  }

  const wafEnabled = parse('wafEnabled', flag, false);
  const existingWebAcl = parse('webAclArn', webAclArn, undefined);
  if (wafEnabled && existingWebAcl) problems.push('wafEnabled and webAclArn: choose one');
  if (wafEnabled && target.region !== 'us-east-1') {
    problems.push(
      `wafEnabled: a CloudFront web ACL must be created in us-east-1, but this stack deploys to ${
        target.region ?? 'an unknown region (env-agnostic)'
      }; deploy the stage with AWS_REGION=us-east-1 (and credentials, so CDK_DEFAULT_REGION is set), ` +
        'or create the web ACL in us-east-1 yourself and pass -c webAclArn=<arn>',
    );
  }
  const wafPostRateLimit = parse(
    'wafPostRateLimit',
    z.coerce.number().int().min(10, 'must be at least 10 (the WAF minimum)').max(2_000_000_000),
    100,
  );
  const alarmEmail = parse('alarmEmail', z.email('must be an email address'), undefined);

  if (problems.length > 0) throw new StageConfigError(problems);
  return {
    stage,
    production,
    allowedOrigins,
    ...(customDomain ? { customDomain } : {}),
    wafEnabled,
    ...(existingWebAcl ? { webAclArn: existingWebAcl } : {}),
    wafPostRateLimit,
    ...(alarmEmail ? { alarmEmail } : {}),
  };
}
