// Generates spec/diff/string/format_*.lua: one program per string.format
// directive (flags, width, precision), applied to a list of values; each result
// is printed between brackets so padding is visible. Error cases call format
// inside pcall from a Lua function so the message names 'format'.
import { emit, luaStr, done } from './_lib.mjs'

const GEN = 'string_format.mjs'
const INTS = ['0', '1', '-1', '42', '-42', '123456789', '2^31', '-2^31', '2^53', '3.7', '-3.7', '"12"']
const SMALL = ['0', '1', '7', '8', '255', '4096', '65535', '3.9']
const FLOATS = ['0', '1', '-1', '0.5', '1/3', '2/3', '123.456', '-123.456', '1e-10', '1e10', '1e100', '123456789.125', '2^53', '0.1', '1e15', '1e16', '5e-324']
const FEW = ['0', '1.5', '-2.25', '1e21', '1/0', '-1/0']
const STRS = ['"abc"', '""', '"hello world"', '12', '1.5', '"a\\0b"']

// [name, format, values]
const CASES = [
  ['d_plain', '%d', INTS],
  ['d_width', '%5d', INTS],
  ['d_left', '%-5d', INTS],
  ['d_zero_pad', '%05d', INTS],
  ['d_plus', '%+d', INTS],
  ['d_space', '% d', INTS],
  ['d_precision', '%.3d', INTS],
  ['d_width_precision', '%8.3d', INTS],
  ['d_left_plus', '%-+6d', INTS],
  ['i_plain', '%i', INTS],
  ['u_plain', '%u', SMALL],
  ['o_plain', '%o', SMALL],
  ['o_alternate', '%#o', SMALL],
  ['x_lower', '%x', SMALL],
  ['X_upper', '%X', SMALL],
  ['x_alternate', '%#x', SMALL],
  ['x_zero_pad', '%08x', SMALL],
  ['X_left', '%-8X', SMALL],
  ['x_negative', '%x', ['-1', '-255', '-2^31']],
  ['c_chars', '%c', ['65', '97', '48', '32', '126']],
  ['c_width', '%3c', ['65', '122']],
  ['e_plain', '%e', FLOATS],
  ['e_precision_0', '%.0e', FLOATS],
  ['e_precision_3', '%.3e', FLOATS],
  ['e_width', '%12.4e', FLOATS],
  ['E_left', '%-12.2E', FLOATS],
  ['e_plus', '%+e', FEW],
  ['f_plain', '%f', FLOATS],
  ['f_precision_0', '%.0f', FLOATS],
  ['f_precision_2', '%.2f', FLOATS],
  ['f_width', '%10.3f', FLOATS],
  ['f_left', '%-10.1f', FLOATS],
  ['f_plus', '%+.1f', FEW],
  ['f_zero_pad', '%010.2f', FEW],
  ['f_alternate', '%#.0f', FEW],
  ['f_space', '% .3f', FEW],
  ['f_rounding_half', '%.0f', ['0.5', '1.5', '2.5', '3.5', '-0.5', '-1.5']],
  ['f_rounding_2', '%.2f', ['1.005', '1.015', '1.025', '2.675', '0.125', '0.375']],
  ['g_plain', '%g', FLOATS],
  ['g_precision_3', '%.3g', FLOATS],
  ['g_width', '%10g', FLOATS],
  ['g_alternate', '%#g', FEW],
  ['G_upper', '%G', FLOATS],
  ['g_precision_10', '%.10g', FLOATS],
  ['g_precision_14', '%.14g', FLOATS],
  ['g_precision_17', '%.17g', FLOATS],
  ['g_precision_0', '%.0g', FEW],
  ['infinities', '%f|%e|%g|%5.1f|%d', null],
  ['s_plain', '%s', STRS],
  ['s_width', '%10s', STRS],
  ['s_left', '%-10s', STRS],
  ['s_precision', '%.2s', STRS],
  ['s_width_precision', '%5.1s', STRS],
  ['q_quotes_backslash', '%q', ['"say \\"hi\\""', '"back\\\\slash"', '"plain"', '""']],
  ['q_control_chars', '%q', ['"line\\nbreak"', '"cr\\rreturn"', '"nul\\0byte"', '"tab\\tchar"', '"bell\\7"', '"\\127del"', '"high\\200\\255"']],
  ['q_numbers', '%q', ['1', '1.5', '-3']],
  ['percent_literal', '100%%', []],
]

