import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from './json-ld';

describe('serializeJsonLd', () => {
  it('writes no `<`, so that a title holding `</script>` cannot close the script it is in', () => {
    const out = serializeJsonLd({ name: 'Talks </script><script>alert(1)</script> <!-- x' });
    expect(out).not.toContain('<');
    expect(JSON.parse(out)).toEqual({ name: 'Talks </script><script>alert(1)</script> <!-- x' });
  });
});
