import * as z from 'zod/mini';

/**
 * Function configuration from the environment, parsed once at cold start. A
 * missing variable fails the init loudly instead of surfacing as `undefined`
 * inside a request.
 */
const environmentSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  /** Only the relay sends to the queue. */
  APPROVED_QUEUE_URL: z.optional(z.string().check(z.minLength(1))),
  /** In AWS: the Secrets Manager secret holding the JSON of `secretsSchema`. */
  SECRETS_ARN: z.optional(z.string().check(z.minLength(1))),
  /** On a laptop: the same JSON, inline. */
  SECRETS_JSON: z.optional(z.string().check(z.minLength(2))),
  /** How long a function keeps the policy it read; API.md allows at most 30 seconds. */
  POLICY_CACHE_SECONDS: z._default(
    z.pipe(z.string().check(z.regex(/^\d+$/u)), z.transform(Number)).check(z.lte(30)),
    10,
  ),
});

export type Environment = z.infer<typeof environmentSchema>;

let parsed: Environment | undefined;

/** The validated environment; throws at first use (module init) when it is incomplete. */
export function environment(): Environment {
  if (parsed) return parsed;
  const result = environmentSchema.safeParse(process.env);
  if (!result.success) {
    const missing = result.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new Error(`Invalid function configuration: ${missing}`);
  }
  parsed = result.data;
  return parsed;
}