// [name, format, argument expressions] producing one string each
const MULTI = [
  ['multi_s_d', '%s=%d', [['"x"', '1'], ['"long name"', '-20']]],
  ['multi_f_percent', '%5.2f%%', [['12.345'], ['0.5']]],
  ['multi_brackets', '[%3s|%-3s]', [['"a"', '"b"'], ['"abcd"', '"efgh"']]],
  ['multi_mixed', '%d %s %5.1f %x %c', [['1', '"two"', '3.25', '255', '65']]],
  ['multi_no_directives', 'plain text', [[]]],
  ['multi_extra_args_ignored', '%d', [['1', '2', '3']]],
  ['multi_adjacent', '%d%d%d', [['1', '2', '3']]],
  ['multi_star_like_literal', '%5s%-5s|', [['"ab"', '"cd"']]],
]

// [name, format, argument list source]
const ERRS = [
  ['error_invalid_option', '%y', '1'],
  ['error_missing_number', '%d', ''],
  ['error_string_for_number', '%d', '"x"'],
  ['error_table_for_string', '%s', '{}'],
  ['error_nil_for_string', '%s', 'nil'],
  ['error_boolean_for_string', '%s', 'true'],
  ['error_repeated_flags', '%-----5d', '1'],
  ['error_width_too_long', '%100d', '1'],
  ['error_precision_too_long', '%.100f', '1'],
  ['error_trailing_percent', 'abc%', ''],
  ['error_missing_second', '%d %d', '1'],
  ['error_no_format', null, ''],
]

let n = 0
for (const [name, fmt, vals] of CASES) {
  const values = vals === null ? ['1/0', '-1/0'] : vals
  const body = [`local fmt = ${luaStr(fmt)}`]
  if (vals === null) {
    body.push('print("[" .. string.format("%f|%e|%g|%5.1f", 1/0, 1/0, 1/0, 1/0) .. "]")')
    body.push('print("[" .. string.format("%f|%e|%g|%5.1f", -1/0, -1/0, -1/0, -1/0) .. "]")')
    body.push('print("[" .. string.format("%10.2f|%-10e|", 1/0, -1/0) .. "]")')
  } else if (values.length === 0) {
    body.push('print("[" .. string.format(fmt) .. "]")')
  } else {
    body.push(`local values = { ${values.join(', ')} }`)
    body.push(`for i = 1, #values do print("[" .. string.format(fmt, values[i]) .. "]") end`)
  }
  emit(GEN, 'string', `format_${name}`, `string.format ${luaStr(fmt)}`, body)
  n++
}
for (const [name, fmt, argsets] of MULTI) {
  const body = [`local fmt = ${luaStr(fmt)}`]
  for (const args of argsets) body.push(`print("[" .. string.format(fmt${args.map(a => ', ' + a).join('')}) .. "]")`)
  emit(GEN, 'string', `format_${name}`, `string.format ${luaStr(fmt)} with several arguments`, body)
  n++
}
for (const [name, fmt, args] of ERRS) {
  const call = fmt === null ? 'string.format()' : `string.format(${luaStr(fmt)}${args ? ', ' + args : ''})`
  emit(GEN, 'string', `format_${name}`, `string.format error: ${call}`, [
    `print(pcall(function() local s = ${call}; return s end))`,
  ])
  n++
}
done(GEN, n)
