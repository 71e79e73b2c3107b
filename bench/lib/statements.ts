import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { StatementCounter } from '@renkei/core';
import { bootInProcessApi } from './allow-all';
import { demoLogin } from './http';
import type { GqlRequest } from './types';

/** Statements the server sends after it has answered (the audit of sensitive reads) are counted too. */
const SETTLE_MS = 50;

async function post(url: string, body: unknown, token?: string): Promise<{ data?: Record<string, unknown> | null; errors?: { message: string }[] }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  try {
    return JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: { message: string }[] };
  } catch {
    throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  }
}

/**
 * SQL statements per request (issue 8: scenarios 1 to 4, and "statements do not grow with page
 * size"). Boots the real API in this process once (real authorization, its own Redis prefix),
 * signs the requests' users in, sends each request once to warm up (ability and DataLoader
 * paths, prepared metadata), then once more with the DataSource's `StatementCounter` (the
 * TypeORM logger every DataSource has) reset before it: the count per request, in order. The
 * session check of the guard and any audit writes of the request are part of its count. A
 * request answering with GraphQL errors throws (its count would mean nothing).
 */
export async function countStatements(databaseUrl: string, redisUrl: string, requests: GqlRequest[]): Promise<number[]> {
  const api = await bootInProcessApi(databaseUrl, redisUrl, { logs: false, redisPrefix: `renkei-bench-stmt-${randomBytes(4).toString('hex')}` });
  try {
    const counter = api.app.get(DataSource).logger as StatementCounter;
    const tokens = new Map<string, string>();
    for (const username of new Set(requests.map((r) => r.username))) {
      tokens.set(username, await demoLogin(api.url, username));
    }
    const send = async (r: GqlRequest) => {
      const res = await post(api.url, { query: r.query, variables: r.variables ?? {} }, tokens.get(r.username));
      if (res.errors?.length) throw new Error(`countStatements: ${r.username}: ${res.errors.map((e) => e.message).join('; ')}`);
    };
    for (const r of requests) await send(r);
    const counts: number[] = [];
    for (const r of requests) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      counter.reset();
      await send(r);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      counts.push(counter.statements);
    }
    return counts;
  } finally {
    await api.close();
  }
}
