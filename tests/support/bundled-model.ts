import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlanModelSchema, type PlanModel } from '../../src/lib/model/schema.ts';
import { root } from './plans.ts';

/** The plan bundled with the site, whose generated files are committed under content/generated/. */
export const BUNDLED_PLAN = 'liaoning-2015-24';

/**
 * A plan's model as the site is built from it: content/generated/<id>/plan.json, read and checked
 * against the schema. A fresh copy on every call, so a test may change its copy. The one way the
 * tests load the generated model (unit and browser tests alike); tests of the converter itself
 * convert the source instead (plans.ts: realPlanBytes).
 */
export function bundledModel(id = BUNDLED_PLAN): PlanModel {
  return PlanModelSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'generated', id, 'plan.json'), 'utf8')));
}
