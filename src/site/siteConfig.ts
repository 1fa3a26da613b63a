// The site's own settings (content/_data/site.json and navigation.json), checked before a build so a mistake is named by file and field rather than surfacing as a broken page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SettingsError } from './entryError.ts';
import { registrySchema } from '../publishers/registry.ts';

const webAddress = z
  .string()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), 'must be an absolute http(s) address, e.g. https://archive.example.org');

export const siteSchema = z.object({
  title: z.string().trim().min(1),
  description: z.string().trim().min(1),
  // A BCP 47 tag such as "en" or "uk-UA": it becomes the pages' lang attribute, which screen readers rely on.
  language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as "en" or "uk-UA"'),
  url: webAddress,
  corrections: z.string().trim().min(1).optional(),
});

export const navigationSchema = z.array(
  z.object({
    url: z.string().regex(/^\/[^/]/, 'must be a path on this site starting with "/", e.g. "/tags/"').or(z.literal('/')),
    label: z.string().trim().min(1),
  }),
);

export type SiteSettings = z.infer<typeof siteSchema>;

function readValidated<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SettingsError(`${file}: cannot be read as JSON (${(error as Error).message}); fix it and build again.`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.length ? `field \`${issue.path.join('.')}\`` : 'the file';
    throw new SettingsError(`${file}: ${field} ${issue.message}; fix it and build again.`);
  }
  return result.data;
}

export function readSiteSettings(dataDir: string): SiteSettings {
  return readValidated(path.join(dataDir, 'site.json'), siteSchema);
}

export function readNavigation(dataDir: string): z.infer<typeof navigationSchema> {
  return readValidated(path.join(dataDir, 'navigation.json'), navigationSchema);
}

/** The outlet registry pages read (publishers in JSON-LD); ingest checks it too, but a build may run without ingest. */
export function readPublishers(dataDir: string): z.infer<typeof registrySchema> {
  return readValidated(path.join(dataDir, 'publishers.json'), registrySchema);
}

/** SITE_URL wins over site.json, so one checkout can publish to several addresses. */
export function publicAddress(settings: SiteSettings, environment: NodeJS.ProcessEnv = process.env): string {
  const fromEnvironment = environment.SITE_URL;
  if (!fromEnvironment) return settings.url;
  const checked = webAddress.safeParse(fromEnvironment);
  if (!checked.success) throw new SettingsError(`SITE_URL "${fromEnvironment}" ${checked.error.issues[0]!.message}.`);
  return fromEnvironment;
}
