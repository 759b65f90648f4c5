import { type RemovalPolicy, type SecretValue, Validations } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/** The keys of shared/secrets.ts, each generated at random by Secrets Manager. */
export const keyNames = ['authorTokenSecret', 'pseudonymSecret', 'cursorSecret'] as const;

export interface KeysSecretProps {
  removalPolicy: RemovalPolicy;
  description: string;
}

/**
 * The functions' signing keys: one secret holding the JSON
 * `{authorTokenSecret, pseudonymSecret, cursorSecret}`.
 *
 * `generateSecretString` can generate only one key per secret, so each key is
 * first generated in a small seed secret of its own, and the keys secret is
 * assembled from `{{resolve:secretsmanager:...}}` dynamic references. No key ever
 * appears in the template or the cloud assembly; CloudFormation resolves them at
 * deploy time. CloudFormation does not write the value again on later deploys
 * (the template does not change), so a key set by an operator with
 * `aws secretsmanager put-secret-value` stays in place; see docs/DEPLOY.md.
 */
export class KeysSecret extends Construct {
  readonly secret: secretsmanager.Secret;

  constructor(scope: Construct, id: string, props: KeysSecretProps) {
    super(scope, id);
    const values: Record<string, SecretValue> = {};
    for (const key of keyNames) {
      const seed = new secretsmanager.Secret(this, `${key}Seed`, {
        description: `Initial random ${key}; the live value is in the keys secret`,
        removalPolicy: props.removalPolicy,
        generateSecretString: { passwordLength: 64, excludePunctuation: true },
      });
      values[key] = seed.secretValue;
      Validations.of(seed).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason:
          'A seed is read once, when the keys secret is created; nothing reads it afterwards, so rotating it changes nothing.',
      });
    }
    this.secret = new secretsmanager.Secret(this, 'Secret', {
      description: props.description,
      removalPolicy: props.removalPolicy,
      secretObjectValue: values,
    });
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'None of the keys may rotate on a timer: authorTokenSecret is shared with the site that signs SSO tokens (rotation is coordinated with it), rotating pseudonymSecret would change every authorKey and lift bans, and rotating cursorSecret breaks open pagination. The manual rotation runbook is in docs/DEPLOY.md.',
    });
  }
}
