import { useEffect } from 'react';
import { showToast } from '../lib/toast';
import { useSession } from '../session';
import type { CrisisAlert } from './types';

/** Humas leadership hears of a new crisis alert wherever they are in the app (a toast), and views can refresh. */
export function useCrisisAlerts(onAlert?: (alert: CrisisAlert) => void, toast = !onAlert) {
  const { socket, user } = useSession();
  useEffect(() => {
    if (!user.seesAllAgencies) return;
    const handler = ({ crisis }: { crisis: CrisisAlert }) => {
      showToast(
        'error',
        `Peringatan krisis: ${crisis.topicName}, ${crisis.regionName} — ${crisis.count} percakapan.`,
        15_000,
      );
      onAlert?.(crisis);
    };
    socket.on('crisis:new', handler);
    return () => void socket.off('crisis:new', handler);
  }, [socket, user.seesAllAgencies, onAlert, toast]);
}
