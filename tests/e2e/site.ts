import { readFileSync } from 'node:fs';
import { PlanModelSchema, type PlanModel } from '../../src/lib/model/schema.ts';

/** The plan the site was built from, read back from the generated model. */
export function loadModel(id = 'liaoning-2015-24'): PlanModel {
  return PlanModelSchema.parse(JSON.parse(readFileSync(`content/generated/${id}/plan.json`, 'utf8')));
}

export const stripWhitespace = (s: string) => s.replace(/\s+/g, '');
