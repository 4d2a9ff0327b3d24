/** Every list endpoint answers `{items, total}`. */
export interface Page<T> {
  items: T[];
  total: number;
}

export const monitoringKey = ['monitoring'] as const;
/** Lists and details of points: their latest value and state change with every reading. */
export const pointsKey = [...monitoringKey, 'points'] as const;
export const sparklinesKey = [...monitoringKey, 'sparklines'] as const;
export const seriesKey = [...monitoringKey, 'series'] as const;
export const alarmsKey = [...monitoringKey, 'alarms'] as const;
export const escalationKey = [...monitoringKey, 'escalation'] as const;
