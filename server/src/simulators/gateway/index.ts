import type { Config } from '../../config.js';
import { GATEWAY_INBOUND_PATH, startGatewaySimulator, type GatewaySimulator, type GatewaySimulatorOptions } from './gateway-simulator.js';

export { GATEWAY_INBOUND_PATH, startGatewaySimulator } from './gateway-simulator.js';
export type { GatewaySimulator, GatewaySimulatorOptions, GatewaySimulatorStats } from './gateway-simulator.js';

/** The gateway the platform talks to: the address and secrets to build its channels with. */
export type ConfiguredGateway = {
  mode: 'embedded' | 'external';
  url: string;
  apiKey: string;
  signingSecret: string;
  /** The embedded simulator (stats for logs and tests); null for a real gateway. */
  simulator: GatewaySimulator | null;
  close(): Promise<void>;
};

/**
 * null when GATEWAY_URL=off; the configured gateway when GATEWAY_URL is set; otherwise a simulator on a free
 * port of 127.0.0.1, replying to SMS at `callbackBase` + GATEWAY_INBOUND_PATH. `callbackBase` is the
 * platform's own origin as the gateway reaches it (e.g. http://127.0.0.1:3000), so start this after listen.
 * `tune` lets tests shorten latencies or fix a seed.
 */
export async function startEmbeddedGatewayIfConfigured(
  config: Pick<Config, 'gateway'>,
  callbackBase: string,
  tune: Omit<GatewaySimulatorOptions, 'apiKey' | 'signingSecret'> = {},
): Promise<ConfiguredGateway | null> {
  const g = config.gateway;
  if (g.mode === 'off') return null;
  if (g.mode === 'external') return { mode: 'external', url: g.url, apiKey: g.apiKey, signingSecret: g.signingSecret, simulator: null, close: async () => undefined };
  const simulator = await startGatewaySimulator({
    apiKey: g.apiKey,
    signingSecret: g.signingSecret,
    replyRate: g.simReplyRate,
    inboundUrl: `${callbackBase.replace(/\/+$/, '')}${GATEWAY_INBOUND_PATH}`,
    ...tune,
  });
  return { mode: 'embedded', url: simulator.url, apiKey: g.apiKey, signingSecret: g.signingSecret, simulator, close: () => simulator.close() };
}
