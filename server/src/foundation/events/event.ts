/** A fact a module announces after its transaction commits. `type` is `<module>.<past-tense>`. */
export type DomainEvent<P extends Record<string, unknown> = Record<string, unknown>> = {
  id: string;
  type: string;
  regionCode: string;
  occurredAt: string;
  payload: P;
  /** Named users the event is for (e.g. the people a warning calls); absent: everyone in scope. */
  audience?: string[];
};

export type EventHandler = (event: DomainEvent) => Promise<void> | void;
