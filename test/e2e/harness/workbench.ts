// Drives the VS Code workbench in Chromium the way a person does: mouse on the text, keyboard shortcuts, reading
// what the screen shows. Every expectation polls the page with a deadline (harness/wait.ts).
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { CHROMIUM } from './paths';
import { waitFor } from './wait';

const EDITOR = '.part.editor .monaco-editor';

/** Text as the screen shows it: Monaco renders spaces as no-break spaces. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

export interface Point {
  readonly x: number;
  readonly y: number;
}

export class Workbench {
  private constructor(
    readonly browser: Browser,
    readonly page: Page,
  ) {}

  static async open(url: string): Promise<Workbench> {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      // Root in a container: no sandbox; no GPU; and no calls to hosts this machine cannot reach.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
      await page.goto(url);
      await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
      return new Workbench(browser, page);
    } catch (e) {
      await browser.close();
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  /** Clicks the file in the Explorer (quick open does not open files in a headless run) and waits for its editor. */
  async openFile(name: string): Promise<void> {
    const row = this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name });
    await row.first().click({ timeout: 60_000 });
    await waitFor(`the editor tab of ${name}`, () => this.page.locator('.tabs-container .tab.active', { hasText: name }).isVisible(), { timeoutMs: 30_000 });
    await this.page.locator(`${EDITOR} .view-lines`).first().waitFor({ timeout: 30_000 });
  }

  /** Closes hovers, menus and suggestions and puts the keyboard back in the editor. */
  async focusEditor(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+1');
    await waitFor('the keyboard in the editor', () => this.page.locator(`${EDITOR}.focused`).count().then((n) => n > 0));
  }

  /** Runs a command from the Command Palette, as typed by a user. */
  async command(title: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    const pick = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await pick.waitFor({ state: 'visible' });
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
  }

  /** Ctrl+G to a one-based line and column; waits until the status bar shows the cursor there. */
  async goTo(line: number, column: number): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    const status = this.page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` });
    await waitFor(`the cursor at Ln ${line}, Col ${column}`, () => status.first().isVisible());
  }

  /** Where the editor's cursor is drawn, a few pixels into the character after it. */
  async cursorPoint(): Promise<Point> {
    const box = await waitFor('the editor cursor', () => this.page.locator(`${EDITOR} .cursors-layer .cursor`).first().boundingBox());
    return { x: box.x + 3, y: box.y + box.height / 2 };
  }

  /** Whether a squiggle of that severity is drawn under the point. */
  async squiggleUnder(point: Point, severity: 'error' | 'warning' | 'info' | 'hint'): Promise<boolean> {
    const boxes = await this.page.locator(`${EDITOR} .squiggly-${severity}`).evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    return boxes.some((b) => b.left <= point.x && point.x <= b.right && b.top <= point.y && point.y <= b.bottom);
  }

  /** Moves the mouse onto the point and returns the hover's text once it shows `expected`. */
  async hoverText(point: Point, expected: RegExp, timeoutMs = 15_000): Promise<string> {
    const hover = this.page.locator('.monaco-hover:not(.hidden)');
    let moved = 0;
    return waitFor(`a hover showing ${expected}`, async () => {
      const hit = (await hover.allInnerTexts()).map(plain).find((t) => expected.test(t));
      if (hit) return hit;
      // Like a user: move the mouse off the word and back onto it when nothing shows.
      if (Date.now() - moved > 3000) {
        await this.page.mouse.move(1, 1);
        await this.page.mouse.move(point.x, point.y, { steps: 4 });
        moved = Date.now();
      }
      return undefined;
    }, { timeoutMs, seen: () => hover.allInnerTexts() });
  }

  async openProblems(): Promise<void> {
    if (!(await this.page.locator('.markers-panel').isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator('.markers-panel').waitFor({ state: 'visible' });
  }

  /** Opens the Problems panel (Ctrl+Shift+M) and returns its rows once one matches `expected`. */
  async problemRow(expected: RegExp, timeoutMs = 15_000): Promise<string> {
    await this.openProblems();
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    return waitFor(`a problem matching ${expected}`, async () => (await rows.allInnerTexts()).map(plain).find((t) => expected.test(t)), {
      timeoutMs,
      seen: () => rows.allInnerTexts(),
    });
  }

  async problems(): Promise<string[]> {
    return (await this.page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map(plain);
  }

  async closePanel(): Promise<void> {
    if (await this.page.locator('.part.panel').isVisible()) await this.command('View: Hide Panel');
  }

  /** Whether the active editor has unsaved changes. */
  async isDirty(): Promise<boolean> {
    return (await this.page.locator('.tabs-container .tab.active.dirty').count()) > 0;
  }

  /** The labels in the open suggestion list. */
  async suggestions(): Promise<string[]> {
    return (await this.page.locator('.suggest-widget.visible .monaco-list-row .label-name').allInnerTexts()).map(plain);
  }

  /** Ctrl+. at the cursor; returns the quick fix item whose title matches, once the menu shows it. */
  async quickFix(title: RegExp, timeoutMs = 15_000): Promise<Locator> {
    const menu = this.page.locator('.action-widget');
    const rows = this.page.locator('.action-widget .monaco-list-row');
    let pressed = 0;
    const text = await waitFor(`a quick fix titled ${title}`, async () => {
      const hit = (await rows.allInnerTexts()).map(plain).find((t) => title.test(t));
      if (hit) return hit;
      // Like a user whose first Ctrl+. came before the fixes were ready: press it again.
      if (!(await menu.isVisible()) && Date.now() - pressed > 2000) {
        await this.page.keyboard.press('Control+.');
        pressed = Date.now();
      }
      return undefined;
    }, { timeoutMs, seen: () => rows.allInnerTexts() });
    return rows.filter({ hasText: text.trim() }).first();
  }

  /** The text of the editor lines on screen, top to bottom. */
  async visibleText(): Promise<string> {
    const lines = await this.page.locator(`${EDITOR} .view-lines .view-line`).evaluateAll((els) =>
      els.map((e) => ({ top: e.getBoundingClientRect().top, text: e.textContent ?? '' })).sort((a, b) => a.top - b.top),
    );
    return plain(lines.map((l) => l.text).join('\n'));
  }

  /**
   * Opens the Outline view in the Explorer, collapses the nodes matching `collapse` (the tree shows only the rows
   * that fit), and returns its rows once they include every expected label.
   */
  async outline(expected: RegExp[], collapse: RegExp[] = [], timeoutMs = 15_000): Promise<string[]> {
    // The folder tree is collapsed to give the outline the height of the side bar.
    const folders = this.page.locator('.pane:has(> .pane-body > .explorer-folders-view) > .pane-header').first();
    if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
    const header = this.page.locator('.pane-header', { hasText: /^Outline/ }).first();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const rows = this.page.locator('.outline-pane .monaco-list-row');
    const texts = async () => (await rows.allInnerTexts()).map((t) => plain(t).trim());
    for (const c of collapse) {
      const row = rows.filter({ hasText: c }).first();
      await row.waitFor({ timeout: timeoutMs });
      if ((await row.getAttribute('aria-expanded')) === 'true') await row.locator('.monaco-tl-twistie').click();
      await waitFor(`the outline node ${c} collapsed`, async () => (await row.getAttribute('aria-expanded')) === 'false');
    }
    return waitFor(`outline rows ${expected.join(', ')}`, async () => {
      const t = await texts();
      return expected.every((e) => t.some((x) => e.test(x))) && t;
    }, { timeoutMs, seen: texts });
  }

  /** Waits until hovers, suggestion lists and menus have finished fading in. */
  async settled(): Promise<void> {
    await waitFor('widgets to finish fading in', () =>
      this.page.evaluate(() =>
        Array.from(document.querySelectorAll('.monaco-hover, .suggest-widget, .action-widget, .context-view')).every((el) =>
          el.getAnimations({ subtree: true }).every((a) => a.playState !== 'running'),
        ),
      ),
    { timeoutMs: 5_000, intervalMs: 50 });
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}
