// Ticket numbers taken from the database a block at a time (src/store/ticket-number.ts): every case opened at once
// gets its own number, and the database's counter moves once per 20 numbers.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { withDatabaseName } from '../../src/bootstrap/database.js';
import { CounterModel, connectDatabase, disconnectDatabase } from '../../src/store/index.js';
import { nextTicketNumber } from '../../src/store/ticket-number.js';

beforeAll(async () => {
  await connectDatabase(withDatabaseName(inject('mongoUri'), `t_${randomBytes(6).toString('hex')}`));
});
afterAll(() => disconnectDatabase());

describe('ticket numbers', () => {
  it('are unique among 45 cases opened at once, and cost the database one update per 20', async () => {
    const at = new Date('2031-03-01T08:00:00Z');
    const numbers = await Promise.all(Array.from({ length: 45 }, () => nextTicketNumber(at)));
    expect(new Set(numbers).size).toBe(45);
    expect([...numbers].sort()[0]).toBe('ASP-2031-000001');
    expect((await CounterModel.findById('ticket-2031').lean())?.seq).toBe(60);
  });
});
