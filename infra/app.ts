#!/usr/bin/env -S npx tsx
import { StageConfigError } from './config.ts';
import { createApp } from './stack.ts';

// `npx cdk synth` / `deploy` run this file (cdk.json); the stage comes from context.
try {
  createApp().app.synth();
} catch (error) {
  if (!(error instanceof StageConfigError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
