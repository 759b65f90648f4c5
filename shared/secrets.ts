import * as z from 'zod/mini';
import { environment } from './config.ts';

/**
 * The keys the functions sign and derive with. In AWS they live in one Secrets
 * Manager secret, read once per cold start; locally they come inline.
 */
export const secretsSchema = z.object({
  /** HS256 key the site signs its readers' SSO identity tokens with. */
  authorTokenSecret: z.string().check(z.minLength(16)),
  /** HMAC key that turns emails, SSO subjects and client addresses into stable pseudonyms. */
  pseudonymSecret: z.string().check(z.minLength(16)),
  /** HMAC key that signs pagination cursors. */
  cursorSecret: z.string().check(z.minLength(16)),
});

export type Secrets = z.infer<typeof secretsSchema>;

let loading: Promise<Secrets> | undefined;

/** The secrets, fetched on first call and cached for the life of the execution environment. */
export function secrets(): Promise<Secrets> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(): Promise<Secrets> {
  const { SECRETS_JSON, SECRETS_ARN } = environment();
  if (SECRETS_JSON) return secretsSchema.parse(JSON.parse(SECRETS_JSON));
  if (!SECRETS_ARN) throw new Error('Invalid function configuration: SECRETS_ARN or SECRETS_JSON');
  // Loaded lazily: only cold starts that need the secret pay for the client.
  const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  const client = new SecretsManagerClient({});
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: SECRETS_ARN }));
  return secretsSchema.parse(JSON.parse(SecretString ?? '{}'));
}
