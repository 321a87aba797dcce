-- loadstring's syntax error message keeps the chunk's bytes as they are
-- (a byte 255 stays one byte, in the chunk name and after "near").
local f, msg = loadstring("\255x = 1")
print(f, #msg, string.byte(msg, 10)) -- expect: nil	47	255
print((string.gsub(msg, "[\128-\255]", "?"))) -- expect: [string "?x = 1"]:1: unexpected symbol near '?'
