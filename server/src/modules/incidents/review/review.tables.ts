import type { IncidentReviewFacts } from '@shouwang/contracts';
import type { Json, NullableTimestamp, Timestamp } from '../../../foundation/db/tables.js';

export type ReviewTables = {
  incidents_reviews: {
    incident_id: string;
    region_code: string;
    status: string;
    summary: string;
    response: string;
    assessment: string;
    lessons: string;
    measures: string;
    facts: Json<IncidentReviewFacts>;
    created_by_id: string | null;
    created_by_name: string;
    updated_by_id: string | null;
    updated_by_name: string;
    created_at: Timestamp;
    updated_at: Timestamp;
    finalised_at: NullableTimestamp;
    finalised_by: string | null;
  };
};

export const REVIEW_SCOPED_TABLES = ['incidents_reviews'] as const;
