// Screenshots for the README, taken in the real workbench (code-server + the installed .vsix),
// driven the way a user works: Quick Open, the command palette, keyboard shortcuts, clicks.
// Each shot waits (with a deadline) for what it shows to be on screen, so a shot that would show
// nothing useful fails the step instead of committing an empty picture.

import * as fs from 'node:fs';
import * as path from 'node:path';

const WAIT = 45_000;

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {{url: string, outDir: string, debugDir: string, log: (m: string) => void}} opts
 * @returns {Promise<string[]>} the files written
 */
export async function takeScreenshots(context, { url, outDir, debugDir, log }) {
  fs.mkdirSync(outDir, { recursive: true });
  fs.rmSync(debugDir, { recursive: true, force: true });
  fs.mkdirSync(debugDir, { recursive: true });
  const page = context.pages()[0] ?? (await context.newPage());
  const written = [];
  let current = 'opening the workbench';

  const shot = async (name, clip) => {
    const file = path.join(outDir, `${name}.png`);
    await page.screenshot({ path: file, clip });
    written.push(file);
    log(`  screenshot ${path.relative(path.resolve(outDir, '../..'), file)}`);
  };

  // Lets the workbench paint pending changes (editor reveal, tree expansion) before a shot:
  // a few animation frames, not a fixed delay.
  const settle = () =>
    page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve)))),
    );

  // Escape closes widgets; focusing the editor first makes the next shortcut go where intended.
  const escape = async (times = 2) => {
    for (let i = 0; i < times; i++) await page.keyboard.press('Escape');
  };

  const palette = async (command) => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: WAIT });
    await input.fill(`>${command}`);
    await page
      .locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: command })
      .first()
      .waitFor({ state: 'visible', timeout: WAIT });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT });
  };

  const openFile = async (prefix) => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: WAIT });
    await input.fill(prefix);
    await page
      .locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: prefix })
      .first()
      .waitFor({ state: 'visible', timeout: WAIT });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: prefix }).waitFor({ state: 'visible', timeout: WAIT });
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: WAIT });
  };

  /** Selects the n-th (1-based) occurrence of `text` in the active editor with the Find widget. */
  const findInEditor = async (text, n = 1) => {
    await page.keyboard.press('Control+F');
    const input = page.locator('.editor-group-container.active .find-widget textarea, .editor-group-container.active .find-widget input').first();
    await input.waitFor({ state: 'visible', timeout: WAIT });
    await input.fill(text);
    await page.locator('.editor-group-container.active .find-widget .matchesCount').filter({ hasNotText: 'No results' }).waitFor({ timeout: WAIT });
    // Typing selected the first match after the cursor; Enter moves on.
    for (let i = 1; i < n; i++) await page.keyboard.press('Enter');
    await page.keyboard.press('Escape'); // close the widget, keep the selection
  };

  const gotoLine = async (line) => {
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: WAIT });
    await input.fill(`:${line}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT });
  };

  try {
    await page.goto(url, { timeout: 60_000, waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });

    // --- 1. Outline of report 000 -------------------------------------------------------------
    current = 'the Outline of report 000';
    await openFile('000_');
    await palette('Explorer: Focus on Outline View');
    // Collapse the file list so the Outline gets the whole side bar.
    const foldersHeader = page.locator('.pane-header', { hasText: 'REPORTS' });
    if ((await foldersHeader.getAttribute('aria-expanded')) === 'true') await foldersHeader.click();
    const outlineRows = page.locator('.outline-pane .monaco-list-row');
    const part1 = outlineRows.filter({ hasText: '2022年国民经济和社会发展计划执行情况' }).last();
    await part1.waitFor({ timeout: WAIT });
    // Selecting part 一 reveals it in the editor; expanding it shows its chapters （一）…（七）.
    await part1.click();
    if ((await part1.getAttribute('aria-expanded')) === 'false') await page.keyboard.press('ArrowRight');
    await outlineRows.filter({ hasText: '踔厉奋发' }).first().waitFor({ timeout: WAIT });
    await settle();
    await shot('outline');

    // --- 2. Hover on a figure -----------------------------------------------------------------
    current = 'a hover on 231.7亿元';
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
    await gotoLine(1);
    await findInEditor('231.7亿元'); // its first occurrence is on line 13 (the suite asserts that)
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: '23,170,000,000' }).first();
    await hover.waitFor({ state: 'visible', timeout: WAIT });
    // The hover fades in; shoot once its animations are over, not half transparent.
    await page.waitForFunction(
      () => [...document.querySelectorAll('.monaco-hover')].every((el) => el.getAnimations({ subtree: true }).every((a) => a.playState !== 'running')),
      null,
      { timeout: WAIT },
    );
    await settle();
    await shot('hover');
    await escape();

    // --- 3. Problems panel with findings --------------------------------------------------------
    current = 'the Problems panel';
    await openFile('003_');
    await openFile('001_');
    await page.keyboard.press('Control+Shift+M');
    // Give the panel more height (drag the sash above it) so the findings of all three reports fit.
    const panel = await page.locator('.part.panel').boundingBox();
    if (panel) {
      const x = panel.x + panel.width / 2;
      await page.mouse.move(x, panel.y - 1);
      await page.mouse.down();
      await page.mouse.move(x, panel.y - 170, { steps: 5 });
      await page.mouse.up();
    }
    const problemRows = page.locator('.markers-panel .monaco-list-row');
    const duplicateRow = problemRows.filter({ hasText: 'duplicate-sentence' }).first();
    await duplicateRow.waitFor({ state: 'visible', timeout: WAIT });
    // Open the finding: the editor reveals the repeated sentence above the panel.
    await duplicateRow.click();
    await settle();
    await shot('problems');

    // --- 4. Quick fix menu on the repeated sentence -----------------------------------------
    current = 'the quick-fix menu';
    await duplicateRow.dblclick(); // focuses the editor at the finding
    await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: WAIT });
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.waitFor({ state: 'visible', timeout: WAIT });
    await page.locator('.action-widget .monaco-list-row').first().waitFor({ state: 'visible', timeout: WAIT });
    await shot('quick-fix');
    await escape();

    // --- 5. A cross-report finding: related location in another, unopened report --------------
    current = 'a cross-report finding';
    await openFile('work.txt'); // county/work.txt; county/plan.txt stays closed
    await page.keyboard.press('Control+Shift+M');
    const crossRow = problemRows.filter({ hasText: 'cross-report-mismatch' }).first();
    await crossRow.waitFor({ state: 'visible', timeout: WAIT });
    await crossRow.click();
    // Related information (the figure in plan.txt) is a child row: expand it when collapsed.
    if ((await crossRow.getAttribute('aria-expanded')) === 'false') await page.keyboard.press('ArrowRight');
    await problemRows.filter({ hasText: 'plan.txt' }).first().waitFor({ state: 'visible', timeout: WAIT });
    await settle();
    await shot('cross-report');

    // --- 6. The indicator table ---------------------------------------------------------------
    current = 'the indicator table';
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
    await palette('Report Lens: Show Indicator Table');
    await page.locator('.tabs-container .tab', { hasText: 'Preview' }).first().waitFor({ state: 'visible', timeout: WAIT });
    // The preview renders inside nested webview frames; wait for its table when reachable.
    await page
      .frameLocator('iframe.webview.ready')
      .last()
      .frameLocator('iframe#active-frame')
      .locator('table')
      .first()
      .waitFor({ state: 'visible', timeout: WAIT })
      .catch(() => log('  (the preview frame was not reachable; shooting the tab as it is)'));
    await page.keyboard.press('Control+J'); // hide the panel: the table gets the height
    await settle();
    await shot('indicator-table');
    return written;
  } catch (err) {
    const debug = path.join(debugDir, 'failed.png');
    await page.screenshot({ path: debug }).catch(() => {});
    throw new Error(`screenshot of ${current} failed (${err instanceof Error ? err.message.split('\n')[0] : err}); page at ${debug}`);
  }
}
