// The lexer: Lua 5.1 tokens, numerals, strings and line counting.
import { describe, it, expect } from 'vitest'
import { TK, lexNew, lexNextToken, lexLookahead, lexToken2Str } from '../../src/front/lex'
import type { LexState } from '../../src/front/lex'
import { LuaCompileError } from '../../src/front/error'

/** Lexer over latin1 text [s], at its first token. */
function lex(s: string, skipShebang = false): LexState {
  const ls = lexNew(Buffer.from(s, 'latin1'), '=t', skipShebang)
  lexNextToken(ls)
  return ls
}

/** All tokens of [s] as display strings (values for names/strings/numbers). */
function toks(s: string): string[] {
  const ls = lex(s)
  const out: string[] = []
  while (ls.tok !== TK.EOF) {
    if (ls.tok === TK.NAME) out.push('N:' + ls.tokS)
    else if (ls.tok === TK.STRING) out.push('S:' + ls.tokS)
    else if (ls.tok === TK.NUMBER) out.push('#' + String(ls.tokN))
    else out.push(lexToken2Str(ls.tok))
    lexNextToken(ls)
  }
  return out
}

/** The single string token of [s]. */
function str(s: string): string {
  const ls = lex(s)
  expect(ls.tok).toBe(TK.STRING)
  return ls.tokS
}

/** The number value of the single numeral [s]. */
function num(s: string): number {
  const ls = lex(s)
  expect(ls.tok).toBe(TK.NUMBER)
  return ls.tokN
}

/** The message of the error lexing [s] raises. */
function lexErr(s: string): string {
  try {
    const ls = lex(s)
    while (ls.tok !== TK.EOF) lexNextToken(ls)
  } catch (e) {
    if (e instanceof LuaCompileError) return e.message
    throw e
  }
  return 'OK'
}

describe('tokens', () => {
  it('reserved words, names and operators', () => {
    expect(toks('and break do else elseif end false for function if in local nil not or repeat return then true until while'))
      .toEqual(['and', 'break', 'do', 'else', 'elseif', 'end', 'false', 'for', 'function', 'if', 'in',
        'local', 'nil', 'not', 'or', 'repeat', 'return', 'then', 'true', 'until', 'while'])
    expect(toks('_x x1 goto self')).toEqual(['N:_x', 'N:x1', 'N:goto', 'N:self'])
    expect(toks('+ - * / % ^ # == ~= <= >= < > = ( ) { } [ ] ; : , . .. ...'))
      .toEqual(['+', '-', '*', '/', '%', '^', '#', '==', '~=', '<=', '>=', '<', '>', '=', '(', ')',
        '{', '}', '[', ']', ';', ':', ',', '.', '..', '...'])
  })
  it('comments', () => {
    expect(toks('a -- c\nb --[[ x\ny ]] c --[==[ ]] ]==] d --[ e\nf')).toEqual(
      ['N:a', 'N:b', 'N:c', 'N:d', 'N:f'])
  })
  it('lookahead keeps the current token', () => {
    const ls = lex('x = 1')
    expect(lexLookahead(ls)).toBe(61)
    expect(ls.tok).toBe(TK.NAME)
    expect(ls.tokS).toBe('x')
    lexNextToken(ls)
    expect(ls.tok).toBe(61)
  })
})

describe('numerals (strtod rounding)', () => {
  it('decimal forms', () => {
    expect(num('3')).toBe(3)
    expect(num('3.0')).toBe(3)
    expect(num('3.1416')).toBe(3.1416)
    expect(num('314.16e-2')).toBe(3.1416)
    expect(num('0.31416E1')).toBe(3.1416)
    expect(num('.5')).toBe(0.5)
    expect(num('5.')).toBe(5)
    expect(num('08')).toBe(8)
    expect(num('1e400')).toBe(Infinity)
    expect(num('0.1')).toBe(0.1)
    expect(num('9007199254740993')).toBe(9007199254740992)
    expect(num('123456789012345678901234567890')).toBe(1.2345678901234568e29)
  })
  it('hex forms, as glibc strtod reads them', () => {
    expect(num('0xff')).toBe(255)
    expect(num('0XA')).toBe(10)
    expect(num('0x1p4')).toBe(16)
    expect(num('0xffffffffffffffffff')).toBe(4.722366482869645e21)
  })
  it('malformed numerals', () => {
    expect(lexErr('3..2')).toBe("t:1: malformed number near '3..2'")
    expect(lexErr('1e+')).toBe("t:1: malformed number near '1e+'")
    expect(lexErr('0x')).toBe("t:1: malformed number near '0x'")
    expect(lexErr('12abc')).toBe("t:1: malformed number near '12abc'")
  })
})

describe('strings', () => {
  it('escapes', () => {
    expect(str('"\\a\\b\\f\\n\\r\\t\\v\\\\\\"\\\'"')).toBe('\x07\b\f\n\r\t\v\\"\'')
    expect(str("'\\65\\066\\0677\\0'")).toBe('AB\x437\0')
    expect(str('"\\q\\?"')).toBe('q?')
    expect(str('"a\\\nb"')).toBe('a\nb')
    expect(str('"a\\\r\nb"')).toBe('a\nb')
  })
  it("LuaJIT's \\x and \\z", () => {
    expect(str('"\\x41\\x6a\\xFF"')).toBe('Aj\xff')
    expect(str('"a\\z  \n\t  b"')).toBe('ab')
    expect(lexErr('"\\xg0"')).toBe("t:1: invalid escape sequence near '\"'")
  })
  it('long strings', () => {
    expect(str('[[abc]]')).toBe('abc')
    expect(str('[[\nabc]]')).toBe('abc')
    expect(str('[[\r\nabc\r\ndef]]')).toBe('abc\ndef')
    expect(str('[==[a]]b]=]c]==]')).toBe('a]]b]=]c')
    expect(str('[=[[[x]]]=]')).toBe('[[x]]')
  })
  it('bytes stay bytes', () => {
    expect(str('"\xe9\x00\xff"')).toBe('\xe9\x00\xff')
  })
})

describe('lines', () => {
  it('counts \\n, \\r, \\r\\n and \\n\\r as one line each', () => {
    const ls = lex('a\nb\rc\r\nd\n\re\n\nf')
    const lines: number[] = []
    while (ls.tok !== TK.EOF) { lines.push(ls.linenumber); lexNextToken(ls) }
    expect(lines).toEqual([1, 2, 3, 4, 5, 7])
  })
  it('skips a shebang line only when asked, keeping line numbers', () => {
    const ls = lex('#!/usr/bin/lua\nx', true)
    expect(ls.tok).toBe(TK.NAME)
  })
})
