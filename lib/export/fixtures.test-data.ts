import type { ExportEvent } from './types';

export const VISIT: ExportEvent = {
  id: '2025-11-14-state-visit-kz-uz',
  type: 'state-visit',
  typeLabel: 'Мемлекеттік сапар',
  title: 'Мемлекеттік сапар: Ташкент',
  start: '2025-11-14',
  end: '2025-11-15',
  status: 'reported',
  statusLabel: 'Өтті',
  place: 'Ташкент',
  participants: ['Қасым-Жомарт Тоқаев', 'Шавкат Мирзиёев'],
  url: 'https://jylnama.example/events/2025-11-14-state-visit-kz-uz',
  sources: [
    {
      quote: 'Қасым-Жомарт Тоқаев Өзбекстанға мемлекеттік сапармен барды; "әңгіме", <b>бас</b>, жол\nекі.',
      articleTitle: 'Тоқаев, Мирзиёев; брифинг',
      articleDate: '2025-11-15',
      url: 'https://jylnama.example/articles/a#m-1-2',
    },
  ],
};

export const SUMMIT: ExportEvent = {
  ...VISIT,
  id: '2025-11-16-summit',
  type: 'summit',
  typeLabel: 'Саммит',
  title: '=HYPERLINK("http://evil")',
  start: '2025-11-16',
  end: null,
  status: 'announced',
  statusLabel: 'Жарияланды',
  place: null,
  participants: ['@ops', '+1', '-2'],
  url: 'https://jylnama.example/events/2025-11-16-summit',
};

export const MONTH: ExportEvent = { ...VISIT, id: 'month', title: 'A month', start: '2025-12', end: null };
export const UNDATED: ExportEvent = { ...VISIT, id: 'undated', title: 'Undated', start: null, end: null };
