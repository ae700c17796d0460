import { describe, expect, it } from 'vitest';
import { ConfigError, DEVELOPMENT_TOKEN_SECRET, loadConfig } from './config.ts';

describe('configuration', () => {
  it('defaults to development on PGlite in ./.data, port 8080, demo on', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ mode: 'development', port: 8080, demo: true, redisUrl: null });
    expect('dataDir' in c.database && c.database.dataDir.endsWith('.data')).toBe(true);
    expect(c.customerTokens.secret).toBe(DEVELOPMENT_TOKEN_SECRET);
  });

  it('uses PostgreSQL and Redis when their URLs are set', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/x', REDIS_URL: 'redis://r:6379' });
    expect(c.database).toEqual({ url: 'postgres://u@db:5432/x' });
    expect(c.redisUrl).toBe('redis://r:6379');
  });

  it('in production, turns the demo off and refuses to start without a token secret or JWKS', () => {
    expect(() => loadConfig({ CLEARLINE_MODE: 'production' })).toThrow(ConfigError);
    try {
      loadConfig({ CLEARLINE_MODE: 'production', PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (err) {
      const message = (err as ConfigError).message;
      expect(message).toContain('CUSTOMER_TOKEN_SECRET');
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
    }
    const c = loadConfig({ CLEARLINE_MODE: 'production', CUSTOMER_TOKEN_SECRET: 'x'.repeat(40) });
    expect(c.demo).toBe(false);
    const j = loadConfig({
      CLEARLINE_MODE: 'production',
      CUSTOMER_JWKS_URL: 'https://bank.example/jwks.json',
    });
    expect(j.customerTokens).toMatchObject({ secret: null, jwksUrl: 'https://bank.example/jwks.json' });
  });

  it('refuses a short token secret', () => {
    expect(() => loadConfig({ CUSTOMER_TOKEN_SECRET: 'short' })).toThrow(/at least 32/);
  });
});

describe('TRUST_PROXY', () => {
  it('believes no forwarded address by default, and parses hops and addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });
});
