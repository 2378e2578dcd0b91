/*
 * Where the keyboard is in a page of the portal, for the keyboard-only
 * walk of the accessibility test: the focused element's name and role,
 * and whether its focus is drawn.
 */
import { Page } from 'playwright-core';

/** Where the keyboard is: the focused element as a person meets it. */
export interface Focus {
  /** Accessible name: aria-label, aria-labelledby, or the element's text as written (not as styled). */
  name: string;
  role: string | null;
  href: string | null;
  selected: string | null;
  /** Inside the page's main content, not the sidebar or the header. */
  inMain: boolean;
  /** An outline or a shadow is drawn around it (WCAG 2.2 SC 2.4.7). */
  visible: boolean;
}

/** The focused element of `page`. */
export async function focusOf(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const labelledBy = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ??
      (labelledBy
        ? labelledBy
            .split(' ')
            .map(id => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : el.textContent ?? '');
    return {
      name: name.replace(/\s+/g, ' ').trim(),
      role: el.getAttribute('role'),
      href: el.getAttribute('href'),
      selected: el.getAttribute('aria-selected'),
      inMain: Boolean(el.closest('main')),
      visible:
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none',
    };
  });
}

/**
 * Presses `key` until the focus is on what `wanted` picks, and returns
 * every stop on the way, the last one included; fails naming the stops
 * when the focus never gets there.
 */
export async function pressUntil(
  page: Page,
  wanted: (focus: Focus) => boolean,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<Focus[]> {
  const stops: Focus[] = [];
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press(key);
    const focus = await focusOf(page);
    stops.push(focus);
    if (wanted(focus)) return stops;
  }
  throw new Error(
    `The focus never got there with ${key}; it went through: ${stops
      .map(stop => stop.name)
      .join(' | ')}`,
  );
}

/** The stops inside the page's content whose focus is not drawn. */
export function unseen(stops: Focus[]): string[] {
  return stops.filter(stop => stop.inMain && !stop.visible).map(s => s.name);
}
