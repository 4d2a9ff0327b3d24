import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvRecords, parseCsv } from './csv.js';

describe('CSV parsing (RFC 4180)', () => {
  it('splits plain rows and fields', () => {
    assert.deepEqual(parseCsv('code,name\n150300000000,乌海市\n150302000000,海勃湾区'), [
      ['code', 'name'],
      ['150300000000', '乌海市'],
      ['150302000000', '海勃湾区'],
    ]);
  });

  it('accepts LF, CRLF and lone CR line endings alike', () => {
    const expected = [['a', 'b'], ['1', '2'], ['3', '4']];
    assert.deepEqual(parseCsv('a,b\n1,2\n3,4\n'), expected);
    assert.deepEqual(parseCsv('a,b\r\n1,2\r\n3,4\r\n'), expected);
    assert.deepEqual(parseCsv('a,b\r1,2\r3,4'), expected);
    assert.deepEqual(parseCsv('a,b\r\n1,2\n3,4\r'), expected);
  });

  it('strips a UTF-8 byte-order mark (Excel writes one) from the first field only', () => {
    assert.deepEqual(parseCsv('\uFEFFcode,name\n1,\uFEFFx'), [['code', 'name'], ['1', '\uFEFFx']]);
  });

  it('reads quoted fields with embedded commas, doubled quotes and line breaks', () => {
    const text = 'code,name,note\r\n150302003101,"新华""一""村,东区","第一行\r\n第二行\n第三行"\r\n150302003102,"",plain\r\n';
    assert.deepEqual(parseCsv(text), [
      ['code', 'name', 'note'],
      ['150302003101', '新华"一"村,东区', '第一行\r\n第二行\n第三行'],
      ['150302003102', '', 'plain'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    assert.deepEqual(parseCsv('a,,c\n,b,\n'), [['a', '', 'c'], ['', 'b', '']]);
  });

  it('a quote inside an unquoted field is an ordinary character', () => {
    assert.deepEqual(parseCsv('5"北,x'), [['5"北', 'x']]);
  });

  it('skips blank lines and produces no row for a trailing newline', () => {
    assert.deepEqual(parseCsv('a,b\n\n1,2\n\n\n'), [['a', 'b'], ['1', '2']]);
    assert.deepEqual(parseCsv(''), []);
    assert.deepEqual(parseCsv('\n\r\n'), []);
  });
});

describe('CSV records keyed by header', () => {
  it('keys values by the trimmed header and trims values', () => {
    const { header, records } = csvRecords(' code , name \n 150302003101 ,  新华村 \n');
    assert.deepEqual(header, ['code', 'name']);
    assert.deepEqual(records, [{ line: 2, values: { code: '150302003101', name: '新华村' } }]);
  });

  it('fills missing trailing cells with empty strings and ignores surplus cells', () => {
    const { records } = csvRecords('code,name,lon,lat\n150302003101,新华村\n150302003102,新华二村,1,2,surplus');
    assert.deepEqual(records[0]?.values, { code: '150302003101', name: '新华村', lon: '', lat: '' });
    assert.deepEqual(records[1]?.values, { code: '150302003102', name: '新华二村', lon: '1', lat: '2' });
  });

  it('numbers records by the row the user sees: the header is row 1', () => {
    const { records } = csvRecords('code,name\r\na,1\r\nb,2\r\nc,3\r\n');
    assert.deepEqual(records.map((r) => r.line), [2, 3, 4]);
  });

  it('a record with a quoted line break is still one row', () => {
    const { records } = csvRecords('code,name\na,"两\n行"\nb,2');
    assert.deepEqual(records.map((r) => [r.line, r.values.code]), [[2, 'a'], [3, 'b']]);
  });

  it('blank lines are skipped but still counted, so later row numbers stay right', () => {
    const { header, records } = csvRecords('\ncode,name\n\na,1\n\n\nb,2\n');
    assert.deepEqual(header, ['code', 'name']);
    assert.deepEqual(records.map((r) => [r.line, r.values.code]), [[4, 'a'], [7, 'b']]);
  });

  it('an empty file has no header and no records', () => {
    assert.deepEqual(csvRecords(''), { header: [], records: [] });
    assert.deepEqual(csvRecords('\uFEFF'), { header: [], records: [] });
  });
});
