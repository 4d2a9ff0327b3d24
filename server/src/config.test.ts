import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from './config.js';

describe('gateway configuration', () => {
  it('embeds the simulator when GATEWAY_URL is unset, with fresh secrets unless given', () => {
    const a = loadConfig({}).gateway;
    const b = loadConfig({}).gateway;
    assert.ok(a.mode === 'embedded' && b.mode === 'embedded');
    assert.ok(a.apiKey.length >= 16 && a.signingSecret.length >= 16);
    assert.notEqual(a.signingSecret, b.signingSecret);
    assert.equal(a.simReplyRate, 0.6);
    assert.deepEqual(loadConfig({ GATEWAY_API_KEY: 'k', GATEWAY_SIGNING_SECRET: 's'.repeat(16), NODE_ENV: 'test' }).gateway, { mode: 'embedded', apiKey: 'k', signingSecret: 's'.repeat(16), simReplyRate: 0 });
    assert.equal((loadConfig({ GATEWAY_SIM_REPLY_RATE: '0.25' }).gateway as { simReplyRate: number }).simReplyRate, 0.25);
  });

  it('GATEWAY_URL=off disables the channels; a URL needs its key and secret', () => {
    assert.deepEqual(loadConfig({ GATEWAY_URL: 'off' }).gateway, { mode: 'off' });
    const secret = 'x'.repeat(32);
    assert.deepEqual(loadConfig({ GATEWAY_URL: 'https://sms.example.gov.cn', GATEWAY_API_KEY: 'k', GATEWAY_SIGNING_SECRET: secret }).gateway, {
      mode: 'external',
      url: 'https://sms.example.gov.cn',
      apiKey: 'k',
      signingSecret: secret,
    });
    assert.throws(() => loadConfig({ GATEWAY_URL: 'http://127.0.0.1:18990' }), /GATEWAY_API_KEY: GATEWAY_API_KEY is required[\s\S]*GATEWAY_SIGNING_SECRET/);
    assert.throws(() => loadConfig({ GATEWAY_URL: 'smpp://10.0.0.1' }), /GATEWAY_URL must be an http\(s\):\/\/ URL or off/);
    assert.throws(() => loadConfig({ GATEWAY_SIM_REPLY_RATE: '1.5' }), /GATEWAY_SIM_REPLY_RATE/);
    assert.throws(() => loadConfig({ GATEWAY_URL: 'off', GATEWAY_SIGNING_SECRET: 'short' }), /at least 16/);
  });
});
