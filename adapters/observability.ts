import { Logger } from '@aws-lambda-powertools/logger';

/** One structured JSON logger per function, tagged with the request id per invocation. */
export const logger = new Logger({ serviceName: 'comments' });
