import { it } from 'vitest';
import { loadBank } from '../load-bank.js';
it('scratch', () => {
  const bank = loadBank('question-bank');
  let bad = 0;
  const counts: Record<string, number> = {};
  for (const { item } of bank.items) {
    counts[item.type] = (counts[item.type] ?? 0) + 1;
    if (item.type === 'single' || item.type === 'multiple') {
      const ids = item.options.map((o) => o.id).join('');
      if (ids !== 'abcdefghij'.slice(0, ids.length)) bad++;
    }
  }
  console.log(bank.items.length, bad, counts, bank.problems.length, [...bank.media.keys()].slice(0,3));
  const withImg = bank.items.filter(({item}) => /!\[/.test(item.stem)).length;
  console.log('stems with images', withImg, bank.items.filter(({item}) => item.type === 'numeric' && item.unit).length);
});
