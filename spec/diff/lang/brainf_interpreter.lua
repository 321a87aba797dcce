-- a small Brainfuck interpreter running a hello-world program
local prog = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
local tape, ptr, pc, out = {}, 1, 1, {}
local jump, st = {}, {}
for i = 1, #prog do
  local c = prog:sub(i, i)
  if c == "[" then st[#st + 1] = i elseif c == "]" then local j = table.remove(st); jump[i], jump[j] = j, i end
end
while pc <= #prog do
  local c = prog:sub(pc, pc)
  if c == ">" then ptr = ptr + 1
  elseif c == "<" then ptr = ptr - 1
  elseif c == "+" then tape[ptr] = ((tape[ptr] or 0) + 1) % 256
  elseif c == "-" then tape[ptr] = ((tape[ptr] or 0) - 1) % 256
  elseif c == "." then out[#out + 1] = string.char(tape[ptr] or 0)
  elseif c == "[" then if (tape[ptr] or 0) == 0 then pc = jump[pc] end
  elseif c == "]" then if (tape[ptr] or 0) ~= 0 then pc = jump[pc] end end
  pc = pc + 1
end
io.write(table.concat(out))
