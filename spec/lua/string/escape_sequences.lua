-- Escape sequences in string literals.
print("tab\tend") -- expect: tab	end
print("quote\"s", 'apos\'s') -- expect: quote"s	apos's
print("\65\066\0671") -- expect: ABC1
print(#"\0\1\2", ("\0"):byte()) -- expect: 3	0
print("back\\slash") -- expect: back\slash
print(#"line1\
line2") -- expect: 11
print([[long
string]]) -- expect: long
-- expect: string
print([==[with ]] inside]==]) -- expect: with ]] inside
print(#[[
skipped first newline]]) -- expect: 21
