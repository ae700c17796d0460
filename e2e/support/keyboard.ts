import type { Page } from 'playwright-core';

export interface FocusInfo {
  tag: string;
  name: string;
  type: string | null;
  inWidget: boolean;
  /** The focus indicator is drawn (an outline or a box-shadow ring). */
  visibleFocus: boolean;
  /** Entirely hidden behind the floating launcher or chat panel (WCAG 2.4.11). */
  obscured: boolean;
}

/** What has focus now, with the checks every keyboard stop must pass. */
export function focusInfo(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const input = el as HTMLInputElement;
    const name = el.getAttribute('aria-label') ?? input.labels?.[0]?.textContent?.trim() ?? '';
    const rect = el.getBoundingClientRect();
    const inWidget = !!el.closest('.cl-widget');
    let obscured = false;
    if (!inWidget) {
      for (const cover of document.querySelectorAll<HTMLElement>('.cl-launcher, .cl-panel:not([hidden])')) {
        const c = cover.getBoundingClientRect();
        if (rect.left >= c.left && rect.right <= c.right && rect.top >= c.top && rect.bottom <= c.bottom)
          obscured = true;
      }
    }
    return {
      tag: el.tagName.toLowerCase(),
      name: name || (el.textContent ?? '').trim(),
      type: el.getAttribute('type'),
      inWidget,
      visibleFocus: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
      obscured,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until focus is on what `matches` accepts, checking on the way that
 * every stop shows its focus and is not hidden behind the widget.
 */
export async function tabTo(
  page: Page,
  matches: (f: FocusInfo) => boolean,
  what: string,
  options: { backwards?: boolean; max?: number } = {},
): Promise<FocusInfo> {
  const problems: string[] = [];
  for (let i = 0; i < (options.max ?? 60); i++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const f = await focusInfo(page);
    if (!f) continue;
    if (!f.visibleFocus) problems.push(`no visible focus on <${f.tag}> "${f.name}"`);
    if (f.obscured) problems.push(`<${f.tag}> "${f.name}" is hidden behind the chat widget`);
    if (matches(f)) {
      if (problems.length > 0) throw new Error(problems.join('\n'));
      return f;
    }
  }
  throw new Error(
    `Could not reach ${what} with the keyboard.${problems.length ? `\n${problems.join('\n')}` : ''}`,
  );
}
