import { sharedState } from '../redis/shared-state';
import { MAX_AGE_SECONDS } from '@/lib/signing';

/**
 * Whether another worker of the site already accepted this signed message: each worker remembers
 * the signatures it accepted (ReplayMemory), and with a shared Redis they are claimed there too,
 * so a message replayed to a different worker is refused as well. Without Redis (or while it does
 * not answer) only this worker's memory decides.
 */
export async function acceptedElsewhere(signature: string): Promise<boolean> {
  return (await sharedState().claimSignature(signature, MAX_AGE_SECONDS * 2)) === false;
}
