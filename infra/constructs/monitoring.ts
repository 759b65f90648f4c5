import { Duration } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface MonitoringProps {
  stage: string;
  api: apigwv2.IHttpApi;
  /** The API stage the metrics are reported under (`$default`). */
  apiStageName: string;
  /** Every function by its route id (and `Relay`). */
  functions: ReadonlyMap<string, lambda.IFunction>;
  relay: lambda.IFunction;
  approvedQueue: sqs.IQueue;
  /** Queues whose every message is a failure someone must look at. */
  deadLetterQueues: ReadonlyMap<string, sqs.IQueue>;
  alarmEmail?: string;
}

/** How long relay records may wait before someone is told: publications are late by this much. */
export const relayIteratorAgeThreshold = Duration.minutes(5);
/** Share of API requests answered 5xx, in percent, that raises the alarm. */
export const api5xxRatePercent = 5;

/**
 * Alarms on what needs a person (dead letters, a stuck relay, server errors,
 * failing or throttled functions), all sent to one SNS topic, and one dashboard.
 */
export class Monitoring extends Construct {
  readonly topic: sns.Topic;
  readonly dashboard: cloudwatch.Dashboard;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'AlarmTopic', {
      displayName: `Comments ${props.stage} alarms`,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    const notify = new actions.SnsAction(this.topic);
    const alarm = (alarmId: string, alarmProps: cloudwatch.AlarmProps) => {
      const created = new cloudwatch.Alarm(this, alarmId, alarmProps);
      created.addAlarmAction(notify);
      created.addOkAction(notify);
      this.alarms.push(created);
      return created;
    };

    const dlqWidgets: cloudwatch.IMetric[] = [];
    for (const [name, queue] of props.deadLetterQueues) {
      const depth = queue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: 'Maximum',
        label: name,
      });
      dlqWidgets.push(depth);
      alarm(`${name}DepthAlarm`, {
        alarmDescription: `Messages in ${name}: each is a publication or stream batch that failed every retry. Inspect, fix, then redrive.`,
        metric: depth,
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }

    const iteratorAge = props.relay.metric('IteratorAge', {
      period: Duration.minutes(1),
      statistic: 'Maximum',
      label: 'Relay iterator age',
    });
    alarm('RelayIteratorAgeAlarm', {
      alarmDescription: `The relay is more than ${relayIteratorAgeThreshold.toMinutes()} minutes behind the table stream: publications are late.`,
      metric: iteratorAge,
      threshold: relayIteratorAgeThreshold.toMilliseconds(),
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    const apiMetric = (metricName: string, label: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/ApiGateway',
        metricName,
        dimensionsMap: { ApiId: props.api.apiId, Stage: props.apiStageName },
        statistic: 'Sum',
        period: Duration.minutes(5),
        label,
      });
    const requests = apiMetric('Count', 'Requests');
    const serverErrors = apiMetric('5xx', '5xx');
    const clientErrors = apiMetric('4xx', '4xx');
    const serverErrorRate = new cloudwatch.MathExpression({
      // Below 20 requests in 5 minutes one failure is not a rate worth waking anyone for.
      expression: 'IF(requests >= 20, 100 * errors / requests, 0)',
      usingMetrics: { requests, errors: serverErrors },
      period: Duration.minutes(5),
      label: 'API 5xx rate (%)',
    });
    alarm('Api5xxRateAlarm', {
      alarmDescription: `More than ${api5xxRatePercent}% of API requests answered 5xx.`,
      metric: serverErrorRate,
      threshold: api5xxRatePercent,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 2,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    const errors: cloudwatch.IMetric[] = [];
    const throttles: cloudwatch.IMetric[] = [];
    const durations: cloudwatch.IMetric[] = [];
    for (const [name, fn] of props.functions) {
      const fnErrors = fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum', label: name });
      const fnThrottles = fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum', label: name });
      errors.push(fnErrors);
      throttles.push(fnThrottles);
      durations.push(fn.metricDuration({ period: Duration.minutes(5), statistic: 'p99', label: name }));
      alarm(`${name}ErrorsAlarm`, {
        alarmDescription: `The ${name} function failed (an unhandled error or a timeout); its log group says why.`,
        metric: fnErrors,
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      alarm(`${name}ThrottlesAlarm`, {
        alarmDescription: `The ${name} function was throttled: the account's concurrency is exhausted.`,
        metric: fnThrottles,
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `comments-${props.stage}`,
      defaultInterval: Duration.hours(3),
    });
    this.dashboard.addWidgets(
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24, height: 6 }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'API requests and errors',
        left: [requests, clientErrors, serverErrors],
        width: 12,
      }),
      new cloudwatch.GraphWidget({
        title: 'API 5xx rate (%)',
        left: [serverErrorRate],
        leftAnnotations: [{ value: api5xxRatePercent, label: 'alarm' }],
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({ title: 'Function errors', left: errors, width: 8 }),
      new cloudwatch.GraphWidget({ title: 'Function throttles', left: throttles, width: 8 }),
      new cloudwatch.GraphWidget({ title: 'Function duration p99', left: durations, width: 8 }),
    );
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Relay iterator age',
        left: [iteratorAge],
        leftAnnotations: [{ value: relayIteratorAgeThreshold.toMilliseconds(), label: 'alarm' }],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'Approved-comments queue',
        left: [
          props.approvedQueue.metricApproximateNumberOfMessagesVisible({ label: 'visible' }),
          props.approvedQueue.metricApproximateAgeOfOldestMessage({ label: 'oldest (s)' }),
        ],
        width: 8,
      }),
      new cloudwatch.GraphWidget({ title: 'Dead letters', left: dlqWidgets, width: 8 }),
    );
  }
}
