import { anyOf } from './pattern';

/**
 * Words around a four-digit number that make it a name, a model or an amount rather than a year: `Boeing 747`,
 * `Flight 1990`, `2030 Strategy`, `1500 troops`. Kept here, beside the other lexicons, so the year parser stays a
 * pattern and a check.
 */
export const NOT_YEAR_BEFORE = anyOf([
  'boeing', 'airbus', 'model', 'flight', 'route', 'highway', 'interstate', 'room', 'page', 'pages', 'item', 'article',
  'resolution', 'chapter', 'section', 'rule', 'code', 'version', 'windows', 'number', 'no', 'nos', 'suite', 'box',
  'apartment', 'unit', 'gate', 'platform', 'bus', 'train', 'line', 'lot', 'file', 'case', 'bill', 'h.r', 's', 'form',
  'paragraph', 'exhibit', 'patent', 'serial', 'account', 'about', 'some', 'nearly', 'almost', 'approximately', 'roughly',
  'than', 'only', 'just', 'another', 'additional', 'dow', 'index', 'rose', 'fell', 'down', 'gained', 'lost', 'closed',
  'level', 'above', 'below', 'near', 'hit', 'reached', 'topped', 'exceeded', 'surpassed',
]);

/** Words that, right after a four-digit number, make it a count or a name (`2030 Strategy`, `1500 troops`). */
export const NOT_YEAR_AFTER = anyOf([
  'strategy', 'agenda', 'vision', 'plan', 'programme', 'program', 'goals', 'targets', 'initiative', 'project', 'series',
  'model', 'models', 'people', 'persons', 'troops', 'soldiers', 'men', 'women', 'children', 'workers', 'employees',
  'jobs', 'shares', 'points', 'units', 'cars', 'vehicles', 'planes', 'aircraft', 'tons', 'tonnes', 'miles', 'kilometers',
  'kilometres', 'km', 'meters', 'metres', 'feet', 'acres', 'hectares', 'dollars', 'yen', 'marks', 'francs', 'pounds',
  'euros', 'rubles', 'tenge', 'barrels', 'copies', 'pages', 'votes', 'seats', 'members', 'cases', 'deaths', 'dead',
  'killed', 'injured', 'residents', 'students', 'visitors', 'tourists', 'delegates', 'companies', 'firms', 'stores',
  'homes', 'houses', 'contracts', 'calls', 'hours', 'minutes', 'percent', 'per', 'times', 'mg', 'kg', 'lbs', 'mph',
  'police', 'officers', 'policemen', 'guards', 'troopers', 'marines', 'sailors', 'demonstrators', 'protesters',
  'refugees', 'prisoners', 'hostages', 'civilians', 'victims', 'patients', 'doctors', 'teachers', 'farmers', 'families',
  'soldiers', 'rebels', 'fighters', 'militants', 'tanks', 'ships', 'weapons', 'missiles', 'rounds', 'bombs',
]);
