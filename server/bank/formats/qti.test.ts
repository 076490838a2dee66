import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportedQuestion } from './imported-question.js';
import { parseQti } from './qti.js';
import { toBankItem } from './to-bank-item.js';

const SUITE = 'tests/fixtures/conformance/instructure-qti';
const read = (path: string) => parseQti(readFileSync(`${SUITE}/${path}`), `${SUITE}/${path}`);

const DEFAULTS = {
  id: 'signals-0999',
  topic: 'signals.aspects',
  subjects: ['traffic-safety'],
  post: 'driver' as const,
  source: 'teacher' as const,
  difficulty: 'easy' as const,
  lang: 'en' as const,
  references: ['Imported from Canvas'],
  explanation: 'To be written.',
};

const bank = (q: ImportedQuestion | undefined) => {
  const r = toBankItem(q as ImportedQuestion, DEFAULTS);
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.item;
};

describe('QTI 1.2: a real Canvas export with one item per Canvas question type', () => {
  const report = read('all_canvas_simple_1.2.xml');
  const byTitle = (t: string) => report.items.find((q) => q.title === t);

  it('imports Q1 multiple choice, Q2 true/false, Q3 fill in the blank, Q5 multiple answers and Q7 matching', () => {
    expect(report.errors).toEqual([]);
    expect(report.items.map((q) => [q.title, q.type, q.category])).toEqual([
      ['Question 1', 'single', 'Every Canvas Interaction'],
      ['Question 2', 'true_false', 'Every Canvas Interaction'],
      ['Question 3', 'fill_blank', 'Every Canvas Interaction'],
      ['Question 5', 'multiple', 'Every Canvas Interaction'],
      ['Question 7', 'matching', 'Every Canvas Interaction'],
    ]);
  });

  it('Q1: the answer is C, with the neutral feedback as explanation and per-answer feedback kept', () => {
    const q = byTitle('Question 1');
    expect(q?.stem).toBe('Question 1, Multiple Choice, Answer is C');
    expect(q?.options.map((o) => [o.text, o.fraction])).toEqual([
      ['C', 1],
      ['A', 0],
      ['B', 0],
      ['D', 0],
    ]);
    const item = bank(q);
    expect(item.type === 'single' && item.options.find((o) => o.correct)?.text).toBe('C');
    expect(item.explanation).toBe(
      [
        'Item Feedback, Neutral',
        '',
        '- **C**: Answer feedback for C, correct',
        '- **A**: Answer feedback for A, incorrect',
        '- **B**: Answer feedback for B, incorrect',
        '- **D**: Answer feedback for D, incorrect',
      ].join('\n'),
    );
  });

  it('Q2: the answer is True', () => {
    expect(bank(byTitle('Question 2'))).toMatchObject({ type: 'true_false', answer: true });
  });

  it('Q3: "Blank" and "blank" are accepted', () => {
    expect(bank(byTitle('Question 3'))).toMatchObject({ type: 'fill_blank', accepted: ['Blank', 'blank'] });
  });

  it('Q5: A, B and C, all or nothing (the exact-set condition Canvas writes), the blank choices dropped', () => {
    expect(bank(byTitle('Question 5'))).toMatchObject({
      type: 'multiple',
      scoring: 'all-or-nothing',
      options: [
        { id: 'a', text: 'A', correct: true },
        { id: 'b', text: 'B', correct: true },
        { id: 'c', text: 'C', correct: true },
        { id: 'd', text: 'D' },
        { id: 'e', text: 'E' },
        { id: 'f', text: 'F' },
      ],
    });
    expect(report.warnings.map((w) => w.message)).toContain('Question 5: 3 empty choice(s) dropped');
  });

  it('Q7: A:1 and B:2 (duplicated and empty prompts collapsed, the no-break space read as a space), other answers as extras', () => {
    const q = byTitle('Question 7');
    expect(q?.stem).toBe('Question 7, Matching, Correct Answer A:1, B:2');
    expect(bank(q)).toMatchObject({
      type: 'matching',
      pairs: [
        { prompt: 'A', answer: '1' },
        { prompt: 'B', answer: '2' },
      ],
      distractors: ['C', 'D', 'E', 'F', '3', '4', '5'],
    });
  });

  it('lists every type Roundhouse cannot represent under skipped, with the reason', () => {
    expect(report.skipped.map((s) => [s.title, s.type])).toEqual([
      ['Question 4', 'cloze'],
      ['Question 6', 'cloze'],
      ['Question 8', 'numeric'],
      ['Question 9', 'calculated'],
      ['Question 10', 'essay'],
    ]);
    const reason = (t: string) => report.skipped.find((s) => s.title === t)?.reason;
    expect(reason('Question 4')).toMatch(/multiple blanks/);
    expect(reason('Question 6')).toMatch(/drop-downs/);
    expect(reason('Question 9')).toMatch(/formula/);
    expect(reason('Question 10')).toMatch(/essay/);
    // Q8's text says "exactly 42, or 41.5–42.5", but its first answer in the file accepts 0.0 (as Canvas exported
    // it): two separate values cannot be one value ± tolerance, so it is skipped rather than silently narrowed.
    expect(reason('Question 8')).toMatch(/separate right answers \(0, 41\.5…42\.5/);
    // No item vanishes: imported + skipped = the 10 items of the assessment.
    expect(report.items.length + report.skipped.length).toBe(10);
  });
});

describe('QTI 1.2 items', () => {
  it('matching.xml: two prompts, three answers of which one is an extra', () => {
    const report = read('items_1.2/matching.xml');
    expect(report.errors).toEqual([]);
    expect(bank(report.items[0])).toMatchObject({
      type: 'matching',
      stem: '**Match the statements with the correct type of microscope**',
      pairs: [
        {
          prompt: 'Light Microscope',
          answer: 'Magnify up to about 400 times. Sometimes requires colored staining of cells.',
        },
        {
          prompt: 'Electron Microscopes',
          answer: "Uses a beam of electrons. Can provide details of cells' internal structure.",
        },
      ],
      distractors: ['A distractor answer.'],
    });
  });

  it('true_false.xml (ISO-8859-1): strips the script="alert(\'bad\')" probe but keeps the images', () => {
    const report = read('items_1.2/true_false.xml');
    expect(report.errors).toEqual([]);
    const q = report.items[0] as ImportedQuestion;
    expect(q.title).toBe('Grading - specific - 3 pt score');
    expect(q.category).toBe('1.2 Import Quiz/Main');
    expect(q.stem).toBe(
      'If I get a 3, I must have done something wrong. ![image.png](media/image.png) ![image.png](media/image.png)',
    );
    const texts = [q.stem, q.explanation, ...q.options.map((o) => `${o.text} ${o.feedback ?? ''}`)].join('\n');
    expect(texts).not.toMatch(/script|alert|<img/);
    expect(q.explanation).toBe('Neutral\n\n![image.png](media/image.png)');
    expect(q.options[1]?.feedback).toBe('Answer was Correct\n\n![image.png](media/image.png)');
    // "False" is the only answer that scores (Set 10; "True" adds 0).
    expect(bank(q)).toMatchObject({ type: 'true_false', answer: false });
    // The image is in the package, not in the XML: listed as needed, with where it was.
    expect(q.media).toEqual([
      { name: 'image.png', mime: 'image/png', bytes: null, source: `${SUITE}/items_1.2/org0/images/image.png` },
    ]);
    expect(report.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/media\/image\.png .* is not in the file/),
    ]);
  });
});

