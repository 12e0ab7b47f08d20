// What adapters may ask of the server besides HTTP: storing refreshed credentials sealed on their ChannelAccount,
// and counters every process shares (a platform's daily quota) kept in Redis with a lifetime.
import type { Redis } from 'ioredis';
import type { SharedCounter } from '../../adapters/types.js';
import type { Platform } from '../domain/labels.js';
import { seal } from '../security/seal.js';
import { ChannelAccountModel } from '../store/index.js';

export function credentialsSaver(encryptionKey: string, platform: Platform, accountId: string) {
  return async (next: Record<string, string>) => {
    // replyUrl lives on the account itself, not among the sealed secrets.
    const { replyUrl: _replyUrl, ...secrets } = next;
    await ChannelAccountModel.updateOne(
      { platform, accountId },
      { $set: { credentialsSealed: seal(secrets, encryptionKey) } },
    );
  };
}

export function counterKey(prefix: string, name: string): string {
  return `${prefix}:counter:${name}`;
}

/** INCRBY + EXPIREAT in one round trip; the same expiry on every add keeps the window fixed. */
export function sharedCounter(redis: Redis, prefix: string, name: string): SharedCounter {
  const key = counterKey(prefix, name);
  return {
    get: async () => Number((await redis.get(key)) ?? 0),
    add: async (amount, expiresAt) => {
      const results = await redis
        .multi()
        .incrby(key, amount)
        .expireat(key, Math.ceil(expiresAt.getTime() / 1000))
        .exec();
      const [err, total] = results?.[0] ?? [new Error('Redis menolak transaksi penghitung'), 0];
      if (err) throw err;
      return Number(total);
    },
  };
}
