import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkUscc, USCC_CHARSET, usccCheckCharacter } from './uscc.js';

// Codes as published by real registrations (business licences, filings), including a Y/X/letter check character.
const REAL = ['91440300708461136T', '914403001922038216', '91330100716105852F', '91110000100011743X', '91110000710925462X', '91310000607216596U', '91110000710935732K', '91110108551385082Q', '91350100M000100Y43'];

describe('统一社会信用代码 (GB 32100)', () => {
  it('accepts real codes', () => {
    for (const code of REAL) assert.deepEqual(checkUscc(code), { ok: true }, code);
  });

  it('detects every single-character substitution, in every position', () => {
    for (const code of REAL) {
      for (let i = 0; i < 18; i++) {
        for (const ch of USCC_CHARSET) {
          if (ch === code[i]) continue;
          const corrupt = code.slice(0, i) + ch + code.slice(i + 1);
          assert.equal(checkUscc(corrupt).ok, false, corrupt);
        }
      }
    }
  });

  it('rejects the letters I, O, Z, S and V anywhere, and lower case', () => {
    for (const letter of ['I', 'O', 'Z', 'S', 'V']) {
      for (const i of [0, 1, 8, 12, 17]) {
        const code = REAL[0]!.slice(0, i) + letter + REAL[0]!.slice(i + 1);
        assert.deepEqual(checkUscc(code), { ok: false, problem: 'character' }, code);
      }
    }
    assert.deepEqual(checkUscc(REAL[0]!.toLowerCase()), { ok: false, problem: 'character' });
  });

  it('names the problem: length, characters, the region segment, the check character', () => {
    assert.deepEqual(checkUscc(''), { ok: false, problem: 'length' });
    assert.deepEqual(checkUscc(REAL[0]!.slice(0, 17)), { ok: false, problem: 'length' });
    assert.deepEqual(checkUscc(`${REAL[0]!}0`), { ok: false, problem: 'length' });
    assert.deepEqual(checkUscc('91440300708461136-'), { ok: false, problem: 'character' });
    // Positions 3–8 are a GB/T 2260 division code, so digits only, whatever the check character says.
    const withLetter = `9115A304MA0N12345`;
    assert.deepEqual(checkUscc(withLetter + usccCheckCharacter(withLetter)!), { ok: false, problem: 'region' });
    assert.deepEqual(checkUscc('91440300708461136U'), { ok: false, problem: 'check_digit' });
  });

  it('computes the check character as 31 − (Σ Cᵢ·3^(i−1) mod 31), 31 written as 0', () => {
    assert.equal(usccCheckCharacter('91440300708461136'), 'T');
    assert.equal(usccCheckCharacter('9144030070846113'), null);
    assert.equal(usccCheckCharacter('9144030070846113I'), null);
    // A body whose weighted sum is a multiple of 31 takes 0, not the 32nd character.
    const zeroSum = '00000000000000000';
    assert.equal(usccCheckCharacter(zeroSum), '0');
  });
});
