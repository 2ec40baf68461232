import data from '../../../../content/departments.json';
import { RegistrySchema, type Registry } from '../../model/schema.ts';

/** The reviewed department registry, validated when the site is built. */
export const registry: Registry = RegistrySchema.parse(data);
