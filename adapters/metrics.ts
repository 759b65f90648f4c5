import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { countOutcomesWith } from '../shared/telemetry.ts';

/**
 * Powertools metrics (CloudWatch embedded metric format) for every function.
 * Outcomes with a dimension (the rule that rejected, the decision taken) go
 * out as single metrics so each keeps its own dimension.
 */
export const metrics = new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Comments' });

countOutcomesWith((outcome, dimension) => {
  if (!dimension) {
    metrics.addMetric(outcome, MetricUnit.Count, 1);
    return;
  }
  const single = metrics.singleMetric();
  single.addDimension(dimension.name, dimension.value);
  single.addMetric(outcome, MetricUnit.Count, 1);
});
