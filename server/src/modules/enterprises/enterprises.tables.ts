import type { ChemicalLine, HazardAssessment, HazardUnit } from '@shouwang/contracts';
import type { DefaultTimestamp, Json } from '../../foundation/db/tables.js';

export type EnterprisesTables = {
  enterprises: {
    id: string;
    name: string;
    uscc: string;
    industry: string;
    region_code: string;
    lon: number;
    lat: number;
    address: string;
    principal_name: string;
    principal_phone: string;
    safety_manager_name: string;
    safety_manager_phone: string;
    risk_grade: string | null;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
  enterprises_hazard_sources: {
    id: string;
    enterprise_id: string;
    region_code: string;
    name: string;
    description: string;
    units: Json<HazardUnit[]>;
    chemicals: Json<ChemicalLine[]>;
    exposed_population: number;
    s: number;
    r: number;
    is_major: boolean;
    grade: string | null;
    assessment: Json<HazardAssessment>;
    created_at: DefaultTimestamp;
    updated_at: DefaultTimestamp;
  };
  enterprises_hazard_persons: {
    id: string;
    hazard_source_id: string;
    region_code: string;
    role: string;
    name: string;
    phone: string;
    title: string;
    updated_at: DefaultTimestamp;
  };
};

export const ENTERPRISES_SCOPED_TABLES = ['enterprises', 'enterprises_hazard_sources', 'enterprises_hazard_persons'] as const;
