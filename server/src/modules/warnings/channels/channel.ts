export type ChannelKind = 'app' | 'sms' | 'voice' | 'broadcast' | 'webhook';
export type GatewayKind = 'sms' | 'voice' | 'broadcast';
/** One message to one address; deliveryId is the platform's delivery row id, echoed back in receipts. */
export type OutboundMessage = { deliveryId: string; to: string; text: string };
export type SendOutcome = { deliveryId: string; accepted: true; providerRef: string } | { deliveryId: string; accepted: false; reason: string };
/** A carrier's later word on one message. For voice, `answered`/`keys` tell whether the person picked up and pressed a key (IVR confirmation). */
export type Receipt = { deliveryId: string; providerRef: string; status: 'delivered' | 'failed'; reason: string | null; at: Date; answered?: boolean; keys?: string };
/** A reply SMS sent by a person to the platform's number (e.g. the acknowledgement code). */
export type InboundSms = { from: string; text: string; at: Date; providerRef: string };
export interface GatewayChannel { kind: GatewayKind; send(batch: OutboundMessage[]): Promise<SendOutcome[]> }
