import axe from 'axe-core';
import type { Page } from 'playwright-core';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page with the WCAG 2.x A/AA rules; returns serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated through DevTools rather than as an inline <script>: the server's Content-Security-Policy
  // (script-src 'self') rightly refuses inline scripts, and the page under test keeps its policy.
  if (!loaded) await page.evaluate(`${axe.source}\n;void 0;`);
  const results = await page.evaluate(async (tags) => {
    const w = window as unknown as { axe: typeof axe };
    return w.axe.run(document, { runOnly: { type: 'tag', values: tags } });
  }, WCAG_TAGS);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** Content wider than the viewport means horizontal scrolling at 320 px (WCAG 1.4.10 reflow). */
export function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}
