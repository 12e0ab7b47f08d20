// JSON bodies of the API: at most 1 MiB of valid UTF-8, without operator or prototype keys (src/security/hostile-json.ts).
import express, { type RequestHandler } from 'express';
import { decodeUtf8Strict, hostileJsonProblem } from '../security/hostile-json.js';
import { ApiError } from './errors.js';

const parser = (limit: string) =>
  express.json({
    limit,
    verify: (_req, _res, buf) => {
      // A byte-order mark is not JSON (RFC 8259); no client of ours sends one.
      const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
      if (bom || decodeUtf8Strict(buf) === null)
        throw Object.assign(new Error('invalid utf-8'), { status: 400, type: 'encoding.invalid' });
    },
  });

const guard: RequestHandler = (req, _res, next) => {
  const problem = hostileJsonProblem(req.body);
  next(problem ? new ApiError(400, 'invalid_request', `Permintaan tidak valid — ${problem}`) : undefined);
};

/** The API's bodies; a route that takes files (the website form's photo) asks for a larger limit. */
export const jsonBodyUpTo = (limit: string): RequestHandler[] => [parser(limit), guard];
export const jsonBody = jsonBodyUpTo('1mb');
