// Word's automatic list numbers as the reader sees them, from hand-made numbering, styles and
// document parts: counting per list, deeper levels restarting, a restart by startOverride, a
// heading style that carries the numbering, bullets and numId 0 (numbering switched off).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { paragraphLabels } from '../../server/src/inputs/docxNumbering';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const NUMBERING = `<?xml version="1.0"?><w:numbering ${W}>
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>`;

const STYLES = `<?xml version="1.0"?><w:styles ${W}>
<w:style w:styleId="Part"><w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="0"/></w:numPr></w:pPr></w:style>
<w:style w:styleId="PartBold"><w:basedOn w:val="Part"/></w:style>
</w:styles>`;

function p(numId?: number, ilvl = 0, style?: string): string {
  const numPr = numId === undefined ? '' : `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
  const pStyle = style ? `<w:pStyle w:val="${style}"/>` : '';
  return `<w:p><w:pPr>${pStyle}${numPr}</w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
}

function doc(...paragraphs: string[]): string {
  return `<?xml version="1.0"?><w:document ${W}><w:body>${paragraphs.join('')}</w:body></w:document>`;
}

describe('Word numbering as the reader sees it', () => {
  test('counts per list; a deeper level restarts under each new part; bullets and numId 0 show nothing', () => {
    const labels = paragraphLabels(
      doc(p(1, 0), p(1, 1), p(1, 1), p(1, 2), p(), p(2, 0), p(1, 0), p(1, 1), p(0, 0), p(1, 2)),
      NUMBERING,
      STYLES,
    ).map((l) => l.label);
    assert.deepEqual(labels, ['一、', '（一）', '（二）', '1.', '', '', '二、', '（一）', '', '1.']);
  });

  test('a heading style carries the numbering (also through basedOn); startOverride restarts a list', () => {
    const labels = paragraphLabels(
      doc(p(undefined, 0, 'Part'), p(undefined, 0, 'PartBold'), p(3, 0), p(3, 0)),
      NUMBERING,
      STYLES,
    ).map((l) => l.label);
    assert.deepEqual(labels, ['一、', '二、', '一、', '二、']);
  });

  test('missing or broken parts give no labels instead of failing', () => {
    assert.deepEqual(paragraphLabels(doc(p(1, 0)), undefined, undefined).map((l) => l.label), ['']);
    assert.deepEqual(paragraphLabels('<w:document', NUMBERING, STYLES), []);
  });
});
