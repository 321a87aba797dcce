-- load(reader) reads piece by piece and stops calling the reader as soon
-- as a syntax error is certain: a bad token followed by one more byte.
local function pieces(s)
  local i = 0
  return function () i = i + 1; return string.sub(s, i, i) end, function () return i end
end

local rd, calls = pieces("+x = 1 and lots of text that is never read")
local f, msg = load(rd, "=chunk")
print(f, msg, calls()) -- expect: nil	chunk:1: unexpected symbol near '+'	2

-- a token that more input could still complete is not an error yet
rd, calls = pieces("x = 'a string split over many pieces' return x")
f = load(rd)
print(f(), calls()) -- expect: a string split over many pieces	47

-- an error raised by the reader is load's error message (lua5.1 also runs
-- the enclosing error handler on it: compare the first line only)
f, msg = load(function () error("reader broke", 0) end)
print(f, (string.match(msg, "[^\n]*"))) -- expect: nil	reader broke
-- and the reader may return a non-string only as the end
f, msg = load(function () return {} end)
print(f, (string.gsub(string.match(msg, "[^\n]*"), "^.-:%d+: ", ""))) -- expect: nil	reader function must return a string
