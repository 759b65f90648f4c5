import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { type CommentsStack, type CreateAppOptions, createApp } from '../../infra/stack.ts';

export interface Synthesized {
  stack: CommentsStack;
  template: Template;
  /** Findings of every validation plugin (cdk-nag, CloudFormation rules) that were not acknowledged. */
  unacknowledged: string[];
  /** Every acknowledgement in the app, with its reason. */
  acknowledgements: { path: string; id: string; reason: string }[];
}

interface ValidationReport {
  pluginReports: {
    pluginName: string;
    violations: {
      ruleName: string;
      description?: string;
      violatingConstructs?: { constructPath?: string }[];
    }[];
  }[];
}

/**
 * Synthesizes one stage the way `cdk synth` does: cdk-nag and CloudFormation's
 * template rules run, and (in a test process) a failing rule throws.
 * `bundle: false` skips esbuild for speed; at least one synth per run must bundle.
 */
export function synth(
  context: Record<string, unknown>,
  options: Omit<CreateAppOptions, 'context' | 'outdir'> & { bundle?: boolean } = {},
): Synthesized {
  const { bundle = false, ...rest } = options;
  const outdir = mkdtempSync(join(tmpdir(), 'comments-cdk-'));
  const { app, stack } = createApp({
    // Whether another test run has built widget/dist must not change the template.
    widgetDir: join(tmpdir(), 'no-widget-build-in-infra-tests'),
    ...rest,
    outdir,
    env: rest.env ?? {},
    context: { ...context, ...(bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) },
  });
  const assembly = app.synth();
  const report = JSON.parse(
    readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'),
  ) as ValidationReport;
  const unacknowledged = report.pluginReports.flatMap((plugin) =>
    plugin.violations.map(
      (violation) =>
        `${plugin.pluginName}: ${violation.ruleName} at ${(violation.violatingConstructs ?? [])
          .map((c) => c.constructPath)
          .join(', ')}`,
    ),
  );
  return {
    stack,
    template: Template.fromStack(stack),
    unacknowledged,
    acknowledgements: collectAcknowledgements(app),
  };
}

function collectAcknowledgements(root: IConstruct): Synthesized['acknowledgements'] {
  const found: Synthesized['acknowledgements'] = [];
  for (const construct of root.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      // Recorded as `{ [qualifiedId]: reason }`.
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
        found.push({ path: construct.node.path, id, reason });
      }
    }
  }
  return found;
}

/** Resources of one type, as `[logicalId, properties]`. */
export function resourcesOf(template: Template, type: string): [string, Record<string, unknown>][] {
  return Object.entries(template.findResources(type)).map(([id, resource]) => [
    id,
    (resource as { Properties?: Record<string, unknown> }).Properties ?? {},
  ]);
}
