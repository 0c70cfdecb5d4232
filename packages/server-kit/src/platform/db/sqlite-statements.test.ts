import SqliteDatabase from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { metVasteStatements } from './sqlite-statements'

describe('SQLite statements kept', () => {
  it('prepares a text once and keeps answering right after the schema changed', () => {
    const raw = new SqliteDatabase(':memory:')
    const db = metVasteStatements(raw, 2)
    raw.exec('CREATE TABLE t (a INTEGER)')
    const select = db.prepare('SELECT * FROM t')
    expect(db.prepare('SELECT * FROM t')).toBe(select)
    db.prepare('INSERT INTO t (a) VALUES (?)').run([1])
    raw.exec('ALTER TABLE t ADD COLUMN b TEXT')
    expect(db.prepare('SELECT * FROM t').all([])).toEqual([{ a: 1, b: null }])
    db.close()
  })

  it('starts again when full, so texts built per call cannot grow it without bound', () => {
    const raw = new SqliteDatabase(':memory:')
    const db = metVasteStatements(raw, 2)
    const eerste = db.prepare('SELECT 1')
    db.prepare('SELECT 2')
    db.prepare('SELECT 3')
    expect(db.prepare('SELECT 1')).not.toBe(eerste)
    db.close()
  })
})