describe('QTI 2.1 items', () => {
  it('choice.xml: single choice, ChoiceA right, the image of the body kept', () => {
    const report = read('items_2.1/choice.xml');
    expect(report.errors).toEqual([]);
    const q = report.items[0];
    expect(q?.title).toBe('Unattended Luggage');
    expect(q?.stem).toBe(
      'Look at the text in the picture.\n\n![NEVER LEAVE LUGGAGE UNATTENDED](media/sign.png)\n\nWhat does it say?',
    );
    expect(bank(q)).toMatchObject({
      type: 'single',
      options: [
        { text: 'You must stay with your luggage at all times.', correct: true },
        { text: 'Do not let someone else look after your luggage.' },
        { text: 'Remember your luggage when you leave.' },
      ],
    });
  });

  it('text_entry.xml: "york" earning 0.5 is partial credit Roundhouse cannot give: skipped with the reason', () => {
    const report = read('items_2.1/text_entry.xml');
    expect(report.items).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(report.skipped).toEqual([
      {
        title: 'Richard III (Take 3)',
        type: 'fill_blank',
        line: 2,
        reason: expect.stringMatching(/"york" earns 50%/),
      },
    ]);
  });

  it('match.xml: Antonio→Prospero, Capulet→Montague, Demetrius→Lysander', () => {
    const report = read('items_2.1/match.xml');
    expect(report.errors).toEqual([]);
    expect(bank(report.items[0])).toMatchObject({
      type: 'matching',
      pairs: [
        { prompt: 'Antonio', answer: 'Prospero' },
        { prompt: 'Capulet', answer: 'Montague' },
        { prompt: 'Demetrius', answer: 'Lysander' },
      ],
    });
    expect(report.warnings[0]?.message).toMatch(/different points/);
  });

  it('reads order, match, multiple-response and hotspot interactions; skips extended text', () => {
    const item = (body: string, decl: string, template = 'match_correct') =>
      `<?xml version="1.0"?><assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="x" title="T">${decl}<itemBody>${body}</itemBody><responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/${template}"/></assessmentItem>`;
    const order = parseQti(
      item(
        '<orderInteraction responseIdentifier="R"><prompt>Order the brake test</prompt><simpleChoice identifier="B">Apply</simpleChoice><simpleChoice identifier="A">Charge</simpleChoice><simpleChoice identifier="C">Release</simpleChoice></orderInteraction>',
        '<responseDeclaration identifier="R" cardinality="ordered" baseType="identifier"><correctResponse><value>A</value><value>B</value><value>C</value></correctResponse></responseDeclaration>',
      ),
    );
    expect(order.items[0]).toMatchObject({
      type: 'ordering',
      stem: 'Order the brake test',
      steps: ['Charge', 'Apply', 'Release'],
    });
    const multi = parseQti(
      item(
        '<choiceInteraction responseIdentifier="R" maxChoices="0"><prompt>Which?</prompt><simpleChoice identifier="A">a</simpleChoice><simpleChoice identifier="B">b</simpleChoice><simpleChoice identifier="C">c</simpleChoice></choiceInteraction>',
        '<responseDeclaration identifier="R" cardinality="multiple" baseType="identifier"><correctResponse><value>A</value><value>C</value></correctResponse></responseDeclaration>',
      ),
    );
    expect(bank(multi.items[0])).toMatchObject({ type: 'multiple', scoring: 'all-or-nothing' });
    const hotspot = parseQti(
      item(
        '<hotspotInteraction responseIdentifier="R"><prompt>Click the cab</prompt><object data="images/loco.png" type="image/png" width="200" height="100">A locomotive</object><hotspotChoice identifier="H1" shape="rect" coords="20,10,60,50"/><hotspotChoice identifier="H2" shape="rect" coords="100,10,120,30"/></hotspotInteraction>',
        '<responseDeclaration identifier="R" cardinality="single" baseType="identifier"><correctResponse><value>H1</value></correctResponse></responseDeclaration>',
      ),
    );
    expect(hotspot.items[0]?.hotspot).toEqual({
      image: 'media/loco.png',
      imageAlt: 'A locomotive',
      regions: [{ x: 0.1, y: 0.1, w: 0.2, h: 0.4 }],
    });
    const essay = parseQti(
      item(
        '<p>Explain.</p><extendedTextInteraction responseIdentifier="R"/>',
        '<responseDeclaration identifier="R" cardinality="single" baseType="string"/>',
      ),
    );
    expect(essay.skipped[0]).toMatchObject({ type: 'essay', reason: expect.stringMatching(/by hand/) });
  });

  it('reports malformed XML at its line and refuses a file that is not a QTI item', () => {
    expect(parseQti('<?xml version="1.0"?>\n<questestinterop>\n<item>\n</questestinterop>').errors[0]?.line).toBe(4);
    expect(parseQti('<manifest/>').errors[0]?.message).toMatch(/not a QTI item file/);
  });
});
