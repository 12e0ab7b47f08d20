import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { CannedResponse } from '../api/types';
import { toastError } from '../lib/toast';

const cache = new Map<string, Promise<CannedResponse[]>>();

/** Canned responses for the case's agency plus the shared ones (agencyId null). Fetched once per agency. */
export function useCannedResponses(agencyId: string | null): CannedResponse[] {
  const [items, setItems] = useState<CannedResponse[]>([]);
  useEffect(() => {
    const key = agencyId ?? '';
    let request = cache.get(key);
    if (!request) {
      const query = agencyId ? `?agencyId=${encodeURIComponent(agencyId)}` : '';
      request = api<{ items: CannedResponse[] }>(`/api/canned-responses${query}`).then(
        (r) => r.items,
        (err) => {
          cache.delete(key);
          toastError(err, 'Memuat jawaban siap pakai');
          return [];
        },
      );
      cache.set(key, request);
    }
    let alive = true;
    void request.then((all) => alive && setItems(all.filter((c) => !c.agencyId || c.agencyId === agencyId)));
    return () => {
      alive = false;
    };
  }, [agencyId]);
  return items;
}
