/**
 * What happened, counted: the domain names its outcomes and the adapter in
 * front of it decides where they go (CloudWatch metrics in Lambda, nowhere in
 * unit tests). The domain stays free of any metrics library.
 */

export type Outcome =
  | 'CommentSubmitted'
  | 'CommentPublished'
  | 'CommentHeld'
  | 'CommentRejected'
  | 'CommentRateLimited'
  | 'Decision'
  | 'Report'
  | 'Publication';

export type OutcomeCounter = (outcome: Outcome, dimension?: { name: string; value: string }) => void;

let counter: OutcomeCounter = () => {};

/** Sends every counted outcome to `next` from now on. */
export function countOutcomesWith(next: OutcomeCounter): void {
  counter = next;
}

export function countOutcome(outcome: Outcome, dimension?: { name: string; value: string }): void {
  counter(outcome, dimension);
}
