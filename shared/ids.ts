import { randomFillSync } from 'node:crypto';

/**
 * ULIDs (26 Crockford base-32 characters: 48 bits of milliseconds, 80 random
 * bits), monotonic within one millisecond so ids made in a burst still sort in
 * creation order. Written here rather than imported: the `ulid` package costs
 * a Lambda cold start several milliseconds to detect its random source.
 */

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const randomBytes = new Uint8Array(10);
let lastTime = -1;
let lastRandom: number[] = [];

export function newUlid(now: number = Date.now()): string {
  if (now === lastTime) {
    incrementRandom(lastRandom);
  } else {
    lastTime = now;
    randomFillSync(randomBytes);
    // 80 random bits as 16 base-32 digits (5 bits each).
    lastRandom = [];
    let bits = 0;
    let value = 0;
    for (const byte of randomBytes) {
      value = (value << 8) | byte;
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        lastRandom.push((value >> bits) & 31);
      }
    }
  }
  let time = '';
  for (let rest = now, digit = 0; digit < 10; digit++, rest = Math.floor(rest / 32)) {
    time = alphabet[rest % 32] + time;
  }
  return time + lastRandom.map((digit) => alphabet[digit]).join('');
}

/** Adds one to the random part, carrying, as the ULID spec's monotonic mode does. */
function incrementRandom(digits: number[]): void {
  for (let index = digits.length - 1; index >= 0; index--) {
    const digit = digits[index] ?? 0;
    if (digit < 31) {
      digits[index] = digit + 1;
      return;
    }
    digits[index] = 0;
  }
  throw new Error('ULID random part overflowed within one millisecond');
}
