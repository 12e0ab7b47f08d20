// GeoReport v2 shapes: topics as services, cases as service requests — status, agency, times and SLA only;
// never the citizen's name, contact, words or location.
import { TOPICS } from '../domain/labels.js';
import { topicName, statusName } from '../reports/names.js';
import { OPEN_STATUSES } from '../store/index.js';

export const OPEN311_SOURCE_PREFIX = 'open311-';

export function services() {
  return TOPICS.map((code) => ({
    service_code: code,
    service_name: topicName(code),
    description: `Laporan warga tentang ${topicName(code).toLowerCase()}.`,
    metadata: false,
    type: 'realtime',
    keywords: code,
    group: 'aspirasi',
  }));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function serviceRequest(c: any, agencyName: string | null) {
  const open = (OPEN_STATUSES as readonly string[]).includes(c.status);
  return {
    service_request_id: c.ticketNumber,
    status: open ? 'open' : 'closed',
    status_notes: statusName(c.status),
    service_name: topicName(c.topic ?? null),
    service_code: c.topic ?? null,
    agency_responsible: agencyName,
    service_notice: '',
    requested_datetime: new Date(c.createdAt).toISOString(),
    updated_datetime: new Date(c.updatedAt ?? c.createdAt).toISOString(),
    expected_datetime: c.sla?.resolutionDueAt ? new Date(c.sla.resolutionDueAt).toISOString() : null,
  };
}

/** Errors in the GeoReport form: [{ code, description }]. */
export const open311Error = (code: number, description: string) => [{ code, description }];
